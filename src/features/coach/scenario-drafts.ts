import type { FormatProblem } from '../../lib/versioned-format.ts';
import { validateScenario } from '../../domain/scenario/scenario-format.ts';
import { findGraphProblems } from '../../domain/scenario/scenario-graph.ts';
import { SCENARIO_FORMAT_VERSION, type Scenario } from '../../domain/scenario/scenario-schema.ts';

/** The first of `base`, `base-2`, `base-3`… that isn't taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  // Room for a suffix within the 64-character limit; a cut that lands on a hyphen would leave an invalid id.
  const root = base.slice(0, 58).replace(/-+$/, '');
  if (!taken.has(root)) return root;
  for (let suffix = 2; ; suffix++) {
    const id = `${root}-${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** A small scenario that already plays: a starting point a coach edits rather than a blank page. */
export function newScenarioTemplate(id: string): Scenario {
  return {
    version: SCENARIO_FORMAT_VERSION,
    id,
    title: 'My scenario',
    situation: 'Describe the call in one line.',
    difficulty: 'moderate',
    direction: 'outgoing',
    briefing: {
      story: 'What happened before this call.',
      youSaid: 'What the candidate told the company last time.',
      facts: [],
      goal: 'What the candidate wants from this call.',
    },
    persona: { name: 'Sam Taylor', company: 'Example Ltd', role: 'Hiring Manager', temperament: 'Busy but fair.', patienceSeconds: 20 },
    pickup: [{ to: 'opening', weight: 1 }],
    nodes: {
      opening: {
        speaker: 'manager',
        lines: ['Sam Taylor speaking.'],
        next: [{ to: 'glad-to-help', when: { professionalism: { atLeast: 70 } }, note: 'A clear, polite opening earns a hearing.' }, { to: 'not-now' }],
      },
    },
    endings: {
      'glad-to-help': {
        title: 'Glad to help',
        outcome: 'yes',
        farewell: ["Let's talk properly tomorrow."],
        goal: 'Confirm the next step and thank them.',
        debrief: 'You were clear and polite, so the manager made time.',
      },
      'not-now': {
        title: 'Not now',
        outcome: 'no',
        farewell: ["I'm afraid it's not a good time."],
        goal: 'Thank them graciously and leave the door open.',
        debrief: 'The opening did not land; try greeting, name and purpose first.',
      },
    },
  };
}

/** A copy of a scenario under a new id, for a coach to adapt. */
export function copyScenario(source: Scenario, id: string): Scenario {
  return { ...structuredClone(source), id, title: `${source.title} (copy)`.slice(0, 80) };
}

/** Renames a node or ending and every pick-up and branch that points to it. */
export function renamePoint(scenario: Scenario, from: string, to: string): Scenario {
  const rename = (id: string) => (id === from ? to : id);
  const renameKeys = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).map(([key, value]) => [rename(key), value]));
  const nodes = Object.fromEntries(Object.entries(scenario.nodes).map(([key, node]) => [rename(key), { ...node, next: node.next.map((branch) => ({ ...branch, to: rename(branch.to) })) }]));
  const onHostile = scenario.onHostile ? { onHostile: { ...scenario.onHostile, to: rename(scenario.onHostile.to) } } : {};
  return { ...scenario, pickup: scenario.pickup.map((pickup) => ({ ...pickup, to: rename(pickup.to) })), nodes, endings: renameKeys(scenario.endings), ...onHostile };
}

/** A draft's state: the schema problems that stop saving, or the graph problems that stop playing. */
export type DraftCheck = { kind: 'invalid'; problems: FormatProblem[] } | { kind: 'valid'; scenario: Scenario; graphProblems: FormatProblem[] };

/** The same checks as `npm run scenarios:check`: the schema first, then reachability. */
export function checkDraft(draft: unknown): DraftCheck {
  const result = validateScenario(draft);
  if (!result.ok) return { kind: 'invalid', problems: result.problems };
  return { kind: 'valid', scenario: result.value, graphProblems: findGraphProblems(result.value) };
}
