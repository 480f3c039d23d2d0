import type { StateCreator } from 'zustand';
import { EMPTY_SCRIPT, type Script, type ScriptPart } from '../domain/script/script.ts';
import { saveItems } from './persistence.ts';

/** What the candidate plans to say, per scenario. */
export interface ScriptsSlice {
  scripts: Record<string, Script>;
  /** Saves one part of one script: each part is its own record, so two tabs editing different parts both keep theirs. */
  updateScript: (scenarioId: string, part: ScriptPart, text: string) => void;
}

export const createScriptsSlice: StateCreator<ScriptsSlice, [], [], ScriptsSlice> = (set) => ({
  scripts: {},
  updateScript: (scenarioId, part, text) => {
    set((state) => {
      const current = Object.hasOwn(state.scripts, scenarioId) ? state.scripts[scenarioId] : undefined;
      return { scripts: Object.fromEntries([...Object.entries(state.scripts), [scenarioId, { ...(current ?? EMPTY_SCRIPT), [part]: text }]]) };
    });
    void saveItems('scripts', [{ scenarioId, part, text }]);
  },
});
