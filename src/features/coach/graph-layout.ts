import { ownValue } from '../../lib/own.ts';
import type { FormatProblem } from '../../lib/versioned-format.ts';
import { DIMENSIONS } from '../../domain/scoring/score-types.ts';
import type { Outcome, Scenario } from '../../domain/scenario/scenario-schema.ts';

/** A box in the drawn graph: a point where the company speaks, or an ending. */
export interface GraphBox {
  id: string;
  kind: 'node' | 'ending';
  x: number;
  y: number;
  /** Set on endings. */
  outcome?: Outcome;
  /** What the checks found wrong here: "unreachable" or "dead end". */
  flags: string[];
  isPickup: boolean;
}

/** An arrow from one box to another. */
export interface GraphArrow {
  from: string;
  to: string;
  /** Whether the arrow goes back to an earlier column, drawn curved so it doesn't cross the boxes. */
  back: boolean;
  /** The branch's condition in a few words; empty for an "otherwise" branch. */
  label: string;
  /** A branch the one before it always pre-empts. */
  neverTried: boolean;
}

export interface GraphLayout {
  boxes: GraphBox[];
  arrows: GraphArrow[];
  width: number;
  height: number;
}

export const BOX_WIDTH = 160;
export const BOX_HEIGHT = 46;
const COLUMN_GAP = 80;
const ROW_GAP = 22;
const MARGIN = 16;

function conditionLabel(branch: Scenario['nodes'][string]['next'][number]): string {
  const parts: string[] = [];
  const when = branch.when;
  for (const dimension of DIMENSIONS) {
    const band = when?.[dimension];
    if (band?.atLeast !== undefined) parts.push(`${dimension.slice(0, 4)} ≥ ${band.atLeast}`);
    if (band?.below !== undefined) parts.push(`${dimension.slice(0, 4)} < ${band.below}`);
  }
  if (when?.mentions) parts.push(`says "${when.mentions[0]}"${when.mentions.length > 1 ? '…' : ''}`);
  if (branch.chance !== undefined) parts.push(`${Math.round(branch.chance * 100)}%`);
  return parts.join(', ');
}

/** Which boxes the checks flagged, and why, from the problems' field paths. */
function flagsFrom(problems: readonly FormatProblem[]): Map<string, string[]> {
  const flags = new Map<string, string[]>();
  for (const problem of problems) {
    const match = /^(?:nodes|endings)\.([a-z0-9-]+)/.exec(problem.path);
    if (!match?.[1]) continue;
    const flag = problem.message.startsWith('unreachable') ? 'unreachable' : problem.message.startsWith('dead end') ? 'dead end' : null;
    if (flag) flags.set(match[1], [...new Set([...(flags.get(match[1]) ?? []), flag])]);
  }
  return flags;
}

/**
 * Lays the scenario out left to right: pick-ups first, then each point one column after the
 * earliest point that leads to it. Points nothing leads to go in a last column of their own.
 */
export function layoutGraph(scenario: Scenario, problems: readonly FormatProblem[]): GraphLayout {
  const column = new Map<string, number>();
  const queue: string[] = [];
  for (const pickup of scenario.pickup) {
    if (!column.has(pickup.to)) {
      column.set(pickup.to, 0);
      queue.push(pickup.to);
    }
  }
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const branch of ownValue(scenario.nodes, id)?.next ?? []) {
      if (!column.has(branch.to) && (Object.hasOwn(scenario.nodes, branch.to) || Object.hasOwn(scenario.endings, branch.to))) {
        column.set(branch.to, (column.get(id) ?? 0) + 1);
        queue.push(branch.to);
      }
    }
  }
  const reachedColumns = column.size === 0 ? 0 : Math.max(...column.values()) + 1;
  const allIds = [...Object.keys(scenario.nodes), ...Object.keys(scenario.endings)];
  for (const id of allIds) if (!column.has(id)) column.set(id, reachedColumns);

  const flags = flagsFrom(problems);
  const pickups = new Set(scenario.pickup.map((pickup) => pickup.to));
  const rows = new Map<number, number>();
  const boxes: GraphBox[] = allIds.map((id) => {
    const col = column.get(id) as number;
    const row = rows.get(col) ?? 0;
    rows.set(col, row + 1);
    const ending = ownValue(scenario.endings, id);
    return {
      id,
      kind: ending ? 'ending' : 'node',
      x: MARGIN + col * (BOX_WIDTH + COLUMN_GAP),
      y: MARGIN + row * (BOX_HEIGHT + ROW_GAP),
      ...(ending ? { outcome: ending.outcome } : {}),
      flags: flags.get(id) ?? [],
      isPickup: pickups.has(id),
    };
  });

  const arrows: GraphArrow[] = Object.entries(scenario.nodes).flatMap(([from, node]) => {
    const firstAlways = node.next.findIndex((branch) => branch.when === undefined && branch.chance === undefined);
    return node.next.flatMap((branch, index) =>
      column.has(branch.to)
        ? [{ from, to: branch.to, back: (column.get(branch.to) as number) <= (column.get(from) as number), label: conditionLabel(branch), neverTried: firstAlways !== -1 && index > firstAlways }]
        : [],
    );
  });

  const columns = Math.max(1, ...[...column.values()].map((col) => col + 1));
  const tallest = Math.max(1, ...rows.values());
  return { boxes, arrows, width: MARGIN * 2 + columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP, height: MARGIN * 2 + tallest * (BOX_HEIGHT + ROW_GAP) };
}
