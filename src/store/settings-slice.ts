import { z } from 'zod';
import type { StateCreator } from 'zustand';

/** How the candidate likes to practise. */
export interface Settings {
  /** Speak the manager's lines aloud where the browser has a voice. */
  voiceOn: boolean;
  voiceName: string | null;
  rate: number;
  /** Practice mode shows hints during the call; off by default, as on a real call. */
  practiceMode: boolean;
}

export interface SettingsSlice {
  settings: Settings;
  updateSettings: (changes: Partial<Settings>) => void;
}

export const DEFAULT_SETTINGS: Settings = { voiceOn: true, voiceName: null, rate: 1, practiceMode: false };

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  updateSettings: (changes) => set((state) => ({ settings: { ...state.settings, ...changes } })),
});

/** Settings as saved: checked on load, so a damaged value falls back to the default. */
export const settingsSchema = z.object({ voiceOn: z.boolean(), voiceName: z.string().nullable(), rate: z.number().min(0.5).max(2), practiceMode: z.boolean() });
