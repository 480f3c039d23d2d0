/** Why listening stopped working; each switches the candidate to typing with its own message. */
export type SpeechInputFailure = 'unsupported' | 'not-allowed' | 'network' | 'no-speech' | 'other';

export interface SpeechInputHandlers {
  /** Words heard so far; `final` when the recogniser has settled on them. */
  onText: (text: string, final: boolean) => void;
  onFailure: (failure: SpeechInputFailure) => void;
  onEnd: () => void;
}

/** Turns the candidate's voice into text. Behind an interface: jsdom and tests have no Web Speech. */
export interface SpeechInput {
  supported: () => boolean;
  /**
   * Whether this browser can recognise speech on the device, with nothing sent away: asks
   * `SpeechRecognition.available({ langs, processLocally: true })` and installs the language
   * pack when it is only downloadable. False where the browser has no such API.
   */
  onDevice: () => Promise<boolean>;
  /** Starts listening (on the device when `onDevice` is set); returns a function that stops. Continuous listening keeps going through pauses. */
  listen: (handlers: SpeechInputHandlers, options?: { onDevice?: boolean; continuous?: boolean }) => () => void;
}

/** One line, for when voice fails: what happened and that typing works. */
export const FAILURE_MESSAGES: Record<SpeechInputFailure, string> = {
  unsupported: "This browser can't listen to speech, so type your reply instead.",
  'not-allowed': 'Microphone access was not allowed, so type your reply instead.',
  network: "Speech recognition needs an internet connection this browser doesn't have, so type your reply instead.",
  'no-speech': "Didn't catch anything. Try again, or type your reply.",
  other: 'Listening stopped working, so type your reply instead.',
};

interface RecognitionLike {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((event: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start: () => void;
  stop: () => void;
  processLocally?: boolean;
}

type Availability = 'available' | 'downloadable' | 'downloading' | 'unavailable';
interface OnDeviceOptions {
  langs: string[];
  processLocally: true;
}
type RecognitionConstructor = (new () => RecognitionLike) & {
  available?: (options: OnDeviceOptions) => Promise<Availability>;
  install?: (options: OnDeviceOptions) => Promise<boolean>;
};

function recognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null;
  const scope = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

function failureOf(error: string): SpeechInputFailure {
  if (error === 'not-allowed' || error === 'service-not-allowed' || error === 'audio-capture') return 'not-allowed';
  if (error === 'network') return 'network';
  if (error === 'no-speech') return 'no-speech';
  return 'other';
}

const language = () => (typeof navigator !== 'undefined' && navigator.language) || 'en-US';

/** The browser's speech recognition, where there is one. */
export function browserSpeechInput(): SpeechInput {
  return {
    supported: () => recognitionConstructor() !== null,
    onDevice: async () => {
      const Recognition = recognitionConstructor();
      if (!Recognition?.available) return false;
      const options: OnDeviceOptions = { langs: [language()], processLocally: true };
      try {
        const availability = await Recognition.available(options);
        if (availability === 'available') return true;
        if (availability === 'unavailable' || !Recognition.install) return false;
        return await Recognition.install(options);
      } catch {
        return false;
      }
    },
    listen: (handlers, options = {}) => {
      const Recognition = recognitionConstructor();
      if (!Recognition) {
        handlers.onFailure('unsupported');
        handlers.onEnd();
        return () => undefined;
      }
      const recognition = new Recognition();
      recognition.lang = language();
      recognition.interimResults = true;
      recognition.continuous = options.continuous ?? false;
      if (options.onDevice) recognition.processLocally = true;
      recognition.onresult = (event) => {
        let text = '';
        let final = true;
        for (let index = 0; index < event.results.length; index++) {
          const result = event.results[index];
          text += result?.[0]?.transcript ?? '';
          if (result && !result.isFinal) final = false;
        }
        handlers.onText(text.trim(), final);
      };
      recognition.onerror = (event) => handlers.onFailure(failureOf(event.error));
      recognition.onend = () => handlers.onEnd();
      try {
        recognition.start();
      } catch {
        handlers.onFailure('other');
        handlers.onEnd();
      }
      return () => recognition.stop();
    },
  };
}
