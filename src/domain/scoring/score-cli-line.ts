import { z } from 'zod';
import { parseJsonLine } from '../../lib/json-line.ts';
import { builtinScenario } from '../scenario/builtin-scenarios.ts';
import { scoreContextFor } from './score-context.ts';
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
  const parsed = parseJsonLine(line, scoreRequestSchema);
  if (!parsed.ok) return { error: parsed.error };
  const { text, scenario: scenarioId, managerLine, previous } = parsed.value;
  const scenario = scenarioId ? builtinScenario(scenarioId) : undefined;
  return score(text, scoreContextFor(scenario, managerLine, previous));
}
