import type { CallbackDatabase } from './database.ts';
import { DECLARED_SCHEMA_VERSION, RECORD_VERSION, type RecordingRecord, type StoredRecord, storedRecord, TABLE_NAMES, type TableName } from './tables.ts';
import { TABLE_SPECS, type TableItems } from './stored-tables.ts';

/** A table's readable items, and the records that couldn't be read (kept as they are, never dropped). */
export interface TableContents<Name extends TableName> {
  items: TableItems[Name][];
  damaged: StoredRecord[];
}

/** Why the app is not saving: another, newer Callback wrote the data, or the browser refused to open it. */
export type ReadOnlyReason = 'newer-data' | 'unavailable';

/** What persistence tells the store. The store turns these into what the screens show. */
export interface StorageEvents {
  /** A table's contents, first when loaded and then whenever it changes, in this tab or another. */
  contents: <Name extends TableName>(name: Name, contents: TableContents<Name>) => void;
  /** Saving is off for this session, and why. */
  readOnly: (reason: ReadOnlyReason) => void;
  /** A write failed: what wasn't saved stays in memory, and the person is told in words. */
  writeFailed: <Name extends TableName>(name: Name, items: readonly TableItems[Name][], message: string) => void;
  /** A write went through: anything it holds that was waiting unsaved is saved now. */
  writeSucceeded: <Name extends TableName>(name: Name, items: readonly TableItems[Name][]) => void;
}

interface Connection {
  db: CallbackDatabase;
  events: StorageEvents;
  readOnly: boolean;
  /** Writes in flight per table: a live query result from before they land would undo them on screen. */
  pending: Map<TableName, number>;
  /** The latest contents held back while writes were pending, applied once they land. */
  heldBack: Map<TableName, StoredRecord[]>;
  subscriptions: { unsubscribe: () => void }[];
}

let connection: Connection | null = null;

/** Splits stored records into readable items and damaged records, checking each on its own. */
export function readTable<Name extends TableName>(name: Name, records: readonly StoredRecord[]): TableContents<Name> {
  const spec = TABLE_SPECS[name];
  const items: TableItems[Name][] = [];
  const damaged: StoredRecord[] = [];
  for (const record of records) {
    const checked = record.v === RECORD_VERSION ? spec.check(record.data) : { ok: false as const };
    if (checked.ok) items.push(checked.value);
    else damaged.push(record);
  }
  return { items, damaged };
}

/** The names of an error and of what it wraps: Dexie wraps the browser's error (in `inner`, or per record in `failures`). */
function errorNames(error: unknown): string[] {
  if (!(error instanceof Error)) return [];
  const wrapped: unknown[] = [];
  if ('inner' in error) wrapped.push(error.inner);
  if ('failures' in error && Array.isArray(error.failures)) wrapped.push(...(error.failures as unknown[]));
  return [error.name, ...wrapped.flatMap(errorNames)];
}

/** Words for a failed write, for the person whose work it was. */
export function describeWriteFailure(error: unknown): string {
  if (errorNames(error).includes('QuotaExceededError')) return "Your browser's storage for this site is full, so this wasn't saved.";
  return "Your browser didn't let Callback save this.";
}

function deliver(current: Connection, name: TableName, records: StoredRecord[]): void {
  if ((current.pending.get(name) ?? 0) > 0) {
    current.heldBack.set(name, records);
    return;
  }
  current.heldBack.delete(name);
  current.events.contents(name, readTable(name, records));
}

async function write<Name extends TableName>(name: Name, items: readonly TableItems[Name][], run: (db: CallbackDatabase) => Promise<unknown>): Promise<boolean> {
  const current = connection;
  if (!current || current.readOnly) return false;
  current.pending.set(name, (current.pending.get(name) ?? 0) + 1);
  try {
    await run(current.db);
    current.events.writeSucceeded(name, items);
    return true;
  } catch (error) {
    current.events.writeFailed(name, items, describeWriteFailure(error));
    return false;
  } finally {
    current.pending.set(name, (current.pending.get(name) ?? 1) - 1);
    // A result held back may predate the write that just landed: read the table afresh instead.
    if (current.heldBack.has(name) && current.pending.get(name) === 0) {
      current.heldBack.delete(name);
      void current.db
        .tableNamed(name)
        .toArray()
        .then((records) => deliver(current, name, records))
        .catch(() => undefined);
    }
  }
}

/** Saves items, one record each, replacing any record with the same key. Resolves false if not saved. */
export function saveItems<Name extends TableName>(name: Name, items: readonly TableItems[Name][]): Promise<boolean> {
  const spec = TABLE_SPECS[name];
  const records = items.map((item) => storedRecord(spec.keyOf(item as never), item));
  return write(name, items, (db) => db.tableNamed(name).bulkPut(records));
}

/** Deletes records by key. Resolves false if the delete didn't go through. */
export function removeItems(name: TableName, keys: readonly string[]): Promise<boolean> {
  return write(name, [], (db) => db.tableNamed(name).bulkDelete([...keys]));
}

