/** A recorded clip as mono samples, ready to analyse. */
export interface DecodedClip {
  samples: Float32Array;
  sampleRate: number;
}

/**
 * Decodes a recorded clip (WebM/Opus from MediaRecorder, or WAV) with the browser's own decoder,
 * on the device, mixed down to mono. Null where the browser has no Web Audio (jsdom, very old
 * browsers) or cannot read the clip.
 */
export async function decodeClip(clip: Blob): Promise<DecodedClip | null> {
  const Context = globalThis.OfflineAudioContext;
  if (typeof Context !== 'function') return null;
  try {
    // The context's own rate is irrelevant to decoding: decodeAudioData resamples to it, so ask for 16 kHz, plenty for speech.
    const context = new Context(1, 1, 16_000);
    const buffer = await context.decodeAudioData(await clip.arrayBuffer());
    const samples = new Float32Array(buffer.length);
    for (let channel = 0; channel < buffer.numberOfChannels; channel++) {
      const data = buffer.getChannelData(channel);
      for (let index = 0; index < data.length; index++) samples[index] = (samples[index] as number) + (data[index] as number) / buffer.numberOfChannels;
    }
    return { samples, sampleRate: buffer.sampleRate };
  } catch {
    return null;
  }
}
