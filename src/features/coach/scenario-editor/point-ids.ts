import { ID_MAX_LENGTH, ID_PATTERN, type Scenario } from '../../../domain/scenario/scenario-schema.ts';

/** Whether `id` has the shape of a node or ending id (whether it is free is a separate question). */
export function isPointId(id: string): boolean {
  return id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id);
}

/** Every node id then every ending id: the targets a branch may lead to, in the editor's order. */
export function pointIds(scenario: Scenario): string[] {
  return [...Object.keys(scenario.nodes), ...Object.keys(scenario.endings)];
}

/** Whether `id` already names a node or an ending. Own keys only: "constructor" is a free id. */
export function isTakenPointId(scenario: Scenario, id: string): boolean {
  return Object.hasOwn(scenario.nodes, id) || Object.hasOwn(scenario.endings, id);
}
