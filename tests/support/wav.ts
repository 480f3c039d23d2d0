import { readFileSync } from 'node:fs';

/** A 16-bit PCM mono or stereo WAV file as mono samples in [-1, 1], for the delivery tests. */
export function readWav(path: string): { samples: Float32Array; sampleRate: number } {
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') throw new Error(`${path} is not a WAV file`);
  let at = 12;
  let channels = 1;
  let sampleRate = 0;
  let bits = 16;
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4);
    let size = view.getUint32(at + 4, true);
    if (id === 'fmt ') {
      channels = view.getUint16(at + 10, true);
      sampleRate = view.getUint32(at + 12, true);
      bits = view.getUint16(at + 22, true);
    }
    if (id === 'data') {
      if (bits !== 16) throw new Error(`${path}: only 16-bit PCM is read`);
      // espeak-ng writes 0x7fffffff as the data size when it streams; the file's end bounds it.
      size = Math.min(size, bytes.length - at - 8);
      const frames = Math.floor(size / 2 / channels);
      const samples = new Float32Array(frames);
      for (let frame = 0; frame < frames; frame++) {
        let sum = 0;
        for (let channel = 0; channel < channels; channel++) sum += view.getInt16(at + 8 + (frame * channels + channel) * 2, true);
        samples[frame] = sum / channels / 32768;
      }
      return { samples, sampleRate };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error(`${path} has no data chunk`);
}

/**
 * Seconds from the first to the last sample above 1% of the clip's peak: the clip's sounding
 * span, measured far more crudely than the detector does, so it can serve as the known value.
 */
export function soundingSpanS(samples: Float32Array, sampleRate: number): number {
  let peak = 0;
  for (const value of samples) peak = Math.max(peak, Math.abs(value));
  let first = -1;
  let last = -1;
  samples.forEach((value, index) => {
    if (Math.abs(value) <= peak * 0.01) return;
    if (first < 0) first = index;
    last = index;
  });
  return first < 0 ? 0 : (last - first) / sampleRate;
}
