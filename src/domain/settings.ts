import { z } from 'zod';

/** How the candidate likes to practise. */
export interface Settings {
  /** Speak the manager's lines aloud where the browser has a voice. */
  voiceOn: boolean;
  voiceName: string | null;
  rate: number;
  /** Practice mode shows hints during the call; off by default, as on a real call. */
  practiceMode: boolean;
  /** Dictation through the browser's speech recognition, which may send audio off the device: off until turned on. */
  dictationOn: boolean;
}

export const DEFAULT_SETTINGS: Settings = { voiceOn: true, voiceName: null, rate: 1, practiceMode: false, dictationOn: false };

/** Settings as saved: checked on load; settings saved before dictation was a choice read it as off. */
export const settingsSchema = z.object({
  voiceOn: z.boolean(),
  voiceName: z.string().nullable(),
  rate: z.number().min(0.5).max(2),
  practiceMode: z.boolean(),
  dictationOn: z.boolean().default(false),
});
