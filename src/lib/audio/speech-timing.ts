/**
 * Speaking rate, pauses and level from raw audio, on the device: the syllable-nuclei method of
 * de Jong & Wempe (2009), simplified. An intensity contour is taken every 10 ms; frames within
 * 25 dB of the loudest (99th percentile) are speech; a syllable nucleus is a voiced intensity peak
 * with a dip of at least 2 dB on both sides before the next one; a pause is a stretch of
 * non-speech of 0.25 s or more between the first and the last speech (the published script uses
 * 0.3 s; 0.25 s is the product's definition of a pause).
 */

/** What the analysis found in one clip. Times are in seconds. */
export interface SpeechTiming {
  durationS: number;
  /** When speech started: the silence before it, e.g. how long the candidate took to begin. */
  speechStartS: number | null;
  speechEndS: number | null;
  /** Speech from first to last sound, pauses taken out. */
  speakingTimeS: number;
  syllables: number;
  /** Articulation rate: syllables over the speaking time, pauses taken out. */
  syllablesPerSecond: number;
  /**
   * Speaking rate, the figure pace targets are set in: syllables from the first to the last
   * sound, pauses included, × 60 ÷ 1.5 syllables per English word. An estimate.
   */
  wordsPerMinute: number;
  pauses: { startS: number; lengthS: number }[];
  longestPauseS: number;
  /** Pause time as a share of speaking time plus pause time. */
  pauseShare: number;
  level: 'ok' | 'quiet' | 'clipping' | 'silent';
}

/** The method's settings: the published ones (but for the pause length), not fitted to any test clip. */
export const SPEECH_TIMING_SETTINGS = {
  hopS: 0.01,
  windowS: 0.05,
  silenceBelowPeakDb: 25,
  minimumDipDb: 2,
  minimumPauseS: 0.25,
  /** A frame whose signal changes sign more often than this (per sample) is unvoiced (hiss, "s"). */
  maxVoicedZeroCrossings: 0.3,
  syllablesPerWord: 1.5,
  /** Speech averaging below this is too quiet to judge well. */
  quietDbfs: -40,
  /** Share of speech samples at full scale above which the recording clipped. */
  clippingShare: 0.001,
} as const;

interface Frames {
  db: Float64Array;
  zeroCrossings: Float64Array;
}

function framesOf(samples: Float32Array, sampleRate: number): Frames {
  const hop = Math.max(1, Math.round(SPEECH_TIMING_SETTINGS.hopS * sampleRate));
  const half = Math.max(1, Math.round((SPEECH_TIMING_SETTINGS.windowS * sampleRate) / 2));
  const count = Math.max(0, Math.floor(samples.length / hop));
  const db = new Float64Array(count);
  const zeroCrossings = new Float64Array(count);
  for (let frame = 0; frame < count; frame++) {
    const centre = frame * hop;
    const from = Math.max(0, centre - half);
    const to = Math.min(samples.length, centre + half);
    let energy = 0;
    let crossings = 0;
    for (let at = from; at < to; at++) {
      const value = samples[at] as number;
      energy += value * value;
      if (at > from && value >= 0 !== (samples[at - 1] as number) >= 0) crossings++;
    }
    const length = Math.max(1, to - from);
    db[frame] = 10 * Math.log10(energy / length + 1e-12);
    zeroCrossings[frame] = crossings / length;
  }
  return { db, zeroCrossings };
}

function percentile(values: Float64Array, share: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? -120;
}

