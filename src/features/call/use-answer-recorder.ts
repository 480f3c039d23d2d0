import { useMemo, useRef, useState } from 'react';
import { type AnswerRecorder, browserAnswerRecorder } from '../../lib/device/answer-recorder.ts';
import { keepRecording, LIVE_RECORDINGS } from '../../store/recordings.ts';
import type { RecordingDetails } from '../../store/tables.ts';

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

  const active = useRef(false);
  /** Starts recording; rejects (and reports 'failed') when the microphone isn't available. */
  const start = async () => {
    if (active.current) return;
    try {
      await recorder.start();
      active.current = true;
      setState('recording');
    } catch (error) {
      setState('failed');
      throw error;
    }
  };
  /** Stops recording and holds the clip for the next reply; does nothing when not recording. */
  const stop = async () => {
    if (!active.current) return;
    active.current = false;
    pendingClip.current = await recorder.stop();
    setState(pendingClip.current ? 'recorded' : 'idle');
  };
  const toggle = async () => {
    if (active.current) await stop();
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
