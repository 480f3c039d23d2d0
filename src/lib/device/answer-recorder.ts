/** Records the candidate saying an answer out loud. Behind an interface: jsdom has no MediaRecorder. */
export interface AnswerRecorder {
  supported: () => boolean;
  /** Starts recording from the microphone; rejects if the microphone isn't available or allowed. */
  start: () => Promise<void>;
  /** Stops and returns the recording, or null if nothing was recorded. */
  stop: () => Promise<Blob | null>;
}

/** The browser's MediaRecorder on the default microphone. */
export function browserAnswerRecorder(): AnswerRecorder {
  let recorder: MediaRecorder | null = null;
  let chunks: Blob[] = [];
  return {
    supported: () => typeof window !== 'undefined' && 'MediaRecorder' in window && !!navigator.mediaDevices?.getUserMedia,
    start: async () => {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      chunks = [];
      recorder = new MediaRecorder(stream);
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      recorder.start();
    },
    stop: () =>
      new Promise((resolve) => {
        const active = recorder;
        if (!active || active.state === 'inactive') {
          resolve(null);
          return;
        }
        active.onstop = () => {
          active.stream.getTracks().forEach((track) => track.stop());
          resolve(chunks.length > 0 ? new Blob(chunks, { type: active.mimeType || 'audio/webm' }) : null);
          recorder = null;
        };
        active.stop();
      }),
  };
}

/**
 * Recordings of spoken answers, by call and reply number. Audio is kept in memory for this tab
 * only: it is large, and it never needs to leave the device.
 */
const recordings = new Map<string, Map<number, Blob>>();

/** The key for the call being made now, before it has an id. */
export const LIVE_RECORDINGS = 'live';

export function keepRecording(callKey: string, replyIndex: number, clip: Blob): void {
  const clips = recordings.get(callKey) ?? new Map<number, Blob>();
  clips.set(replyIndex, clip);
  recordings.set(callKey, clips);
}

/** Files the live call's recordings under its id once it has one. */
export function fileLiveRecordings(callId: string): void {
  const clips = recordings.get(LIVE_RECORDINGS);
  recordings.delete(LIVE_RECORDINGS);
  if (clips) recordings.set(callId, clips);
}

export function recordingOf(callId: string, replyIndex: number): Blob | undefined {
  return recordings.get(callId)?.get(replyIndex);
}

export function clearLiveRecordings(): void {
  recordings.delete(LIVE_RECORDINGS);
}
