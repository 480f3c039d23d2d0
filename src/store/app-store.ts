import { create } from 'zustand';
import { EMPTY_SCRIPT, type Script } from '../domain/script/script.ts';
import { DEFAULT_SETTINGS } from '../domain/settings.ts';
import { createAssignmentsSlice, type AssignmentsSlice } from './assignments-slice.ts';
import type { CallbackDatabase } from './database.ts';
import type { TableName } from './tables.ts';
import { createHistorySlice, type HistorySlice } from './history-slice.ts';
import { LEGACY_BACKUP_KEY, moveLocalStorageIntoDatabase } from './legacy-local-storage.ts';
import { createLibrarySlice, type LibrarySlice } from './library-slice.ts';
import { clearAllItems, connectStorage, type TableContents } from './persistence.ts';
import { LIVE_CALL_KEY } from './live-call-storage.ts';
import { forgetAllRecordings } from './recordings.ts';
import { createReviewsSlice, type ReviewsSlice } from './reviews-slice.ts';
import { createScriptsSlice, type ScriptsSlice } from './scripts-slice.ts';
import { createSettingsSlice, type SettingsSlice } from './settings-slice.ts';
import { createStorageSlice, type StorageSlice } from './storage-slice.ts';
import type { TableItems } from './stored-tables.ts';

/**
 * The app state: what the screens show. The saved parts mirror the IndexedDB tables: actions write
 * a record at a time, and live queries bring every change back here, from this tab or another.
 */
export type AppState = HistorySlice & SettingsSlice & ScriptsSlice & LibrarySlice & AssignmentsSlice & ReviewsSlice & StorageSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createHistorySlice(...args),
  ...createSettingsSlice(...args),
  ...createScriptsSlice(...args),
  ...createLibrarySlice(...args),
  ...createAssignmentsSlice(...args),
  ...createReviewsSlice(...args),
  ...createStorageSlice(...args),
}));

function scriptsFrom(parts: readonly TableItems['scripts'][]): Record<string, Script> {
  const scripts = new Map<string, Script>();
  for (const part of parts) scripts.set(part.scenarioId, { ...(scripts.get(part.scenarioId) ?? EMPTY_SCRIPT), [part.part]: part.text });
  return Object.fromEntries(scripts);
}

function draftsFrom(drafts: readonly TableItems['draftComments'][]): AppState['draftComments'] {
  const byFile = new Map<string, Map<string, Map<string, string>>>();
  for (const draft of drafts) {
    const byCall = byFile.get(draft.resultKey) ?? new Map<string, Map<string, string>>();
    const byTurn = byCall.get(draft.callId) ?? new Map<string, string>();
    byTurn.set(draft.turn, draft.text);
    byCall.set(draft.callId, byTurn);
    byFile.set(draft.resultKey, byCall);
  }
  return Object.fromEntries([...byFile].map(([key, byCall]) => [key, Object.fromEntries([...byCall].map(([callId, byTurn]) => [callId, Object.fromEntries(byTurn)]))]));
}

const newestFirst = (calls: readonly TableItems['calls'][]) => [...calls].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));

/** How each table's readable items become the state the screens read. */
const MIRRORS: { [Name in TableName]: (items: TableItems[Name][], state: AppState) => Partial<AppState> } = {
  // A finished call that couldn't be saved stays on screen until the page closes.
  calls: (items, state) => ({ calls: newestFirst([...state.storage.unsavedCalls.filter((call) => !items.some((saved) => saved.id === call.id)), ...items]) }),
  scripts: (items) => ({ scripts: scriptsFrom(items) }),
  scenarios: (items) => ({ customScenarios: Object.fromEntries(items.map((scenario) => [scenario.id, scenario])) }),
  assignments: (items) => ({ assignments: Object.fromEntries(items.map((assignment) => [assignment.id, assignment])) }),
  receivedComments: (items) => ({ receivedComments: Object.fromEntries(items.map((comments) => [comments.callId, comments])) }),
  results: (items) => ({ results: items }),
  draftComments: (items) => ({ draftComments: draftsFrom(items) }),
  settings: (items) => ({ settings: items[0] ?? DEFAULT_SETTINGS }),
};

function mirror<Name extends TableName>(name: Name, contents: TableContents<Name>): void {
  const store = useAppStore.getState();
  useAppStore.setState(MIRRORS[name](contents.items, store));
  useAppStore.getState().markLoaded(name, contents.damaged);
}

/**
 * Opens the database and keeps the store in step with it. Called once when the app starts (and
 * by tests, with a database of their own).
 */
export async function startStorage(db?: CallbackDatabase): Promise<void> {
  const database = db ?? new (await import('./database.ts')).CallbackDatabase();
  return connectStorage(
    database,
    {
      contents: mirror,
      readOnly: (reason) => useAppStore.getState().markReadOnly(reason),
      writeFailed: (name, items, message) => useAppStore.getState().markWriteFailed(name, name === 'calls' ? (items as readonly unknown[] as TableItems['calls'][]) : [], message),
      writeSucceeded: (name, items) => useAppStore.getState().markWriteSucceeded(name, name === 'calls' ? (items as readonly unknown[] as TableItems['calls'][]) : []),
    },
    (opened) => moveLocalStorageIntoDatabase(opened),
  );
}

/**
 * "Delete everything": every record and recording in the database, the copy kept from before
 * IndexedDB, the call in progress, and whatever is held in memory unsaved. Resolves false (and
 * changes nothing in the database) if the browser refuses.
 */
export async function deleteEverything(storage: Storage | undefined = globalThis.localStorage): Promise<boolean> {
  if (!(await clearAllItems())) return false;
  storage?.removeItem(LEGACY_BACKUP_KEY);
  storage?.removeItem(LIVE_CALL_KEY);
  forgetAllRecordings();
  useAppStore.setState((state) => ({ calls: [], storage: { ...state.storage, unsavedCalls: [], problem: null } }));
  return true;
}
