import { z } from 'zod';
import { DEFAULT_SILENCE_TO_END_S } from '../lib/audio/turn-end.ts';

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
  /** Hands-free: the manager's lines are spoken, listening starts by itself, and a silence ends the reply. */
  handsFree: boolean;
  /** The silence that ends a hands-free reply, in seconds. */
  silenceToEndS: number;
}

export const DEFAULT_SETTINGS: Settings = { voiceOn: true, voiceName: null, rate: 1, practiceMode: false, dictationOn: false, handsFree: false, silenceToEndS: DEFAULT_SILENCE_TO_END_S };

/** Settings as saved: checked on load; settings saved before dictation or hands-free were choices read them as off. */
export const settingsSchema = z.object({
  voiceOn: z.boolean(),
  voiceName: z.string().nullable(),
  rate: z.number().min(0.5).max(2),
  practiceMode: z.boolean(),
  dictationOn: z.boolean().default(false),
  // Settings saved before hands-free existed read it as off, with the default silence.
  handsFree: z.boolean().default(false),
  silenceToEndS: z.number().min(0.5).max(4).default(DEFAULT_SILENCE_TO_END_S),
});
