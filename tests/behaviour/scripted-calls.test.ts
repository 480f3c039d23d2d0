import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CallOutput } from '../../src/domain/call/call-types.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { playScriptedCall } from '../../scripts/lib/simulation/scripted-call.ts';

/**
 * The manager's behaviour, tested through the same simulator as `npm run call`, with scripts
 * written blind to the reader's training data (tests/behaviour/scripts.json), over 20 seeds each.
 */
const scriptsFile = z.object({
  version: z.literal(1),
  scripts: z.array(z.object({ id: z.string(), scenario: z.string(), kind: z.enum(['hostile', 'well-made']), replies: z.array(z.string()).min(1) })),
});
const { scripts } = scriptsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, 'scripts.json'), 'utf8')));
const SEEDS = Array.from({ length: 20 }, (_, index) => index * 104_729 + 3);

/** Endings a well-made call should never reach: where bad replies lead. */
const BAD_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  'change-of-heart': ['door-closed', 'screened-out'],
  'ask-why': ['door-closed', 'curt-close'],
  appeal: ['bad-close'],
  'request-to-talk': ['bridge-burned'],
  'past-the-screener': ['door-closed', 'screened-out'],
};

/** Points where the manager asks for one fact: once it is known, she must not ask for it. */
const ASKS_FOR: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'change-of-heart': { 'why-change': 'reason' },
  appeal: { 'what-experience': 'evidence', 'why-left-out': 'omission' },
  'past-the-screener': { 'prove-it': 'evidence' },
  'request-to-talk': { 'money-question': 'terms' },
};

const KNOWN_MISHEARD_IDS: readonly string[] = [];

function play(scenarioId: string, replies: readonly string[]): CallOutput[] {
  const scenario = builtinScenario(scenarioId);
  if (!scenario) throw new Error(`no built-in scenario ${scenarioId}`);
  return SEEDS.map((seed) => playScriptedCall(scenario, seed, replies));
}

const outcomeOf = (call: CallOutput) => (call.outcome.kind === 'ending' ? call.outcome.outcome : call.outcome.kind);
const endingOf = (call: CallOutput) => (call.outcome.kind === 'ending' ? call.outcome.endingId : call.outcome.kind);

describe.each(scripts.filter((script) => script.kind === 'hostile'))('hostile script $id', ({ scenario, replies }) => {
  it('never reaches a "yes" or "open" ending, on any of 20 seeds', () => {
    const calls = play(scenario, replies);
    expect(calls.filter((call) => ['yes', 'open'].includes(outcomeOf(call))).map((call) => `seed ${call.seed}: ${endingOf(call)}`)).toEqual([]);
  });
});

/**
 * Well-made scripts the reader still mishears somewhere (a sincere sentence heard as defensive on
 * its own), so the call ends badly: none at present. A script listed here is kept in view: its
 * test passes only while the miss persists, so a better reader turns it red and it moves back.
 */
const KNOWN_MISHEARD = new Set<string>(KNOWN_MISHEARD_IDS);

describe.each(scripts.filter((script) => script.kind === 'well-made'))('well-made script $id', ({ id, scenario, replies }) => {
  const calls = play(scenario, replies);
  const endsWell = () => {
    expect(calls.filter((call) => (BAD_ENDINGS[scenario] ?? []).includes(endingOf(call))).map((call) => `seed ${call.seed}: ${endingOf(call)}`)).toEqual([]);
    const answered = calls.filter((call) => call.transcript[0]?.speaker !== 'voicemail');
    expect(
      answered.some((call) => ['yes', 'open'].includes(outcomeOf(call))),
      'some seed should let a well-made call succeed',
    ).toBe(true);
  };

  if (KNOWN_MISHEARD.has(id)) it.fails('known miss: still ends where bad replies lead on some seed', endsWell);
  else it('never ends where bad replies lead, and reaches "yes" or "open" when the manager picks up', endsWell);

  it('is never asked again for something it already said', () => {
    const asks = ASKS_FOR[scenario] ?? {};
    const repeats: string[] = [];
    for (const call of calls) {
      const known = new Set<string>();
      for (const turn of call.turns) {
        const asked = Object.hasOwn(asks, turn.nodeId) ? asks[turn.nodeId] : undefined;
        if (asked && known.has(asked)) repeats.push(`seed ${call.seed}: asked for ${asked} at ${turn.nodeId}`);
        for (const fact of turn.score.heard?.known ?? []) known.add(fact);
      }
    }
    expect(repeats).toEqual([]);
  });
});

describe('a seed and the same replies', () => {
  it('give the same call', () => {
    const script = scripts[0];
    if (!script) throw new Error('no scripts');
    expect(play(script.scenario, script.replies)).toEqual(play(script.scenario, script.replies));
  });
});
