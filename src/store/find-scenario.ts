import { ownValue } from '../lib/own.ts';
import { itemScenario } from '../domain/assignment/assignment-format.ts';
import { builtinScenario } from '../domain/scenario/builtin-scenarios.ts';
import type { Scenario } from '../domain/scenario/scenario-schema.ts';
import { type AppState, useAppStore } from './app-store.ts';

type ScenarioSources = Pick<AppState, 'customScenarios' | 'assignments'>;

/**
 * The scenario a call plays. Inside an assignment, the assignment's own copy wins, so the
 * candidate plays exactly what the coach sent; otherwise built-ins, then the coach's library.
 */
export function findScenario(sources: ScenarioSources, scenarioId: string, assignmentId?: string): Scenario | undefined {
  const assignment = assignmentId === undefined ? undefined : ownValue(sources.assignments, assignmentId);
  const item = assignment?.items.find((candidate) => candidate.scenarioId === scenarioId);
  if (item) return itemScenario(item);
  return (
    builtinScenario(scenarioId) ??
    ownValue(sources.customScenarios, scenarioId) ??
    Object.values(sources.assignments)
      .flatMap((each) => each.items)
      .find((each) => each.scenarioId === scenarioId)?.scenario
  );
}

/** The scenario, re-read when the coach's library or the assignments change. */
export function useScenario(scenarioId: string, assignmentId?: string): Scenario | undefined {
  const customScenarios = useAppStore((state) => state.customScenarios);
  const assignments = useAppStore((state) => state.assignments);
  return findScenario({ customScenarios, assignments }, scenarioId, assignmentId);
}
