import { z } from 'zod';
import { parseJsonLine } from '../../../src/lib/json-line.ts';
import type { CallOutput } from '../../../src/domain/call/call-types.ts';
import { builtinScenario } from '../../../src/domain/scenario/builtin-scenarios.ts';
import { parseScenarioText } from '../../../src/domain/scenario/scenario-format.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario-schema.ts';
import { playScriptedCall } from './scripted-call.ts';

/** One input line of `npm run call`: a whole call. */
export const callRequestSchema = z
  .object({
    scenario: z.string().min(1, 'name a built-in scenario id or a scenario file path'),
    seed: z.number().int('the seed is a whole number'),
    replies: z.array(z.string().max(1_000_000)).max(200),
  })
  .strict();

/** One output line of `npm run call`. */
export interface CallResult {
  scenario: string;
  seed: number;
  outcome: { kind: CallOutput['outcome']['kind']; endingId: string | null; outcome: string | null };
  transcript: { speaker: string; text: string }[];
  turns: { reply: string; score: { defensiveness: number; credibility: number; professionalism: number }; moves: string[] }[];
}

/** Reads a scenario file for a line; returns the scenario or why it can't be used. */
export type ScenarioReader = (path: string) => { ok: true; text: string } | { ok: false; error: string };

function scenarioFor(name: string, readFile: ScenarioReader, cache: Map<string, Scenario | string>): Scenario | string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  let found: Scenario | string;
  const builtin = builtinScenario(name);
  if (builtin) found = builtin;
  else {
    const file = readFile(name);
    if (!file.ok) found = file.error;
    else {
      const parsed = parseScenarioText(file.text);
      found = parsed.ok ? parsed.value : `${name}: ${parsed.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`;
    }
  }
  cache.set(name, found);
  return found;
}

/** Plays one JSON Lines call request; a bad line gives `{error}` and never throws. */
export function playCallLine(line: string, readFile: ScenarioReader, cache = new Map<string, Scenario | string>()): CallResult | { error: string } {
  const parsed = parseJsonLine(line, callRequestSchema);
  if (!parsed.ok) return { error: parsed.error };
  const request = parsed.value;
  const scenario = scenarioFor(request.scenario, readFile, cache);
  if (typeof scenario === 'string') return { error: scenario };
  const output = playScriptedCall(scenario, request.seed, request.replies);
  const ending = output.outcome.kind === 'ending' ? output.outcome : null;
  return {
    scenario: request.scenario,
    seed: request.seed,
    outcome: { kind: output.outcome.kind, endingId: ending?.endingId ?? null, outcome: ending?.outcome ?? null },
    transcript: output.transcript.map(({ speaker, text }) => ({ speaker, text })),
    turns: output.turns.map((turn) => ({
      reply: turn.reply,
      score: { defensiveness: turn.score.defensiveness, credibility: turn.score.credibility, professionalism: turn.score.professionalism },
      moves: (turn.score.heard?.moves ?? []).map((heard) => heard.move),
    })),
  };
}
