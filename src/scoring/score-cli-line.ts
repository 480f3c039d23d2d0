import { z } from 'zod';
import { builtinScenario } from '../scenario/builtin-scenarios.ts';
import { score } from './score-reply.ts';
import type { ReplyScore } from './score-types.ts';

/** One input line of `npm run score`. Everything but `text` is optional. */
export const scoreRequestSchema = z.object({
  text: z.string(),
  scenario: z.string().optional(),
  managerLine: z.string().optional(),
  previous: z.array(z.string()).optional(),
});

/** Scores one JSON Lines input line; a malformed line gives `{error}` instead of throwing. */
export function scoreLine(line: string): ReplyScore | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
  const parsed = scoreRequestSchema.safeParse(data);
  if (!parsed.success) {
    return { error: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ') };
  }
  const { text, scenario: scenarioId, managerLine, previous } = parsed.data;
  const scenario = scenarioId ? builtinScenario(scenarioId) : undefined;
  return score(text, {
    scenarioId: scenario?.id,
    managerLine,
    previousReplies: previous,
    briefingFacts: scenario ? [scenario.briefing.youSaid, ...scenario.briefing.facts] : undefined,
  });
}
