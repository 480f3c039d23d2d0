import Dexie, { type Table } from 'dexie';
import type { MetaRecord, RecordingRecord, StoredRecord, TableName } from './tables.ts';

/** The name of the IndexedDB database in the browser. */
export const DATABASE_NAME = 'callback';

/**
 * Callback's IndexedDB database. Each Dexie version is an upgrade step: add a new
 * `this.version(n).stores({...}).upgrade(...)` below the last one, and never edit an old one.
 */
export class CallbackDatabase extends Dexie {
  calls!: Table<StoredRecord, string>;
  scripts!: Table<StoredRecord, string>;
  scenarios!: Table<StoredRecord, string>;
  assignments!: Table<StoredRecord, string>;
  receivedComments!: Table<StoredRecord, string>;
  results!: Table<StoredRecord, string>;
  draftComments!: Table<StoredRecord, string>;
  settings!: Table<StoredRecord, string>;
  meta!: Table<MetaRecord, string>;
  recordings!: Table<RecordingRecord, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1: the tables as they were when saved data moved from one localStorage key to IndexedDB.
    this.version(1).stores({
      calls: 'key',
      scripts: 'key',
      scenarios: 'key',
      assignments: 'key',
      receivedComments: 'key',
      results: 'key',
      draftComments: 'key',
      settings: 'key',
      meta: 'key',
    });
    // Version 2: recordings of spoken answers, which until then lived only in the tab's memory.
    this.version(2).stores({ recordings: 'key, callId' });
    // Keep DECLARED_SCHEMA_VERSION (tables.ts) equal to the last version here.
  }

  /** The table by name. */
  tableNamed(name: TableName): Table<StoredRecord, string> {
    return this[name];
  }
}