/** Deletes every record in every table: "Delete everything" in Your data. */
export function clearAllItems(): Promise<boolean> {
  return write('calls', [], (db) =>
    db.transaction('rw', [...TABLE_NAMES.map((name) => db.tableNamed(name)), db.recordings], () => Promise.all([...TABLE_NAMES.map((name) => db.tableNamed(name).clear()), db.recordings.clear()])),
  );
}

/** Saves items into several tables in one transaction: all of them, or (if any write fails) none. */
export function saveTogether(parts: readonly { name: TableName; items: readonly unknown[] }[]): Promise<boolean> {
  const tables = parts.map((part) => part.name);
  return write(tables[0] ?? 'calls', [], (db) =>
    db.transaction(
      'rw',
      tables.map((name) => db.tableNamed(name)),
      async () => {
        for (const part of parts) {
          const spec = TABLE_SPECS[part.name];
          await db.tableNamed(part.name).bulkPut(part.items.map((item) => storedRecord(spec.keyOf(item as never), item)));
        }
      },
    ),
  );
}

/** Whether the data holds a record from a newer Callback: then this app must not write at all. */
async function holdsNewerRecords(db: CallbackDatabase): Promise<boolean> {
  for (const name of TABLE_NAMES) {
    if (
      (await db
        .tableNamed(name)
        .filter((record) => record.v > RECORD_VERSION)
        .count()) > 0
    )
      return true;
  }
  return false;
}

/**
 * Opens the database and keeps the store in step with it: every table is watched with a live
 * query, so a change made in another tab shows here too. `beforeWatching` runs once the database
 * is open and writable (the one-time move from localStorage happens there).
 */
export async function connectStorage(db: CallbackDatabase, events: StorageEvents, beforeWatching: (db: CallbackDatabase) => Promise<void> = async () => {}): Promise<void> {
  disconnectStorage();
  // Dexie loads with the database, not with the first screen: the app draws while it arrives.
  const { liveQuery } = await import('dexie');
  let readOnly: boolean;
  try {
    await db.open();
    // Dexie opens a database a newer app upgraded at its installed version rather than failing:
    // compare the installed schema with the one this app declares (IndexedDB stores Dexie's × 10).
    readOnly = db.backendDB().version > DECLARED_SCHEMA_VERSION * 10 || (await holdsNewerRecords(db));
    if (readOnly) events.readOnly('newer-data');
    else {
      // A full disk must not hide what is already saved: report it, and go on to read the tables.
      await beforeWatching(db).catch((error: unknown) => events.writeFailed('calls', [], describeWriteFailure(error)));
    }
  } catch {
    events.readOnly('unavailable');
    return;
  }
  const current: Connection = { db, events, readOnly, pending: new Map(), heldBack: new Map(), subscriptions: [] };
  connection = current;
  for (const name of TABLE_NAMES) {
    const subscription = liveQuery(() => db.tableNamed(name).toArray()).subscribe({
      next: (records) => deliver(current, name, records),
      error: () => events.readOnly('unavailable'),
    });
    current.subscriptions.push(subscription);
  }
}

/** Stops watching and closes the database (tests, and a reconnect). */
export function disconnectStorage(): void {
  if (!connection) return;
  for (const subscription of connection.subscriptions) subscription.unsubscribe();
  connection.db.close();
  connection = null;
}

/** Saves recorded answers under their call. Resolves false if they weren't saved (they stay in memory). */
export async function saveRecordings(recordings: readonly RecordingRecord[]): Promise<boolean> {
  const current = connection;
  if (!current || current.readOnly || recordings.length === 0) return false;
  try {
    await current.db.recordings.bulkPut([...recordings]);
    return true;
  } catch (error) {
    current.events.writeFailed('calls', [], describeWriteFailure(error));
    return false;
  }
}

/** A saved recording and how it was made, or undefined when there is none (or no database). */
export async function loadRecording(key: string): Promise<Pick<RecordingRecord, 'clip' | 'details'> | undefined> {
  try {
    const record = await connection?.db.recordings.get(key);
    return record ? { clip: record.clip, ...(record.details ? { details: record.details } : {}) } : undefined;
  } catch {
    return undefined;
  }
}

/** Deletes one saved recording. Resolves false if it couldn't be deleted (read-only data, or no database). */
export async function deleteRecording(key: string): Promise<boolean> {
  const current = connection;
  if (!current || current.readOnly) return false;
  try {
    await current.db.recordings.delete(key);
    return true;
  } catch (error) {
    current.events.writeFailed('calls', [], describeWriteFailure(error));
    return false;
  }
}

/** How many recordings are saved and the bytes they take (each clip's size, without reading its audio). */
export async function recordingsUsage(): Promise<{ count: number; bytes: number }> {
  try {
    const records = (await connection?.db.recordings.toArray()) ?? [];
    return { count: records.length, bytes: records.reduce((sum, record) => sum + record.clip.size, 0) };
  } catch {
    return { count: 0, bytes: 0 };
  }
}
