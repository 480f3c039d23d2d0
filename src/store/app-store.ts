import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { type Assignment, assignmentFormat } from '../domain/assignment/assignment-format.ts';
import { validate } from '../lib/versioned-format.ts';
import { resultFileFormat } from '../domain/result/result-file.ts';
import { validateScenario } from '../domain/scenario/scenario-format.ts';
import type { Scenario } from '../domain/scenario/scenario-schema.ts';
import { createAssignmentsSlice, type AssignmentsSlice } from './assignments-slice.ts';
import { createHistorySlice, type HistorySlice } from './history-slice.ts';
import { createLibrarySlice, type LibrarySlice } from './library-slice.ts';
import { createReviewsSlice, type ReviewsSlice } from './reviews-slice.ts';
import { createScriptsSlice, type ScriptsSlice } from './scripts-slice.ts';
import { settingsSchema } from './settings-slice.ts';
import { scriptSchema } from '../domain/script/script.ts';
import { callRecordSchema } from '../domain/call/call-record.ts';
import { createSettingsSlice, DEFAULT_SETTINGS, type SettingsSlice } from './settings-slice.ts';

/** The whole app state: one store built from slices. */
export type AppState = HistorySlice & SettingsSlice & ScriptsSlice & LibrarySlice & AssignmentsSlice & ReviewsSlice;

/**
 * The saved-data version. Bump it and add a named step to SAVED_STATE_STEPS when the shape changes.
 * 1: calls, settings, scripts. 2: adds the coach's scenarios, assignments, comments and results.
 */
export const SAVED_STATE_VERSION = 2;
export const STORAGE_KEY = 'callback';

const savedStateSchema = z.object({
  calls: keepValidItems(callRecordSchema),
  settings: settingsSchema.catch(DEFAULT_SETTINGS),
  scripts: z.record(z.string(), scriptSchema).catch({}),
  customScenarios: keepValid(
    (value) => validateScenario(value),
    (scenario: Scenario) => scenario.id,
  ),
  // Saved assignments were checked when they arrived; the checksum belongs to the file, not the store.
  assignments: keepValid(
    (value) => validate({ ...assignmentFormat, checksummed: false }, value),
    (assignment: Assignment) => assignment.id,
  ),
  receivedComments: z.record(z.string(), z.object({ coach: z.string(), about: z.string(), writtenAt: z.string(), byTurn: z.record(z.string(), z.string()) })).catch({}),
  results: keepValidItems(resultFileFormat.schema),
  draftComments: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.string()))).catch({}),
});

/** A list of saved items, each checked on its own; damaged ones are dropped and the rest kept. */
function keepValidItems<Schema extends z.ZodType>(schema: Schema) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items.flatMap((item): z.output<Schema>[] => {
        const parsed = schema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      }),
    );
}

/** A record of saved items, each checked on its own and re-keyed by its id; damaged ones are dropped. */
function keepValid<T>(check: (value: unknown) => { ok: true; value: T } | { ok: false }, idOf: (item: T) => string) {
  return z
    .record(z.string(), z.unknown())
    .catch({})
    .transform((items) => {
      const kept: Record<string, T> = {};
      for (const value of Object.values(items)) {
        const checked = check(value);
        if (checked.ok) kept[idOf(checked.value)] = checked.value;
      }
      return kept;
    });
}

type SavedState = Pick<AppState, 'calls' | 'settings' | 'scripts' | 'customScenarios' | 'assignments' | 'receivedComments' | 'results' | 'draftComments'>;
const EMPTY_SAVED_STATE: SavedState = { calls: [], settings: DEFAULT_SETTINGS, scripts: {}, customScenarios: {}, assignments: {}, receivedComments: {}, results: [], draftComments: {} };

/**
 * Reads saved data of the current version. Corrupt parts fall back to their defaults one field at
 * a time, so a damaged settings object never costs the candidate their history.
 */
export function readSavedState(persisted: unknown): SavedState {
  const parsed = savedStateSchema.safeParse(persisted ?? {});
  return parsed.success ? parsed.data : EMPTY_SAVED_STATE;
}

/** Upgrades saved data from the version it is keyed by to the next. */
type SavedStateStep = (state: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 2 brought the coach's own scenarios and assignments, the comments a candidate receives,
 * and the results and draft comments a coach or facilitator keeps. Someone who only ever used
 * version 1 has none of them yet; their calls, settings and scripts carry over as they are.
 */
export const v1ToV2: SavedStateStep = (v1) => ({ ...v1, customScenarios: {}, assignments: {}, receivedComments: {}, results: [], draftComments: {} });

const SAVED_STATE_STEPS: Readonly<Record<number, SavedStateStep>> = { 1: v1ToV2 };

/** Saved data this app must not read or write: another Callback, newer than this one, wrote it. */
export class NewerSavedStateError extends Error {
  constructor(readonly version: number) {
    super(`the saved data is version ${version}, written by a newer Callback; this app reads up to version ${SAVED_STATE_VERSION}, so it leaves the data as it is`);
    this.name = 'NewerSavedStateError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings saved data written as `version` up to SAVED_STATE_VERSION, one named step at a time, then
 * reads it. Throws, changing nothing, when a newer app wrote it or a step is missing: guessing at
 * a shape this app doesn't know would lose whatever it didn't recognise.
 */
export function migrateSavedState(persisted: unknown, version: number): SavedState {
  if (version > SAVED_STATE_VERSION) throw new NewerSavedStateError(version);
  // Callback has always saved a whole version from 1 up; anything else was edited by hand, and is
  // read field by field like any other damaged data.
  if (!Number.isInteger(version) || version < 1) return readSavedState(persisted);
  let state = isRecord(persisted) ? persisted : {};
  for (let from = version; from < SAVED_STATE_VERSION; from++) {
    const step = SAVED_STATE_STEPS[from];
    if (!step) throw new Error(`no step brings saved data from version ${from} to ${from + 1}`);
    state = step(state);
  }
  return readSavedState(state);
}

/**
 * Set when the saved data could not be migrated (a newer Callback wrote it, or a step is missing).
 * This app then runs on empty data but never saves over it, so opening an old copy of the app in
 * the same browser loses nothing.
 */
let leaveSavedDataAlone = false;
const browserStorage = createJSONStorage<SavedState>(() => localStorage);

export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createHistorySlice(...args),
      ...createSettingsSlice(...args),
      ...createScriptsSlice(...args),
      ...createLibrarySlice(...args),
      ...createAssignmentsSlice(...args),
      ...createReviewsSlice(...args),
    }),
    {
      name: STORAGE_KEY,
      version: SAVED_STATE_VERSION,
      storage: browserStorage && {
        ...browserStorage,
        setItem: (name, value) => (leaveSavedDataAlone ? undefined : browserStorage.setItem(name, value)),
      },
      partialize: (state): SavedState => ({
        calls: state.calls,
        settings: state.settings,
        scripts: state.scripts,
        customScenarios: state.customScenarios,
        assignments: state.assignments,
        receivedComments: state.receivedComments,
        results: state.results,
        draftComments: state.draftComments,
      }),
      migrate: (persisted, version) => {
        try {
          return migrateSavedState(persisted, version);
        } catch (error) {
          leaveSavedDataAlone = true;
          throw error;
        }
      },
      // Validate on every load, not only on version changes: saved data may have been edited.
      merge: (persisted, current) => ({ ...current, ...readSavedState(persisted) }),
    },
  ),
);
