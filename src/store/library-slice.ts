import type { StateCreator } from 'zustand';
import type { Scenario } from '../domain/scenario/scenario-schema.ts';
import { removeItems, saveItems } from './persistence.ts';

/** A coach's own scenarios, written in the editor or imported, by id. */
export interface LibrarySlice {
  customScenarios: Record<string, Scenario>;
  saveScenario: (scenario: Scenario, replacingId?: string) => void;
  deleteScenario: (id: string) => void;
}

function without<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));
}

export const createLibrarySlice: StateCreator<LibrarySlice, [], [], LibrarySlice> = (set) => ({
  customScenarios: {},
  saveScenario: (scenario, replacingId) => {
    // Renaming a scenario in the editor moves it rather than leaving the old copy behind.
    const moved = replacingId !== undefined && replacingId !== scenario.id;
    set((state) => ({ customScenarios: Object.fromEntries([...Object.entries(moved ? without(state.customScenarios, replacingId) : state.customScenarios), [scenario.id, scenario]]) }));
    void saveItems('scenarios', [scenario]).then((saved) => saved && moved && removeItems('scenarios', [replacingId]));
  },
  deleteScenario: (id) => {
    set((state) => ({ customScenarios: without(state.customScenarios, id) }));
    void removeItems('scenarios', [id]);
  },
});
