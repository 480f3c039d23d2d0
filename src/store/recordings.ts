import { loadRecording, saveRecordings } from './persistence.ts';

/**
 * Recordings of spoken answers, by call and reply number. The call being made keeps its clips in
 * memory; when it is filed they are saved with it in IndexedDB (and stay in memory too, so the
 * debrief plays them even if saving failed).
 */
const recordings = new Map<string, Map<number, Blob>>();

/** The key for the call being made now, before it has an id. */
export const LIVE_RECORDINGS = 'live';

function recordingKey(callId: string, replyIndex: number): string {
  return JSON.stringify([callId, replyIndex]);
}

export function keepRecording(callKey: string, replyIndex: number, clip: Blob): void {
  const clips = recordings.get(callKey) ?? new Map<number, Blob>();
  clips.set(replyIndex, clip);
  recordings.set(callKey, clips);
}

/** Files the live call's recordings under its id once it has one, and saves them. */
export function fileLiveRecordings(callId: string): void {
  const clips = recordings.get(LIVE_RECORDINGS);
  recordings.delete(LIVE_RECORDINGS);
  if (!clips) return;
  recordings.set(callId, clips);
  void saveRecordings([...clips].map(([replyIndex, clip]) => ({ key: recordingKey(callId, replyIndex), callId, replyIndex, clip })));
}

/** A recorded answer: from this tab's memory, or from the database. */
export async function recordingOf(callId: string, replyIndex: number): Promise<Blob | undefined> {
  return recordings.get(callId)?.get(replyIndex) ?? (await loadRecording(recordingKey(callId, replyIndex)));
}

export function clearLiveRecordings(): void {
  recordings.delete(LIVE_RECORDINGS);
}

/** Forgets every recording held in this tab's memory ("Delete everything"). */
export function forgetAllRecordings(): void {
  recordings.clear();
}
