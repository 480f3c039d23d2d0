import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { createThankYouDrillMachine } from '../../machines/thank-you-drill-machine.ts';
import { noLinesFrom } from '../../src/features/drill/no-lines.ts';
import { BUILTIN_SCENARIOS } from '../../src/domain/scenario/builtin-scenarios.ts';
import { checkClosing } from '../../src/domain/scoring/grade-call.ts';

const judge = (reply: string, noLine: string) => checkClosing(reply, noLine);
const machine = createThankYouDrillMachine({ judge });
const noLines = noLinesFrom(BUILTIN_SCENARIOS);
const GRACIOUS = 'Thank you for your time and for being straight with me. I hope our paths cross again.';
const CURT = 'Fine.';

describe('the thank-you drill', () => {
  it('draws its no lines from every scenario', () => {
    expect(noLines.length).toBeGreaterThanOrEqual(10);
    expect(noLines).toContain("I'm sorry. We've moved on. We made an offer to another candidate on Friday and she's accepted.");
  });

  it('reaches every state, and the streak never exceeds the rounds played (model-based)', () => {
    const paths = getShortestPaths(machine, {
      input: { noLines, seed: 1 },
      events: [{ type: 'candidate.reply', text: GRACIOUS }, { type: 'candidate.reply', text: CURT }, { type: 'drill.next' }, { type: 'drill.finish' }],
      serializeState: (snapshot) => `${JSON.stringify(snapshot.value)}|${snapshot.context.streak}|${snapshot.context.rounds.length}`,
      limit: 500,
      stopWhen: (snapshot) => snapshot.context.rounds.length >= 3,
    });
    const values = new Set(paths.map((path) => JSON.stringify(path.state.value)));
    expect([...values].sort()).toEqual(['"feedback"', '"finished"', '"hearingNo"']);
    for (const path of paths) {
      const { streak, bestStreak, rounds } = path.state.context;
      expect(streak).toBeLessThanOrEqual(bestStreak);
      expect(bestStreak).toBeLessThanOrEqual(rounds.length);
      const trailing = rounds.length - 1 - rounds.map((round) => round.check.gracious).lastIndexOf(false);
      expect(streak).toBe(rounds.length === 0 ? 0 : trailing);
    }
  });

  it('builds a streak on gracious closes, breaks it on a curt one, and keeps the best', () => {
    const actor = createActor(machine, { input: { noLines, seed: 4 } }).start();
    const say = (text: string) => {
      actor.send({ type: 'candidate.reply', text });
      actor.send({ type: 'drill.next' });
    };
    say(GRACIOUS);
    say(GRACIOUS);
    say(CURT);
    say(GRACIOUS);
    expect(actor.getSnapshot().context).toMatchObject({ streak: 1, bestStreak: 2 });
    actor.send({ type: 'drill.finish' });
    expect(actor.getSnapshot().output?.rounds.map((round) => round.check.gracious)).toEqual([true, true, false, true]);
  });

  it('varies the no and never repeats it twice in a row; the same seed gives the same drill', () => {
    const heard = (seed: number) => {
      const actor = createActor(machine, { input: { noLines, seed } }).start();
      const lines: string[] = [];
      for (let round = 0; round < 8; round++) {
        lines.push(actor.getSnapshot().context.currentNo);
        actor.send({ type: 'candidate.reply', text: GRACIOUS });
        actor.send({ type: 'drill.next' });
      }
      return lines;
    };
    const lines = heard(9);
    expect(lines.every((line, index) => index === 0 || line !== lines[index - 1])).toBe(true);
    expect(new Set(lines).size).toBeGreaterThan(3);
    expect(heard(9)).toEqual(lines);
  });
});
