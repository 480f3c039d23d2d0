import type { StateCreator } from 'zustand';
import type { CallRecord } from '../domain/call/call-record.ts';
import { type StoredRecord, TABLE_NAMES, type TableName } from './tables.ts';
import type { ReadOnlyReason } from './persistence.ts';

/** Where saved data stands, for the screens to show in words. */
export interface StorageState {
  /** Loading until every table has been read once; then ready, or read-only with a reason. */
  phase: 'loading' | 'ready' | 'read-only';
  loadedTables: readonly TableName[];
  readOnlyReason: ReadOnlyReason | null;
  /** Records that couldn't be read, per table: kept as they are, counted on screen, exportable. */
  damaged: Partial<Record<TableName, StoredRecord[]>>;
  /** The last write that failed, in words, while it stays unsaved. */
  problem: string | null;
  /** Finished calls that couldn't be saved: kept here for this page, and offered for export. */
  unsavedCalls: CallRecord[];
}

/** The storage status the app shows, and the actions persistence reports through. */
export interface StorageSlice {
  storage: StorageState;
  markLoaded: (name: TableName, damaged: StoredRecord[]) => void;
  markReadOnly: (reason: ReadOnlyReason) => void;
  markWriteFailed: (name: TableName, calls: readonly CallRecord[], message: string) => void;
  markWriteSucceeded: (name: TableName, calls: readonly CallRecord[]) => void;
}

export const INITIAL_STORAGE: StorageState = { phase: 'loading', loadedTables: [], readOnlyReason: null, damaged: {}, problem: null, unsavedCalls: [] };

export const createStorageSlice: StateCreator<StorageSlice, [], [], StorageSlice> = (set) => ({
  storage: INITIAL_STORAGE,
  markLoaded: (name, damaged) =>
    set((state) => {
      const loadedTables = state.storage.loadedTables.includes(name) ? state.storage.loadedTables : [...state.storage.loadedTables, name];
      const phase = state.storage.phase === 'loading' && loadedTables.length === TABLE_NAMES.length ? 'ready' : state.storage.phase;
      return { storage: { ...state.storage, phase, loadedTables, damaged: { ...state.storage.damaged, [name]: damaged } } };
    }),
  markReadOnly: (reason) => set((state) => ({ storage: { ...state.storage, phase: 'read-only', readOnlyReason: reason } })),
  markWriteFailed: (name, calls, message) =>
    set((state) => ({
      storage: {
        ...state.storage,
        problem: message,
        unsavedCalls: name === 'calls' ? [...calls, ...state.storage.unsavedCalls.filter((kept) => !calls.some((call) => call.id === kept.id))] : state.storage.unsavedCalls,
      },
    })),
  markWriteSucceeded: (name, calls) =>
    set((state) => {
      const unsavedCalls = name === 'calls' ? state.storage.unsavedCalls.filter((kept) => !calls.some((call) => call.id === kept.id)) : state.storage.unsavedCalls;
      if (state.storage.problem === null && unsavedCalls.length === state.storage.unsavedCalls.length) return state;
      return { storage: { ...state.storage, problem: null, unsavedCalls } };
    }),
});
