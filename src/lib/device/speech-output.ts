/** Speaks the manager's lines. Behind an interface so tests (and browsers without voices) fake it. */
export interface SpeechOutput {
  /** Whether any voice is available; captions are shown either way. */
  available: () => boolean;
  voices: () => string[];
  speak: (text: string, options: { voiceName: string | null; rate: number }) => void;
  cancel: () => void;
  /** Whether a line is being spoken now: hands-free listening waits for the manager to finish. */
  speaking: () => boolean;
}

/** The browser's speech synthesis, or a silent stand-in where there is none. */
export function browserSpeechOutput(): SpeechOutput {
  const synth = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
  return {
    available: () => !!synth && synth.getVoices().length > 0,
    voices: () => synth?.getVoices().map((voice) => voice.name) ?? [],
    speak: (text, { voiceName, rate }) => {
      if (!synth) return;
      const utterance = new SpeechSynthesisUtterance(text);
      const voice = synth.getVoices().find((candidate) => candidate.name === voiceName);
      if (voice) utterance.voice = voice;
      utterance.rate = rate;
      synth.speak(utterance);
    },
    cancel: () => synth?.cancel(),
    speaking: () => !!synth && (synth.speaking || synth.pending),
  };
}
