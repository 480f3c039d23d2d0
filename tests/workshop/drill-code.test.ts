import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIO_IDS } from '../../src/domain/scenario/builtin-scenarios.ts';
import { decodeDrillCode, DRILL_PICKUPS, type DrillSetup, drillRounds, encodeDrillCode, MAX_ROUNDS, REPLY_TIME_LIMITS } from '../../src/domain/workshop/drill-code.ts';

const setup: fc.Arbitrary<DrillSetup> = fc.record({
  scenarioIds: fc.subarray([...BUILTIN_SCENARIO_IDS], { minLength: 1 }),
  rounds: fc.integer({ min: 1, max: MAX_ROUNDS }),
  secondsPerReply: fc.constantFrom(...REPLY_TIME_LIMITS),
  seed: fc.nat({ max: 0xffffffff }),
  pickup: fc.constantFrom(...DRILL_PICKUPS),
});

describe('the drill code', () => {
  it('carries scenarios, rounds, time limit, seed and who picks up in 12 characters (property)', () => {
    fc.assert(
      fc.property(setup, (drill) => {
        const code = encodeDrillCode(drill);
        expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        expect(decodeDrillCode(code)).toEqual({ ok: true, setup: drill, code });
      }),
    );
  });

  it('reads a code typed sloppily: lower case, spaces, O for 0 and I or L for 1', () => {
    const code = encodeDrillCode({ scenarioIds: ['ask-why'], rounds: 3, secondsPerReply: 30, seed: 1234567, pickup: 'manager' });
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(decodeDrillCode(sloppy)).toMatchObject({ ok: true, code });
  });

  it('catches nearly every one-character typo', () => {
    const code = encodeDrillCode({ scenarioIds: ['change-of-heart', 'appeal'], rounds: 2, secondsPerReply: 45, seed: 987654321, pickup: 'scenario' });
    const plain = code.replace(/-/g, '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let typos = 0;
    let missed = 0;
    for (let index = 0; index < plain.length; index++) {
      for (const char of alphabet) {
        if (char === plain[index]) continue;
        typos++;
        if (decodeDrillCode(plain.slice(0, index) + char + plain.slice(index + 1)).ok) missed++;
      }
    }
    // An 11-bit check lets about 1 in 2,000 random changes through.
    expect(missed / typos).toBeLessThan(0.01);
  });

  it('explains a wrong length or a character no code has', () => {
    expect(decodeDrillCode('ABC')).toMatchObject({ ok: false, message: expect.stringMatching(/12 letters and digits/) });
    expect(decodeDrillCode('ABCD-EFGH-JKU!')).toMatchObject({ ok: false, message: expect.stringMatching(/never contains/) });
  });

  it('gives everyone the same manager seed per round, and a different one each round', () => {
    const drill = { scenarioIds: ['ask-why', 'appeal'], rounds: 4, secondsPerReply: 60, seed: 42, pickup: 'scenario' as const };
    const rounds = drillRounds(drill);
    // A participant on another device has only the code: it must give them the same rounds.
    const joined = decodeDrillCode(encodeDrillCode(drill));
    expect(joined.ok && drillRounds(joined.setup)).toEqual(rounds);
    expect(rounds.map((round) => round.scenarioId)).toEqual(['ask-why', 'appeal', 'ask-why', 'appeal']);
    expect(new Set(rounds.map((round) => round.seed)).size).toBe(4);
  });

  it('still opens a code made before the facilitator could choose who picks up, with each scenario deciding', () => {
    // Made by the format 1 encoder (commit cad4bd2) for ask-why and past-the-screener, 3 rounds, 45 s, seed 123456789.
    expect(decodeDrillCode('494R-7BF6-HAJ2')).toEqual({
      ok: true,
      code: '494R-7BF6-HAJ2',
      setup: { scenarioIds: ['ask-why', 'past-the-screener'], rounds: 3, secondsPerReply: 45, seed: 123456789, pickup: 'scenario' },
    });
  });
});
