/** The tables that hold what a candidate, coach or facilitator keeps: one record per thing. */
export const TABLE_NAMES = ['calls', 'scripts', 'scenarios', 'assignments', 'receivedComments', 'results', 'draftComments', 'settings'] as const;

/** One of the data tables. */
export type TableName = (typeof TABLE_NAMES)[number];

/**
 * One stored record. `data` is checked against its table's schema on every read, so a damaged
 * record is noticed, counted and kept aside rather than dropped. `v` is the record format version:
 * a record from a newer app puts this one in read-only mode.
 */
export interface StoredRecord {
  key: string;
  v: number;
  data: unknown;
}

/** A note the app keeps about the data itself: when it was brought over from localStorage, and by which version. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** The record format this app writes in every table. Bump it with a named step in record-migrations. */
export const RECORD_VERSION = 1;

/** A recorded answer: the audio of one reply of one call. Kept apart from the mirrored tables, as audio is large. */
export interface RecordingRecord {
  key: string;
  callId: string;
  replyIndex: number;
  clip: Blob;
  /** How it was recorded; missing on recordings saved before hands-free (read as by hand). */
  details?: RecordingDetails;
}

/** How a recorded answer was made, which decides what its delivery can say. */
export interface RecordingDetails {
  /** Recording started as the manager finished (hands-free), so the silence before speech is the time taken to start. */
  handsFree: boolean;
  /** The reply's words came from speech recognition, so they are a transcript in which fillers can be counted. */
  recognised: boolean;
}

/** The newest schema version CallbackDatabase declares: data from a newer schema opens read-only. */
export const DECLARED_SCHEMA_VERSION = 2;

/** A record holding `data` under `key`, in the record format this app writes. */
export function storedRecord(key: string, data: unknown): StoredRecord {
  return { key, v: RECORD_VERSION, data };
}
