import { useEffect, useMemo, useRef, useState } from 'react';
import { browserSpeechInput, type SpeechInput, type SpeechInputFailure } from '../../lib/device/speech-input.ts';

/**
 * Dictation into the reply box through the browser's speech recognition. Words heard are added
 * after what was already typed; a failure is reported once, in words.
 */
export function useVoiceInput(onText: (text: string) => void, makeInput: () => SpeechInput = browserSpeechInput) {
  const listener = useMemo(() => makeInput(), [makeInput]);
  const [listening, setListening] = useState(false);
  const [failure, setFailure] = useState<SpeechInputFailure | null>(() => (listener.supported() ? null : 'unsupported'));
  const stop = useRef<(() => void) | null>(null);
  const latestOnText = useRef(onText);
  useEffect(() => {
    latestOnText.current = onText;
  }, [onText]);
  useEffect(() => () => stop.current?.(), []);

  const toggle = (draftBefore: string) => {
    if (listening) {
      stop.current?.();
      return;
    }
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
