import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings.ts';
import { saveItems } from './persistence.ts';

export interface SettingsSlice {
  settings: Settings;
  updateSettings: (changes: Partial<Settings>) => void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set, get) => ({
  settings: DEFAULT_SETTINGS,
  updateSettings: (changes) => {
    set((state) => ({ settings: { ...state.settings, ...changes } }));
    void saveItems('settings', [get().settings]);
  },
});
