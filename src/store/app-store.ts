import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createHistorySlice, type HistorySlice } from './history-slice.ts';
import { createScriptsSlice, type ScriptsSlice } from './scripts-slice.ts';
import { createSettingsSlice, DEFAULT_SETTINGS, type SettingsSlice } from './settings-slice.ts';

/** The whole app state: one store built from slices. */
export type AppState = HistorySlice & SettingsSlice & ScriptsSlice;

/** The saved-data version. Bump it and add a step to `migrateSavedState` when the shape changes. */
export const SAVED_STATE_VERSION = 1;
export const STORAGE_KEY = 'callback';

const dimensionScores = { defensiveness: z.number(), credibility: z.number(), professionalism: z.number() };
const findingSchema = z.object({
  dimension: z.enum(['defensiveness', 'credibility', 'professionalism']),
  start: z.number(),
  end: z.number(),
  phrase: z.string(),
  points: z.number(),
  rule: z.string(),
  heard: z.string(),
  better: z.string().optional(),
});

/** One saved call. Checked record by record, so one damaged call never costs the others. */
const callRecordSchema = z.object({
  id: z.string(),
  finishedAt: z.string(),
  output: z.object({
    scenarioId: z.string(),
    seed: z.number(),
    outcome: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('ending'), endingId: z.string(), title: z.string(), outcome: z.enum(['yes', 'open', 'no', 'voicemail', 'screened-out']) }),
      z.object({ kind: z.literal('hung-up') }),
      z.object({ kind: z.literal('no-reply') }),
    ]),
    transcript: z.array(z.object({ speaker: z.enum(['manager', 'gatekeeper', 'voicemail', 'candidate']), text: z.string(), atMs: z.number(), nodeId: z.string() })),
    turns: z.array(z.object({ nodeId: z.string(), managerLine: z.string(), reply: z.string(), ledTo: z.string(), score: z.object({ ...dimensionScores, findings: z.array(findingSchema) }) })),
    durationMs: z.number(),
  }),
  grade: z.object({
    scores: z.object(dimensionScores),
    verdicts: z.object({ defensiveness: z.string(), credibility: z.string(), professionalism: z.string() }),
    bestTurn: z.number().nullable(),
    worstTurn: z.number().nullable(),
    closing: z.object({ applies: z.boolean(), thanked: z.boolean(), noPushback: z.boolean(), doorLeftOpen: z.boolean(), gracious: z.boolean(), reply: z.string(), advice: z.string() }),
  }),
});

const savedStateSchema = z.object({
  calls: z
    .array(z.unknown())
    .catch([])
    .transform((calls) => calls.flatMap((call) => {
      const parsed = callRecordSchema.safeParse(call);
      return parsed.success ? [parsed.data] : [];
    })),
  settings: z
    .object({ voiceOn: z.boolean(), voiceName: z.string().nullable(), rate: z.number().min(0.5).max(2), practiceMode: z.boolean() })
    .catch(DEFAULT_SETTINGS),
  scripts: z.record(z.string(), z.object({ opening: z.string(), reason: z.string(), ask: z.string(), thankYou: z.string() })).catch({}),
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
