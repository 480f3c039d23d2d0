import type { AnswerRecorder } from '../../src/lib/device/answer-recorder.ts';

/** A recorder like the browser's: starting waits for the microphone; stopping hands back what was recorded. */
export function slowRecorder(startMs: number) {
  const log: string[] = [];
  let recording = false;
  const recorder: AnswerRecorder = {
    supported: () => true,
    start: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          recording = true;
          log.push('started');
          resolve();
        }, startMs),
      ),
    stop: () => {
      const clip = recording ? new Blob(['voice']) : null;
      recording = false;
      log.push(clip ? 'stopped with a clip' : 'stopped with nothing');
      return Promise.resolve(clip);
    },
  };
  return { make: () => recorder, log, isRecording: () => recording };
}
