import { isRecord } from '../lib/is-record.ts';
import { resultFileFormat, resultKey } from '../domain/result/result-file.ts';
import { SCRIPT_PARTS } from '../domain/script/script.ts';
import type { CallbackDatabase } from './database.ts';
import { type StoredRecord, storedRecord, type TableName } from './tables.ts';

/** Where versions before IndexedDB kept everything, as one JSON value. */
export const LEGACY_STORAGE_KEY = 'callback';
/** Where that value is kept after the move, untouched, in case anything about it is ever in doubt. */
export const LEGACY_BACKUP_KEY = 'callback:before-indexeddb';
/** The last localStorage layout; a newer one was never written by any Callback. */
const LEGACY_VERSION = 2;
const MOVED = 'movedFromLocalStorage';

function entriesOf(value: unknown): [string, unknown][] {
  return isRecord(value) ? Object.entries(value) : [];
}

/**
 * The old layout's parts as records, one per thing, exactly as they were. Nothing is checked or
 * dropped here: the tables check every record when they are read, so a damaged old call is
 * counted and kept aside like any other.
 */
export function legacyRecords(state: Record<string, unknown>): Map<TableName, StoredRecord[]> {
  const tables = new Map<TableName, StoredRecord[]>();
  const add = (name: TableName, each: StoredRecord) => tables.set(name, [...(tables.get(name) ?? []), each]);
  const calls = Array.isArray(state.calls) ? (state.calls as unknown[]) : [];
  calls.forEach((call, index) => add('calls', storedRecord(isRecord(call) && typeof call.id === 'string' ? call.id : `old-call-${index}`, call)));
  if (state.settings !== undefined) add('settings', storedRecord('settings', state.settings));
  for (const [scenarioId, script] of entriesOf(state.scripts)) {
    if (!isRecord(script)) {
      add('scripts', storedRecord(`old-script-${scenarioId}`, script));
      continue;
    }
    for (const part of SCRIPT_PARTS) {
      if (script[part] !== undefined) add('scripts', storedRecord(JSON.stringify([scenarioId, part]), { scenarioId, part, text: script[part] }));
    }
  }
  for (const [id, scenario] of entriesOf(state.customScenarios)) add('scenarios', storedRecord(id, scenario));
  for (const [id, assignment] of entriesOf(state.assignments)) add('assignments', storedRecord(id, assignment));
  for (const [callId, comments] of entriesOf(state.receivedComments)) add('receivedComments', storedRecord(callId, isRecord(comments) ? { ...comments, callId } : comments));
  const results = Array.isArray(state.results) ? (state.results as unknown[]) : [];
  results.forEach((file, index) => {
    const parsed = resultFileFormat.schema.safeParse(file);
    add('results', storedRecord(parsed.success ? resultKey(parsed.data) : `old-result-${index}`, file));
  });
  for (const [key, byCall] of entriesOf(state.draftComments)) {
    for (const [callId, byTurn] of entriesOf(byCall)) {
      for (const [turn, text] of entriesOf(byTurn)) add('draftComments', storedRecord(JSON.stringify([key, callId, turn]), { resultKey: key, callId, turn, text }));
    }
  }
  return tables;
}

/**
 * Moves the data saved under one localStorage key (versions before IndexedDB) into the database,
 * once, in one transaction, so it happens completely or not at all. The old value stays in
 * localStorage under LEGACY_BACKUP_KEY. Unreadable old data is kept too, as one damaged record, so
 * it is counted on screen and can be exported, never silently lost.
 */
export async function moveLocalStorageIntoDatabase(db: CallbackDatabase, storage: Storage | undefined = globalThis.localStorage): Promise<void> {
  if (!storage || (await db.meta.get(MOVED))) return;
  const text = storage.getItem(LEGACY_STORAGE_KEY);
  if (text === null) {
    await db.meta.put({ key: MOVED, value: { at: new Date().toISOString(), found: false } });
    return;
  }
  let tables = new Map<TableName, StoredRecord[]>();
  try {
    const saved: unknown = JSON.parse(text);
    const version = isRecord(saved) ? saved.version : undefined;
    // Only a newer Callback could have written this, and it moves its own data: leave it alone.
    if (typeof version === 'number' && version > LEGACY_VERSION) return;
    tables = legacyRecords(isRecord(saved) && isRecord(saved.state) ? saved.state : {});
  } catch {
    tables.set('calls', [storedRecord('old-saved-data', text)]);
  }
  await db.transaction('rw', [...[...tables.keys()].map((name) => db.tableNamed(name)), db.meta], async () => {
    // Another tab opening at the same moment may have moved it already.
    if (await db.meta.get(MOVED)) return;
    for (const [name, records] of tables) await db.tableNamed(name).bulkPut(records);
    await db.meta.put({ key: MOVED, value: { at: new Date().toISOString(), found: true } });
  });
  try {
    storage.setItem(LEGACY_BACKUP_KEY, text);
    storage.removeItem(LEGACY_STORAGE_KEY);
  } catch {
    // No room for the backup copy: the original stays where it was, which keeps it just as safe.
  }
}
