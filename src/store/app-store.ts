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
 * The saved-data version. Bump it and add a step to `migrateSavedState` when the shape changes.
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
 * Reads saved data of any version. Corrupt parts fall back to their defaults one field at a time,
 * so a damaged settings object never costs the candidate their history. Version 1 had no coach
 * or workshop data; those parts start empty, which the per-field defaults already give.
 */
export function migrateSavedState(persisted: unknown, _version: number): SavedState {
  const parsed = savedStateSchema.safeParse(persisted ?? {});
  return parsed.success ? parsed.data : EMPTY_SAVED_STATE;
}

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
      storage: createJSONStorage(() => localStorage),
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
      migrate: migrateSavedState,
      // Validate on every load, not only on version changes: saved data may have been edited.
      merge: (persisted, current) => ({ ...current, ...migrateSavedState(persisted, SAVED_STATE_VERSION) }),
    },
  ),
);
