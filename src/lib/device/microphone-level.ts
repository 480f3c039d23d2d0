/** The microphone's level, read a few times a second while hands-free listening. Behind an interface: jsdom has no Web Audio. */
export interface MicrophoneLevel {
  /** Opens the microphone; rejects if it isn't available or allowed, or the browser has no Web Audio. */
  open: () => Promise<void>;
  /** The level now, in dBFS (-100 when silent or closed). */
  levelDb: () => number;
  close: () => void;
}

/**
 * The default microphone through an AnalyserNode: the audio thread keeps the latest samples, and
 * each reading is one RMS over them, so listening never blocks the page.
 */
export function browserMicrophoneLevel(): MicrophoneLevel {
  let context: AudioContext | null = null;
  let stream: MediaStream | null = null;
  let analyser: AnalyserNode | null = null;
  let buffer: Float32Array<ArrayBuffer> | null = null;
  return {
    open: async () => {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
      context = new AudioContext();
      analyser = context.createAnalyser();
      analyser.fftSize = 2048;
      buffer = new Float32Array(analyser.fftSize);
      context.createMediaStreamSource(stream).connect(analyser);
    },
    levelDb: () => {
      if (!analyser || !buffer) return -100;
      analyser.getFloatTimeDomainData(buffer);
      let energy = 0;
      for (const value of buffer) energy += value * value;
      return Math.max(-100, 10 * Math.log10(energy / buffer.length + 1e-12));
    },
    close: () => {
      stream?.getTracks().forEach((track) => track.stop());
      void context?.close().catch(() => undefined);
      context = null;
      stream = null;
      analyser = null;
    },
  };
}
