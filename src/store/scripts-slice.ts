import type { StateCreator } from 'zustand';
import { EMPTY_SCRIPT, type Script, type ScriptPart } from '../domain/script/script.ts';

/** What the candidate plans to say, per scenario. */
export interface ScriptsSlice {
  scripts: Record<string, Script>;
  updateScript: (scenarioId: string, part: ScriptPart, text: string) => void;
}

export const createScriptsSlice: StateCreator<ScriptsSlice, [], [], ScriptsSlice> = (set) => ({
  scripts: {},
  updateScript: (scenarioId, part, text) => set((state) => ({ scripts: { ...state.scripts, [scenarioId]: { ...(state.scripts[scenarioId] ?? EMPTY_SCRIPT), [part]: text } } })),
});
