/**
 * Decides when a speaker has finished, from the microphone's level a few times a second: voice
 * activity detection by level against the room's own noise floor. A thinking pause shorter than
 * `silenceToEndS` never ends the turn; a silence that long after speech does. Pure, so the same
 * frames always give the same answer.
 */

/** Where a turn stands. */
export type TurnState = 'waiting' | 'speaking' | 'ended';

export interface TurnEndOptions {
  /** Silence after speech that ends the turn, in seconds (default 1.2). */
  silenceToEndS?: number;
  /** How far above the noise floor counts as speech, in dB (default 12). */
  speechAboveFloorDb?: number;
  /** Speech must last this long to count, so a cough or a click doesn't start a turn (default 0.15 s). */
  minimumSpeechS?: number;
}

/** The default end-of-turn silence: long enough for a thinking pause, short enough to feel like a phone call. */
export const DEFAULT_SILENCE_TO_END_S = 1.2;

export interface TurnEndDetector {
  /** One level reading (dBFS) at a time in seconds; returns where the turn stands. */
  push: (levelDb: number, atS: number) => TurnState;
  /** When speech was first heard, in the caller's seconds. */
  speechStartedAtS: () => number | null;
}

const QUIET_ROOM_DB = -50;

export function createTurnEndDetector(options: TurnEndOptions = {}): TurnEndDetector {
  const silenceToEndS = options.silenceToEndS ?? DEFAULT_SILENCE_TO_END_S;
  const above = options.speechAboveFloorDb ?? 12;
  const minimumSpeechS = options.minimumSpeechS ?? 0.15;
  let floor = Infinity;
  let state: TurnState = 'waiting';
  let loudSince: number | null = null;
  let quietSince: number | null = null;
  let startedAt: number | null = null;
  return {
    push: (levelDb, atS) => {
      if (state === 'ended') return state;
      // The floor follows the quietest level at once and drifts up slowly, so a noisier room is
      // learnt. It starts no higher than a quiet room, so someone already talking when listening
      // starts is heard as speech, not taken for the room.
      floor = Math.min(levelDb, Number.isFinite(floor) ? floor + 0.05 : QUIET_ROOM_DB);
      const loud = levelDb > Math.max(floor + above, -70);
      if (loud) {
        quietSince = null;
        loudSince ??= atS;
        if (state === 'waiting' && atS - loudSince >= minimumSpeechS) {
          state = 'speaking';
          startedAt = loudSince;
        }
      } else {
        loudSince = null;
        quietSince ??= atS;
        if (state === 'speaking' && atS - quietSince >= silenceToEndS) state = 'ended';
      }
      return state;
    },
    speechStartedAtS: () => startedAt,
  };
}
