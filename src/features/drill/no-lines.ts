import { ownValue } from '../../lib/own.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';

/**
 * Every way the scenarios' managers say no: the lines of nodes whose branches all end in a "no".
 * Taken from the scenario data, so a new scenario's no lines join the drill for free.
 */
export function noLinesFrom(scenarios: readonly Scenario[]): string[] {
  const lines = new Set<string>();
  for (const scenario of scenarios) {
    for (const node of Object.values(scenario.nodes)) {
      if (node.speaker !== 'manager' || node.next.length === 0) continue;
      const allNo = node.next.every((branch) => ownValue(scenario.endings, branch.to)?.outcome === 'no');
      if (allNo) for (const line of node.lines) lines.add(line);
    }
  }
  return [...lines];
}
