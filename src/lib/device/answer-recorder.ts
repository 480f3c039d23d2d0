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
