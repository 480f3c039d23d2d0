import type { Scenario } from '../../../domain/scenario/scenario-schema.ts';

/** The shape the schema accepts for a node or ending id, like "moved-on". */
export const POINT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest node or ending id the schema accepts. */
export const POINT_ID_MAX_LENGTH = 64;

/** Whether `id` has the shape of a node or ending id (whether it is free is a separate question). */
export function isPointId(id: string): boolean {
  return id.length <= POINT_ID_MAX_LENGTH && POINT_ID_PATTERN.test(id);
}

/** Every node id then every ending id: the targets a branch may lead to, in the editor's order. */
export function pointIds(scenario: Scenario): string[] {
  return [...Object.keys(scenario.nodes), ...Object.keys(scenario.endings)];
}

/** Whether `id` already names a node or an ending. Own keys only: "constructor" is a free id. */
export function isTakenPointId(scenario: Scenario, id: string): boolean {
  return Object.hasOwn(scenario.nodes, id) || Object.hasOwn(scenario.endings, id);
}
