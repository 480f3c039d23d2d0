import type { FormatProblem } from '../../lib/versioned-format.ts';
import type { Branch, Scenario } from './scenario-schema.ts';

/** A branch that always applies when it is reached: no condition (or an empty one) and no chance roll. */
export function isUnconditional(branch: Branch): boolean {
  const conditions = branch.when ? Object.values(branch.when).filter((condition) => condition !== undefined) : [];
  return conditions.length === 0 && branch.chance === undefined;
}

/**
 * Loops among reachable nodes, each as the ids around it ("a → b → a"). A call in a loop can go
 * round it for as long as the candidate keeps giving the replies that lead back: it never ends.
 */
export function findLoops(scenario: Scenario): string[][] {
  const loops: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  // Iterative depth-first search: a scenario with thousands of nodes must not overflow the stack.
  const stack: { id: string; targets: string[]; next: number }[] = [];
  const enter = (id: string) => {
    state.set(id, 'open');
    path.push(id);
    stack.push({ id, targets: reachableTargets(scenario, id).filter((target) => Object.hasOwn(scenario.nodes, target)), next: 0 });
  };
  for (const pickup of scenario.pickup) {
    if (!Object.hasOwn(scenario.nodes, pickup.to) || state.has(pickup.to)) continue;
    enter(pickup.to);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const target = top.targets[top.next++];
      if (target === undefined) {
        stack.pop();
        path.pop();
        state.set(top.id, 'done');
      } else if (state.get(target) === 'open') {
        loops.push([...path.slice(path.indexOf(target)), target]);
      } else if (!state.has(target)) {
        enter(target);
      }
    }
  }
  return loops;
}

/**
 * Every id a node can lead to, in the order its branches are tried, up to the first unconditional
 * one. A scenario's hostile ending can be reached from every node, before its own branches.
 */
export function reachableTargets(scenario: Scenario, nodeId: string): string[] {
  const node = Object.hasOwn(scenario.nodes, nodeId) ? scenario.nodes[nodeId] : undefined;
  if (!node) return [];
  const targets: string[] = scenario.onHostile ? [scenario.onHostile.to] : [];
  for (const branch of node.next) {
    targets.push(branch.to);
    if (isUnconditional(branch)) break;
  }
  return targets;
}

function walk(starts: Iterable<string>, neighbours: (id: string) => Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (seen.has(current)) continue;
    seen.add(current);
    for (const next of neighbours(current)) if (!seen.has(next)) queue.push(next);
  }
  return seen;
}

/** The structure problems a coach must fix before a scenario can be played reliably. */
export function findGraphProblems(scenario: Scenario): FormatProblem[] {
  const problems: FormatProblem[] = [];
  const reachable = walk(
    scenario.pickup.map((pickup) => pickup.to),
    (id) => reachableTargets(scenario, id),
  );

  // Reverse edges tell which nodes can still get to some ending.
  const incoming = new Map<string, string[]>();
  for (const nodeId of Object.keys(scenario.nodes)) {
    for (const target of reachableTargets(scenario, nodeId)) {
      incoming.set(target, [...(incoming.get(target) ?? []), nodeId]);
    }
  }
  const leadsToAnEnding = walk(Object.keys(scenario.endings), (id) => incoming.get(id) ?? []);

  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const firstAlways = node.next.findIndex(isUnconditional);
    if (!reachable.has(nodeId)) {
      problems.push({ path: `nodes.${nodeId}`, message: `unreachable: no pick-up or branch leads to node "${nodeId}"` });
      continue;
    }
    if (firstAlways === -1) {
      problems.push({
        path: `nodes.${nodeId}.next`,
        message: `dead end: when no branch's condition holds, the call is stuck at "${nodeId}"; end the list with a branch that has no "when" or "chance"`,
      });
    } else if (firstAlways < node.next.length - 1) {
      problems.push({
        path: `nodes.${nodeId}.next[${firstAlways + 1}]`,
        message: `never tried: the branch before it always applies, so "${node.next[firstAlways + 1]?.to}" is never chosen from here`,
      });
    }
    if (!leadsToAnEnding.has(nodeId)) {
      problems.push({ path: `nodes.${nodeId}`, message: `dead end: no ending can be reached from node "${nodeId}"; the call would loop forever` });
    }
  }
  for (const loop of findLoops(scenario)) {
    problems.push({
      path: `nodes.${loop[0]}.next`,
      message: `endless loop: the call can go round ${loop.map((id) => `"${id}"`).join(' → ')} for as long as the candidate keeps answering the same way, and never end; lead the loop on to an ending instead`,
    });
  }
  for (const endingId of Object.keys(scenario.endings)) {
    if (!reachable.has(endingId)) {
      problems.push({ path: `endings.${endingId}`, message: `unreachable: no branch ever leads to ending "${endingId}"` });
    }
  }
  return problems;
}

/** The most manager turns (nodes spoken) on any path that doesn't revisit a node. */
export function longestPathTurns(scenario: Scenario): number {
  let best = 0;
  const onPath = new Set<string>();
  const visit = (id: string, depth: number): void => {
    if (!Object.hasOwn(scenario.nodes, id) || onPath.has(id)) {
      best = Math.max(best, depth);
      return;
    }
    onPath.add(id);
    for (const target of reachableTargets(scenario, id)) visit(target, depth + 1);
    onPath.delete(id);
  };
  for (const pickup of scenario.pickup) visit(pickup.to, 0);
  return best;
}
