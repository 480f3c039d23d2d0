import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessDelivery, callDelivery, countFillers } from '../../src/domain/delivery/delivery.ts';

const timing = (wordsPerMinute: number, longestPauseS = 0.5, speakingTimeS = 30) => ({ wordsPerMinute, longestPauseS, pauses: longestPauseS > 0 ? 1 : 0, speakingTimeS, level: 'ok' as const });

describe('delivery against its targets', () => {
  it('counts the fillers people hear, not the words that look like them', () => {
    expect(countFillers('um so I was uh thinking, you know, about the role')).toBe(3);
    expect(countFillers("I'd like to be considered, and I mean to prove it")).toBe(0);
    expect(countFillers('Do you know when the panel meets?')).toBe(0);
    expect(countFillers('It was, like, a long commute, um, like really long')).toBe(3);
    expect(countFillers('I like the team, and, like I said, the role')).toBe(0);
    expect(countFillers('')).toBe(0);
  });

  it('passes a steady pace and flags a fast one, a long silence, many fillers and a slow start, each with a tip', () => {
    expect(assessDelivery(timing(150)).checks.every((check) => check.ok && check.tip === null)).toBe(true);
    const rushed = assessDelivery(timing(205, 2.6), { fillers: 4, startS: 4.2 });
    expect(rushed.checks.filter((check) => !check.ok).map((check) => check.id)).toEqual(['rate', 'pause', 'fillers', 'start']);
    expect(rushed.checks.every((check) => check.ok || (check.tip ?? '').length > 10)).toBe(true);
    expect(assessDelivery(timing(100)).checks[0]?.tip).toMatch(/slow/);
    // "Thank you." is too short to have a pace.
    expect(assessDelivery(timing(260, 0, 1.2)).checks[0]).toMatchObject({ value: 'too short to judge', ok: true, tip: null });
  });

  it('says when the level was wrong', () => {
    expect(assessDelivery({ ...timing(150), level: 'quiet' }).checks.at(-1)).toMatchObject({ id: 'level', ok: false, value: 'too quiet' });
    expect(assessDelivery({ ...timing(150), level: 'clipping' }).checks.at(-1)).toMatchObject({ id: 'level', ok: false, value: 'clipping' });
  });

  it('sums a call: pace weighted by speaking time, the longest pause of any reply', () => {
    const call = callDelivery([assessDelivery(timing(120, 0.4, 10)), assessDelivery(timing(180, 2.5, 30))]);
    expect(call?.wordsPerMinute).toBe(165);
    expect(call?.longestPauseS).toBe(2.5);
    expect(callDelivery([])).toBeNull();
  });

  it('keeps the call pace between the slowest and the fastest reply (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ rate: fc.integer({ min: 60, max: 260 }), time: fc.double({ min: 1, max: 120, noNaN: true }) }), { minLength: 1, maxLength: 8 }), (replies) => {
        const call = callDelivery(replies.map((reply) => assessDelivery(timing(reply.rate, 0.3, reply.time))));
        expect(call?.wordsPerMinute).toBeGreaterThanOrEqual(Math.min(...replies.map((reply) => reply.rate)));
        expect(call?.wordsPerMinute).toBeLessThanOrEqual(Math.max(...replies.map((reply) => reply.rate)));
      }),
    );
  });
});
