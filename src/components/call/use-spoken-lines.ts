import { useEffect, useMemo, useRef } from 'react';
import type { TranscriptEntry } from '../../domain/call/call-types.ts';
import { useAppStore } from '../../store/app-store.ts';
import { browserSpeechOutput, type SpeechOutput } from '../../lib/device/speech-output.ts';

/**
 * Speaks each new line from the company's side as it joins the transcript, in the candidate's
 * chosen voice and speed, and stops speaking when the screen goes. Lines before `alreadySaid`
 * (a resumed call) are not repeated.
 */
export function useSpokenLines(transcript: readonly TranscriptEntry[], alreadySaid = 0): SpeechOutput {
  const settings = useAppStore((state) => state.settings);
  const speech = useMemo(() => browserSpeechOutput(), []);
  const spoken = useRef(alreadySaid);
  useEffect(() => {
    for (const entry of transcript.slice(spoken.current)) {
      if (entry.speaker !== 'candidate' && settings.voiceOn) speech.speak(entry.text, { voiceName: settings.voiceName, rate: settings.rate });
    }
    spoken.current = transcript.length;
  }, [transcript, settings.voiceOn, settings.voiceName, settings.rate, speech]);
  useEffect(() => () => speech.cancel(), [speech]);
  return speech;
}
