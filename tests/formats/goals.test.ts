import { describe, expect, it } from 'vitest';
import { assignmentProgress } from '../../src/domain/assignment/assignment-progress.ts';
import { callMeetsGoal, describeGoal, goalProgress } from '../../src/domain/assignment/goals.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import type { CallOutput } from '../../src/domain/call/call-types.ts';
import { simulateCall } from '../support/simulate-call.ts';
import { playedCall, STRONG_CHANGE_OF_HEART } from '../support/records.ts';

const changeOfHeart = builtinScenario('change-of-heart')!;

describe('goals', () => {
  const win = playedCall('c-win', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART, 'a-1');
  const hungUp = { ...win, id: 'c-hung', output: { ...win.output, outcome: { kind: 'hung-up' as const } } };

  it('ticks "reach an ending" only for that ending', () => {
    expect(win.output.outcome).toMatchObject({ kind: 'ending' });
    const endingId = win.output.outcome.kind === 'ending' ? win.output.outcome.endingId : '';
    expect(callMeetsGoal({ kind: 'reach-ending', endingId, times: 1 }, win)).toBe(true);
    expect(callMeetsGoal({ kind: 'reach-ending', endingId: 'door-closed', times: 1 }, win)).toBe(false);
    expect(callMeetsGoal({ kind: 'finish-call', times: 1 }, win)).toBe(true);
    expect(callMeetsGoal({ kind: 'finish-call', times: 1 }, hungUp)).toBe(false);
  });

  it('reads "defensiveness 20 or less" the right way up', () => {
    const calm = { ...win, grade: { ...win.grade, scores: { defensiveness: 10, credibility: 70, professionalism: 85 } } };
    const prickly = { ...win, grade: { ...win.grade, scores: { defensiveness: 45, credibility: 70, professionalism: 85 } } };
    expect(callMeetsGoal({ kind: 'score', dimension: 'defensiveness', atMost: 20, times: 1 }, calm)).toBe(true);
    expect(callMeetsGoal({ kind: 'score', dimension: 'defensiveness', atMost: 20, times: 1 }, prickly)).toBe(false);
    expect(callMeetsGoal({ kind: 'score', dimension: 'professionalism', atLeast: 80, times: 1 }, prickly)).toBe(true);
  });

  it('counts a gracious thank-you on the moved-on branch only when the call went through it', () => {
    const replies = [
      "Hi Dana, it's Jordan Avery. Is now a good time?",
      'Things changed.',
      'Things changed.',
      'Thank you for your time and your candour, Dana. I understand, and I hope our paths cross again.',
    ];
    let movedOn: CallOutput | undefined;
    for (let seed = 1; seed < 300 && !movedOn; seed++) {
      const { output } = simulateCall(changeOfHeart, seed, replies);
      if (output.turns.some((turn) => turn.nodeId === 'moved-on') && output.outcome.kind === 'ending' && output.outcome.outcome === 'no') movedOn = output;
    }
    if (!movedOn) throw new Error('no seed under 300 reaches the moved-on branch');
    const call = playedCall('c-no', 'change-of-heart', 1, replies);
    const graded = { ...call, output: movedOn, grade: { ...call.grade, closing: { ...call.grade.closing, applies: true, gracious: true } } };
    expect(callMeetsGoal({ kind: 'gracious-close', throughNode: 'moved-on', times: 2 }, graded)).toBe(true);
    expect(callMeetsGoal({ kind: 'gracious-close', throughNode: 'moved-on', times: 2 }, win)).toBe(false);
    expect(goalProgress({ kind: 'gracious-close', throughNode: 'moved-on', times: 2 }, [graded])).toEqual({ count: 1, needed: 2, met: false });
    expect(goalProgress({ kind: 'gracious-close', throughNode: 'moved-on', times: 2 }, [graded, graded])).toMatchObject({ met: true });
  });

  it("counts only calls made for the assignment, and only for the goal's scenario", () => {
    const other = { ...win, id: 'c-other', assignmentId: 'a-2' };
    const practice = { ...win, id: 'c-solo', assignmentId: undefined };
    const statuses = assignmentProgress(
      'a-1',
      [
        { scenarioId: 'change-of-heart', goals: [{ kind: 'finish-call', times: 2 }] },
        { scenarioId: 'ask-why', goals: [{ kind: 'finish-call', times: 1 }] },
      ],
      [win, other, practice],
    );
    expect(statuses.map((status) => [status.scenarioId, status.count, status.met])).toEqual([
      ['change-of-heart', 1, false],
      ['ask-why', 0, false],
    ]);
  });

  it('describes goals the way a coach would say them', () => {
    expect(describeGoal({ kind: 'reach-ending', endingId: 'start-tomorrow', times: 1 }, changeOfHeart)).toBe(`Reach the "${changeOfHeart.endings['start-tomorrow']!.title}" ending`);
    expect(describeGoal({ kind: 'score', dimension: 'professionalism', atLeast: 80, times: 1 }, changeOfHeart)).toBe('Professionalism 80 or more on a call');
    expect(describeGoal({ kind: 'gracious-close', throughNode: 'moved-on', times: 2 }, changeOfHeart)).toBe('A gracious thank-you on the "moved on" branch twice');
  });
});
