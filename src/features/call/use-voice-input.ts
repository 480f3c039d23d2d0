import { useEffect, useMemo, useRef, useState } from 'react';
import { browserSpeechInput, type SpeechInput, type SpeechInputFailure } from '../../lib/device/speech-input.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { SettingsSlice } from '../../store/settings-slice.ts';

type Settings = SettingsSlice['settings'];

/**
 * Whether the candidate has turned dictation on. Read through `in` so this compiles whether or not
 * Settings has `dictationOn` yet, and anything but a saved `true` counts as off.
 */
export function dictationOnIn(settings: Settings): boolean {
  return 'dictationOn' in settings && settings.dictationOn === true;
}

/** The settings change that keeps the choice, typed to compile whether or not Settings has `dictationOn` yet. */
function dictationChange(on: boolean): Partial<Settings> {
  const change: Partial<Settings> & { dictationOn?: boolean } = { dictationOn: on };
  return change;
}

/** The candidate's choice about dictation, and how to change it. */
export interface DictationChoice {
  on: boolean;
  setOn: (on: boolean) => void;
}

/**
 * Dictation is off until the candidate turns it on, because the browser's recogniser may send
 * their voice to its maker. The choice is held here as well as passed to the settings: where the
 * saved settings don't know `dictationOn` yet, they drop it on load, and it lasts for this call.
 */
export function useDictationChoice(): DictationChoice {
  const saved = useAppStore((state) => dictationOnIn(state.settings));
  const updateSettings = useAppStore((state) => state.updateSettings);
  const [on, setLocal] = useState(saved);
  const setOn = (next: boolean) => {
    setLocal(next);
    updateSettings(dictationChange(next));
  };
  return { on, setOn };
}

/**
 * Dictation into the reply box through the browser's speech recognition. Words heard are added
 * after what was already typed; a failure is reported once, in words. Nothing listens while
 * `enabled` is false, and turning it off stops a recogniser that is listening.
 */
export function useVoiceInput(onText: (text: string) => void, enabled: boolean, makeInput: () => SpeechInput = browserSpeechInput) {
  const listener = useMemo(() => makeInput(), [makeInput]);
  const [listening, setListening] = useState(false);
  const [failure, setFailure] = useState<SpeechInputFailure | null>(() => (listener.supported() ? null : 'unsupported'));
  const stop = useRef<(() => void) | null>(null);
  const latestOnText = useRef(onText);
  useEffect(() => {
    latestOnText.current = onText;
  }, [onText]);
  useEffect(() => {
    if (!enabled) stop.current?.();
  }, [enabled]);
  useEffect(() => () => stop.current?.(), []);

  const toggle = (draftBefore: string) => {
    if (listening) {
      stop.current?.();
      return;
    }
    if (!enabled) return;
    setFailure(null);
    setListening(true);
    const before = draftBefore.trim();
    stop.current = listener.listen({
      onText: (text) => latestOnText.current(before ? `${before} ${text}` : text),
      onFailure: setFailure,
      onEnd: () => {
        setListening(false);
        stop.current = null;
      },
    });
  };
  return { listening, failure, toggle };
}
