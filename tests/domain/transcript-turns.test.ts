import { describe, expect, it } from 'vitest';
import type { AssessedTurn, TranscriptEntry } from '../../src/domain/call/call-types.ts';
import { transcriptWithTurns } from '../../src/domain/call/transcript-turns.ts';
import { playedCall, STRONG_CHANGE_OF_HEART } from '../support/records.ts';

function line(speaker: TranscriptEntry['speaker'], text: string): TranscriptEntry {
  return { speaker, text, atMs: 0, nodeId: 'n' };
}

function turn(reply: string): AssessedTurn {
  return { nodeId: 'n', managerLine: '', reply, ledTo: 'n', score: { defensiveness: 0, credibility: 50, professionalism: 50, findings: [] } };
}

describe('transcriptWithTurns', () => {
  it('gives the nth candidate line the nth turn, and every other line none', () => {
    const turns = [turn('first'), turn('second')];
    const lines = transcriptWithTurns({
      transcript: [line('gatekeeper', 'Reception.'), line('candidate', 'first'), line('manager', 'Go on.'), line('manager', 'Well?'), line('candidate', 'second')],
      turns,
    });
    expect(lines.map((each) => [each.speaker, each.text, each.turnIndex])).toEqual([
      ['gatekeeper', 'Reception.', null],
      ['candidate', 'first', 0],
      ['manager', 'Go on.', null],
      ['manager', 'Well?', null],
      ['candidate', 'second', 1],
    ]);
    expect(lines[1]?.turn).toBe(turns[0]);
    expect(lines[4]?.turn).toBe(turns[1]);
    expect(lines[0]?.turn).toBeNull();
  });

  it('leaves a candidate line past the last turn unscored instead of pointing past the turns', () => {
    const lines = transcriptWithTurns({ transcript: [line('candidate', 'scored'), line('manager', 'Hm.'), line('candidate', 'extra')], turns: [turn('scored')] });
    expect(lines.map((each) => each.turnIndex)).toEqual([0, null, null]);
    expect(lines[2]).toMatchObject({ speaker: 'candidate', text: 'extra', turn: null });
  });

  it('matches every reply of a real call to the turn that scored it', () => {
    const { output } = playedCall('call-1', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART);
    const scored = transcriptWithTurns(output).filter((each) => each.turn !== null);
    expect(scored.map((each) => each.turnIndex)).toEqual(output.turns.map((_, index) => index));
    for (const each of scored) expect(each.turn?.reply).toBe(each.text);
  });

  it('keeps each line as it was said and does not change the output', () => {
    const transcript = [line('manager', 'Hello?'), line('candidate', 'Hi.')];
    const before = structuredClone(transcript);
    const [first] = transcriptWithTurns({ transcript, turns: [turn('Hi.')] });
    expect(first).toEqual({ ...transcript[0], turnIndex: null, turn: null });
    expect(transcript).toEqual(before);
  });
});
