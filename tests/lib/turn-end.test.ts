import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTurnEndDetector } from '../../src/lib/audio/turn-end.ts';

/** Feeds levels every 50 ms: each piece is [dBFS, seconds]. Returns the state after each piece and when the turn ended. */
function run(pieces: [number, number][], silenceToEndS = 1.2) {
  const detector = createTurnEndDetector({ silenceToEndS });
  let at = 0;
  let endedAt: number | null = null;
  for (const [level, seconds] of pieces) {
    for (let step = 0; step < Math.round(seconds / 0.05); step++) {
      if (detector.push(level, at) === 'ended' && endedAt === null) endedAt = at;
      at += 0.05;
    }
  }
  return { endedAt, startedAt: detector.speechStartedAtS() };
}

const ROOM = -62;
const VOICE = -24;

describe('deciding when the candidate has finished', () => {
  it('waits through silence before anyone speaks', () => {
    expect(run([[ROOM, 10]]).endedAt).toBeNull();
  });

  it('ends the turn after the set silence once they have spoken, and knows when they started', () => {
    const { endedAt, startedAt } = run([
      [ROOM, 1],
      [VOICE, 2],
      [ROOM, 3],
    ]);
    expect(startedAt).toBeCloseTo(1, 1);
    expect(endedAt).toBeGreaterThanOrEqual(3 + 1.2 - 0.06);
    expect(endedAt).toBeLessThanOrEqual(3 + 1.2 + 0.06);
  });

  it('never cuts the candidate off in a thinking pause shorter than the setting', () => {
    expect(
      run([
        [ROOM, 1],
        [VOICE, 1],
        [ROOM, 1.1],
        [VOICE, 1],
        [ROOM, 0.8],
        [VOICE, 1],
      ]).endedAt,
    ).toBeNull();
  });

  it('honours a longer setting', () => {
    const pieces: [number, number][] = [
      [ROOM, 0.5],
      [VOICE, 1],
      [ROOM, 1.5],
      [VOICE, 1],
    ];
    expect(run(pieces, 1.2).endedAt).not.toBeNull();
    expect(run(pieces, 2).endedAt).toBeNull();
  });

  it('is not started by a click, and learns a noisy room', () => {
    expect(
      run([
        [ROOM, 1],
        [VOICE, 0.05],
        [ROOM, 3],
      ]).startedAt,
    ).toBeNull();
    const noisy = run([
      [-40, 2],
      [-14, 1.5],
      [-40, 2],
    ]);
    expect(noisy.startedAt).toBeCloseTo(2, 1);
    expect(noisy.endedAt).not.toBeNull();
  });

  it('hears someone already talking when listening starts', () => {
    const { endedAt, startedAt } = run([
      [VOICE, 2],
      [ROOM, 2],
    ]);
    expect(startedAt).toBeCloseTo(0, 1);
    expect(endedAt).not.toBeNull();
  });

  it('never ends a turn before speech, whatever the levels (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -100, max: 0, noNaN: true }), fc.double({ min: 0.05, max: 2, noNaN: true })), { maxLength: 20 }), (pieces) => {
        const { endedAt, startedAt } = run(pieces);
        if (endedAt !== null) expect(startedAt).not.toBeNull();
        if (endedAt !== null && startedAt !== null) expect(endedAt - startedAt).toBeGreaterThanOrEqual(1.2);
      }),
    );
  });
});
