import { deleteRecording, loadRecording, saveRecordings } from './persistence.ts';
import type { RecordingDetails } from './tables.ts';

/** A recorded answer and how it was made. */
export interface KeptRecording {
  clip: Blob;
  details?: RecordingDetails;
}

/**
 * Recordings of spoken answers, by call and reply number. The call being made keeps its clips in
 * memory; when it is filed they are saved with it in IndexedDB (and stay in memory too, so the
 * debrief plays them even if saving failed).
 */
const recordings = new Map<string, Map<number, KeptRecording>>();

/** The key for the call being made now, before it has an id. */
export const LIVE_RECORDINGS = 'live';

function recordingKey(callId: string, replyIndex: number): string {
  return JSON.stringify([callId, replyIndex]);
}

export function keepRecording(callKey: string, replyIndex: number, clip: Blob, details?: RecordingDetails): void {
  const clips = recordings.get(callKey) ?? new Map<number, KeptRecording>();
  clips.set(replyIndex, details ? { clip, details } : { clip });
  recordings.set(callKey, clips);
}

/** Files the live call's recordings under its id once it has one, and saves them. */
export function fileLiveRecordings(callId: string): void {
  const clips = recordings.get(LIVE_RECORDINGS);
  recordings.delete(LIVE_RECORDINGS);
  if (!clips) return;
  recordings.set(callId, clips);
  void saveRecordings([...clips].map(([replyIndex, kept]) => ({ key: recordingKey(callId, replyIndex), callId, replyIndex, ...kept })));
}

/** A recorded answer and how it was made: from this tab's memory, or from the database. */
export async function keptRecordingOf(callId: string, replyIndex: number): Promise<KeptRecording | undefined> {
  return recordings.get(callId)?.get(replyIndex) ?? (await loadRecording(recordingKey(callId, replyIndex)));
}

/** A recorded answer's audio, for playing it back. */
export async function recordingOf(callId: string, replyIndex: number): Promise<Blob | undefined> {
  return (await keptRecordingOf(callId, replyIndex))?.clip;
}

export function clearLiveRecordings(): void {
  recordings.delete(LIVE_RECORDINGS);
}

/** Forgets every recording held in this tab's memory ("Delete everything"). */
export function forgetAllRecordings(): void {
  recordings.clear();
}

/** Deletes one recorded answer, from this tab's memory and from the database. Resolves whether the saved copy went. */
export async function forgetRecording(callId: string, replyIndex: number): Promise<boolean> {
  recordings.get(callId)?.delete(replyIndex);
  return deleteRecording(recordingKey(callId, replyIndex));
}

/** How many recorded answers are saved, and the space they take. */
export { recordingsUsage as savedRecordingsUsage } from './persistence.ts';
