import type { StateCreator } from 'zustand';

/** The parts of a call a candidate plans in the script pad. */
export const SCRIPT_PARTS = ['opening', 'reason', 'ask', 'thankYou'] as const;
export type ScriptPart = (typeof SCRIPT_PARTS)[number];
export type Script = Record<ScriptPart, string>;

export const EMPTY_SCRIPT: Script = { opening: '', reason: '', ask: '', thankYou: '' };

/** What the candidate plans to say, per scenario. */
export interface ScriptsSlice {
  scripts: Record<string, Script>;
  updateScript: (scenarioId: string, part: ScriptPart, text: string) => void;
}

export const createScriptsSlice: StateCreator<ScriptsSlice, [], [], ScriptsSlice> = (set) => ({
  scripts: {},
  updateScript: (scenarioId, part, text) =>
    set((state) => ({ scripts: { ...state.scripts, [scenarioId]: { ...(state.scripts[scenarioId] ?? EMPTY_SCRIPT), [part]: text } } })),
});
