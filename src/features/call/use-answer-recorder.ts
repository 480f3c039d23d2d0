import { useMemo, useRef, useState } from 'react';
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

  // Who holds the recording, decided at once when asked; the recorder itself catches up in order.
  const holder = useRef<RecordingOwner | null>(null);
  const running = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // The recorder is started and stopped one step at a time, in the order asked: a stop asked
  // while a start is still opening the microphone waits for it instead of finding nothing to stop.
  const inTurn = <T>(step: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(step);
    queue.current = next.catch(() => undefined);
    return next;
  };

  /**
   * Starts recording for `owner` unless someone already holds it; rejects (and reports 'failed')
   * when the microphone isn't available.
   */
  const start = (owner: RecordingOwner = BY_HAND): Promise<void> => {
    if (holder.current) return Promise.resolve();
    holder.current = owner;
    return inTurn(async () => {
      if (holder.current !== owner) return; // stopped before it began
      try {
        await recorder.start();
        running.current = true;
        setState('recording');
      } catch (error) {
        if (holder.current === owner) holder.current = null;
        setState('failed');
        throw error;
      }
    });
  };
  /**
   * Stops recording and holds the clip for the next reply. Given an owner, stops only that
   * owner's recording, so a listening run that was cancelled late never stops a newer run's.
   */
  const stop = (owner?: RecordingOwner): Promise<void> => {
    if (!holder.current || (owner && holder.current !== owner)) return Promise.resolve();
    holder.current = null;
    return inTurn(async () => {
      if (!running.current) return;
      running.current = false;
      pendingClip.current = await recorder.stop();
      setState(pendingClip.current ? 'recorded' : 'idle');
    });
  };
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
