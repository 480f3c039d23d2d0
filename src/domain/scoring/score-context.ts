import type { Scenario } from '../scenario/scenario-schema.ts';
import type { ScoreContext } from './score-types.ts';

/**
 * What the scorer should know about a reply said in a scenario: the briefing it must stay
 * consistent with and the names that are not evidence. The one place this context is built.
 */
export function scoreContextFor(scenario: Scenario | undefined, managerLine?: string, previousReplies?: readonly string[]): ScoreContext {
  const context: ScoreContext = {};
  if (managerLine !== undefined) context.managerLine = managerLine;
  if (previousReplies !== undefined) context.previousReplies = previousReplies;
  if (!scenario) return context;
  return {
    ...context,
    scenarioId: scenario.id,
    briefingFacts: [scenario.briefing.youSaid, ...scenario.briefing.facts],
    ownNames: [scenario.persona.name, scenario.persona.company],
  };
}
