import type { StateCreator } from 'zustand';
import type { Scenario } from '../domain/scenario/scenario-schema.ts';

/** A coach's own scenarios, written in the editor or imported, by id. */
export interface LibrarySlice {
  customScenarios: Record<string, Scenario>;
  saveScenario: (scenario: Scenario, replacingId?: string) => void;
  deleteScenario: (id: string) => void;
}

export const createLibrarySlice: StateCreator<LibrarySlice, [], [], LibrarySlice> = (set) => ({
  customScenarios: {},
  saveScenario: (scenario, replacingId) =>
    set((state) => {
      const next = { ...state.customScenarios };
      // Renaming a scenario in the editor moves it rather than leaving the old copy behind.
      if (replacingId !== undefined && replacingId !== scenario.id) delete next[replacingId];
      next[scenario.id] = scenario;
      return { customScenarios: next };
    }),
  deleteScenario: (id) =>
    set((state) => {
      const { [id]: _removed, ...rest } = state.customScenarios;
      return { customScenarios: rest };
    }),
});
