import type { Scenario } from './scenario-schema.ts';

/**
 * The scenario with the manager always answering: only the pick-ups that start with the manager
 * speaking are kept, with their weights. A scenario with none is returned as it is, since some
 * call must answer.
 */
export function managerPicksUp(scenario: Scenario): Scenario {
  const managers = scenario.pickup.filter((pickup) => Object.hasOwn(scenario.nodes, pickup.to) && scenario.nodes[pickup.to]?.speaker === 'manager');
  return managers.length > 0 ? { ...scenario, pickup: managers } : scenario;
}
