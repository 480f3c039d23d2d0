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