/** Peaks that stand at least `minimumDipDb` above the lowest point between them and their neighbours. */
function nuclei(frames: Frames, speech: (frame: number) => boolean): number[] {
  const { db, zeroCrossings } = frames;
  const kept: number[] = [];
  for (let frame = 1; frame < db.length - 1; frame++) {
    const value = db[frame] as number;
    if (!speech(frame) || zeroCrossings[frame]! > SPEECH_TIMING_SETTINGS.maxVoicedZeroCrossings) continue;
    if (!(value > (db[frame - 1] as number) && value >= (db[frame + 1] as number))) continue;
    const last = kept[kept.length - 1];
    if (last === undefined) {
      kept.push(frame);
      continue;
    }
    let lowest = Infinity;
    for (let between = last + 1; between < frame; between++) lowest = Math.min(lowest, db[between] as number);
    const dip = Math.min(value, db[last] as number) - lowest;
    if (dip >= SPEECH_TIMING_SETTINGS.minimumDipDb) kept.push(frame);
    // Too shallow a dip: one syllable, whose nucleus is the louder of the two peaks.
    else if (value > (db[last] as number)) kept[kept.length - 1] = frame;
  }
  return kept;
}

/** Analyses one mono clip. Works on any sample rate; the clip is not modified. */
export function analyseSpeech(samples: Float32Array, sampleRate: number): SpeechTiming {
  const settings = SPEECH_TIMING_SETTINGS;
  const durationS = samples.length / sampleRate;
  const frames = framesOf(samples, sampleRate);
  const loud = frames.db.length > 0 ? percentile(frames.db, 0.99) : -120;
  const silenceDb = loud - settings.silenceBelowPeakDb;
  const speech = (frame: number) => (frames.db[frame] as number) > silenceDb;
  const empty: SpeechTiming = {
    durationS,
    speechStartS: null,
    speechEndS: null,
    speakingTimeS: 0,
    syllables: 0,
    syllablesPerSecond: 0,
    wordsPerMinute: 0,
    pauses: [],
    longestPauseS: 0,
    pauseShare: 0,
    level: 'silent',
  };
  // A clip with nothing above a whisper has no speech to time.
  if (loud < -70) return empty;

  let first = -1;
  let last = -1;
  for (let frame = 0; frame < frames.db.length; frame++) {
    if (!speech(frame)) continue;
    if (first < 0) first = frame;
    last = frame;
  }
  if (first < 0) return empty;

  const pauses: { startS: number; lengthS: number }[] = [];
  let runStart = -1;
  for (let frame = first; frame <= last; frame++) {
    if (!speech(frame)) {
      if (runStart < 0) runStart = frame;
      continue;
    }
    if (runStart >= 0 && (frame - runStart) * settings.hopS >= settings.minimumPauseS) pauses.push({ startS: runStart * settings.hopS, lengthS: (frame - runStart) * settings.hopS });
    runStart = -1;
  }
  const pauseTime = pauses.reduce((sum, pause) => sum + pause.lengthS, 0);
  const speakingTimeS = Math.max(0, (last - first + 1) * settings.hopS - pauseTime);
  const syllables = nuclei(frames, speech).filter((frame) => frame >= first && frame <= last).length;
  const syllablesPerSecond = speakingTimeS > 0 ? syllables / speakingTimeS : 0;

  let speechEnergy = 0;
  let speechFrames = 0;
  for (let frame = first; frame <= last; frame++) {
    if (!speech(frame)) continue;
    speechEnergy += 10 ** ((frames.db[frame] as number) / 10);
    speechFrames++;
  }
  let fullScale = 0;
  for (const value of samples) if (Math.abs(value) >= 0.99) fullScale++;
  const speechDbfs = 10 * Math.log10(speechEnergy / Math.max(1, speechFrames) + 1e-12) + 3; // +3 dB: RMS of a sine against its peak
  const level = fullScale / samples.length > settings.clippingShare ? 'clipping' : speechDbfs < settings.quietDbfs ? 'quiet' : 'ok';

  return {
    durationS,
    speechStartS: first * settings.hopS,
    speechEndS: (last + 1) * settings.hopS,
    speakingTimeS,
    syllables,
    syllablesPerSecond,
    wordsPerMinute: (syllables / Math.max(settings.hopS, (last + 1 - first) * settings.hopS)) * (60 / settings.syllablesPerWord),
    pauses,
    longestPauseS: pauses.reduce((longest, pause) => Math.max(longest, pause.lengthS), 0),
    pauseShare: speakingTimeS + pauseTime > 0 ? pauseTime / (speakingTimeS + pauseTime) : 0,
    level,
  };
}
