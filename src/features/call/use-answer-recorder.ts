import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type AnswerRecorder, browserAnswerRecorder } from '../../lib/device/answer-recorder.ts';
import { keepRecording, LIVE_RECORDINGS } from '../../store/recordings.ts';
import type { RecordingDetails } from '../../store/tables.ts';

/** Whoever asked for a recording: a listening run, or the candidate's own button. */
export type RecordingOwner = object;
const BY_HAND: RecordingOwner = {};

/** Where recording the spoken answer stands. */
export type RecordingState = 'idle' | 'recording' | 'recorded' | 'failed';

/**
 * Recording the candidate saying an answer out loud. The clip waits until the reply is said,
 * then is kept with that reply's number for the debrief, and saved with the call when it is filed.
 */
export function useAnswerRecorder(makeRecorder: () => AnswerRecorder = browserAnswerRecorder) {
  const recorder = useMemo(() => makeRecorder(), [makeRecorder]);
  const [state, setState] = useState<RecordingState>('idle');
  const pendingClip = useRef<Blob | null>(null);

  // Two facts kept apart: who holds the recording (decided at once, when start or stop is asked)
  // and whether the recorder is actually running (known only when its own start has finished).
  const holder = useRef<RecordingOwner | null>(null);
  const running = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The recorder is started and stopped one step at a time, in the order asked: a stop asked
  // while a start is still opening the microphone waits for it instead of finding nothing to stop.
  const inTurn = useCallback(<T>(step: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(step);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  /**
   * Starts recording for `owner` unless someone already holds it; rejects (and reports 'failed')
   * when the microphone isn't available. A listening run takes over a recording started by hand,
   * so turning hands-free on mid-recording never leaves a recording that nothing will stop.
   */
  const start = useCallback(
    (owner: RecordingOwner = BY_HAND): Promise<void> => {
      const takesOver = holder.current === BY_HAND && owner !== BY_HAND;
      if (holder.current && !takesOver) return Promise.resolve();
      holder.current = owner;
      return inTurn(async () => {
        // Stopped before it began, or already running (taken over from the button).
        if (holder.current !== owner || running.current) return;
        try {
          await recorder.start();
          running.current = true;
          setState('recording');
        } catch (error) {
          // A run cancelled meanwhile doesn't report: the run that replaced it will, if it fails too.
          if (holder.current === owner) {
            holder.current = null;
            setState('failed');
          }
          throw error;
        }
      });
    },
    [recorder, inTurn],
  );
  /**
   * Stops recording and holds the clip for the next reply. Given an owner, stops only that
   * owner's recording, so a listening run that was cancelled late never stops a newer run's.
   */
  const stop = useCallback(
    (owner?: RecordingOwner): Promise<void> => {
      if (!holder.current || (owner && holder.current !== owner)) return Promise.resolve();
      holder.current = null;
      return inTurn(async () => {
        if (!running.current) return;
        running.current = false;
        pendingClip.current = await recorder.stop();
        setState(pendingClip.current ? 'recorded' : 'idle');
      });
    },
    [recorder, inTurn],
  );
  // Leaving the call screen never leaves the microphone recording.
  useEffect(() => () => void stop(), [stop]);
  const toggle = async () => {
    if (holder.current) await stop();
    else await start().catch(() => undefined);
  };

  /** Files the waiting clip with the reply about to be said. */
  const keepWithReply = (replyIndex: number, details?: RecordingDetails) => {
    if (!pendingClip.current) return;
    keepRecording(LIVE_RECORDINGS, replyIndex, pendingClip.current, details);
    pendingClip.current = null;
    setState('idle');
  };
  return { supported: recorder.supported(), state, toggle, start, stop, keepWithReply };
}
