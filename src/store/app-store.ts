import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createHistorySlice, type HistorySlice } from './history-slice.ts';
import { createScriptsSlice, type ScriptsSlice } from './scripts-slice.ts';
import { callRecordSchema, scriptSchema, settingsSchema } from './saved-data-schema.ts';
import { createSettingsSlice, DEFAULT_SETTINGS, type SettingsSlice } from './settings-slice.ts';

/** The whole app state: one store built from slices. */
export type AppState = HistorySlice & SettingsSlice & ScriptsSlice;

/** The saved-data version. Bump it and add a step to `migrateSavedState` when the shape changes. */
export const SAVED_STATE_VERSION = 1;
export const STORAGE_KEY = 'callback';

const savedStateSchema = z.object({
  calls: z
    .array(z.unknown())
    .catch([])
    .transform((calls) => calls.flatMap((call) => {
      const parsed = callRecordSchema.safeParse(call);
      return parsed.success ? [parsed.data] : [];
    })),
  settings: settingsSchema.catch(DEFAULT_SETTINGS),
  scripts: z.record(z.string(), scriptSchema).catch({}),
});

type SavedState = Pick<AppState, 'calls' | 'settings' | 'scripts'>;

/**
 * Reads saved data of any version. Corrupt parts fall back to their defaults one field at a time,
 * so a damaged settings object never costs the candidate their history.
 */
export function migrateSavedState(persisted: unknown, _version: number): SavedState {
  const parsed = savedStateSchema.safeParse(persisted ?? {});
  return parsed.success ? parsed.data : { calls: [], settings: DEFAULT_SETTINGS, scripts: {} };
}

export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createHistorySlice(...args),
      ...createSettingsSlice(...args),
      ...createScriptsSlice(...args),
    }),
    {
      name: STORAGE_KEY,
      version: SAVED_STATE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (state): SavedState => ({ calls: state.calls, settings: state.settings, scripts: state.scripts }),
      migrate: migrateSavedState,
      // Validate on every load, not only on version changes: saved data may have been edited.
      merge: (persisted, current) => ({ ...current, ...migrateSavedState(persisted, SAVED_STATE_VERSION) }),
    },
  ),
);
