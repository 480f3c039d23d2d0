import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseSpeech } from '../../src/lib/audio/speech-timing.ts';
import fixtures from '../fixtures/audio/speech.json';
import { readWav, soundingSpanS } from '../support/wav.ts';

const RATE = 16_000;

/** A signal built from pieces: tone bursts at a pitch and level, or silence, each so many seconds. */
function signal(pieces: { seconds: number; amplitude?: number; hz?: number; noise?: boolean }[]): Float32Array {
  const total = pieces.reduce((sum, piece) => sum + Math.round(piece.seconds * RATE), 0);
  const samples = new Float32Array(total);
  let at = 0;
  let seed = 1;
  for (const piece of pieces) {
    const length = Math.round(piece.seconds * RATE);
    for (let index = 0; index < length; index++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const raw = piece.noise ? (seed / 2_147_483_648) * 2 - 1 : Math.sin((2 * Math.PI * (piece.hz ?? 180) * index) / RATE);
      // A raised-cosine envelope per piece, like a syllable's rise and fall.
      const envelope = piece.noise ? 1 : 0.5 - 0.5 * Math.cos((2 * Math.PI * index) / length);
      samples[at + index] = Math.max(-1, Math.min(1, (piece.amplitude ?? 0) * raw * envelope));
    }
    at += length;
  }
  return samples;
}
const syllable = (amplitude = 0.5) => ({ seconds: 0.18, amplitude });
const gap = (seconds: number) => ({ seconds });

describe('speaking rate and pauses from espeak-ng speech (fixtures at 120, 160 and 200 words a minute)', () => {
  it.each(Object.entries(fixtures.files))('%s words a minute: rate within 15%, both pauses found, the longest within 0.2 s', (_, file) => {
    const { samples, sampleRate } = readWav(join(import.meta.dirname, '..', 'fixtures', 'audio', file));
    // The known rate: the text's syllables over the clip's speaking time, its sounding span less
    // the inserted pauses (an independent, cruder measure than the detector's).
    const inserted = fixtures.insertedPausesS.reduce((sum, pause) => sum + pause, 0);
    const knownRate = fixtures.syllables / (soundingSpanS(samples, sampleRate) - inserted);
    const measured = analyseSpeech(samples, sampleRate);
    expect(Math.abs(measured.syllablesPerSecond / knownRate - 1)).toBeLessThanOrEqual(0.15);
    expect(measured.pauses).toHaveLength(fixtures.insertedPausesS.length);
    expect(Math.abs(measured.longestPauseS - Math.max(...fixtures.insertedPausesS))).toBeLessThanOrEqual(0.2);
    expect(measured.level).toBe('ok');
  });

  it('hears the faster clips as faster', () => {
    const rates = Object.values(fixtures.files).map((file) => {
      const { samples, sampleRate } = readWav(join(import.meta.dirname, '..', 'fixtures', 'audio', file));
      return analyseSpeech(samples, sampleRate).wordsPerMinute;
    });
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
  });
});

describe('the detectors on synthetic signals', () => {
  it('finds nothing to time in silence', () => {
    expect(analyseSpeech(new Float32Array(RATE * 2), RATE)).toMatchObject({ level: 'silent', syllables: 0, pauses: [], speechStartS: null });
  });

  it('counts tone bursts as syllables, hears a short gap as joining them and a long one as a pause', () => {
    const timing = analyseSpeech(signal([gap(0.5), syllable(), gap(0.08), syllable(), gap(0.08), syllable(), gap(0.7), syllable(), gap(0.08), syllable(), gap(0.3)]), RATE);
    expect(timing.syllables).toBe(5);
    expect(timing.pauses).toHaveLength(1);
    expect(timing.longestPauseS).toBeGreaterThan(0.6);
    expect(timing.longestPauseS).toBeLessThan(0.9);
    expect(timing.speechStartS).toBeGreaterThan(0.45);
    expect(timing.speechStartS).toBeLessThan(0.6);
  });

  it('never counts hiss as syllables', () => {
    expect(analyseSpeech(signal([gap(0.3), { seconds: 1, amplitude: 0.3, noise: true }, gap(0.3)]), RATE).syllables).toBe(0);
  });

  it('says when a recording clipped, and when it was too quiet', () => {
    expect(analyseSpeech(signal([syllable(3), gap(0.1), syllable(3)]), RATE).level).toBe('clipping');
    expect(analyseSpeech(signal([syllable(0.005), gap(0.1), syllable(0.005)]), RATE).level).toBe('quiet');
    expect(analyseSpeech(signal([syllable(0.4), gap(0.1), syllable(0.4)]), RATE).level).toBe('ok');
  });

  it('gives sane, finite figures for any signal (property)', () => {
    fc.assert(
      fc.property(fc.float32Array({ maxLength: 4_000, noNaN: true, min: -1, max: 1 }), fc.constantFrom(8_000, 16_000, 44_100), (samples, rate) => {
        const timing = analyseSpeech(samples, rate);
        for (const value of [timing.speakingTimeS, timing.syllablesPerSecond, timing.wordsPerMinute, timing.longestPauseS, timing.pauseShare]) expect(Number.isFinite(value)).toBe(true);
        expect(timing.speakingTimeS).toBeLessThanOrEqual(timing.durationS + 0.05);
        expect(timing.pauseShare).toBeLessThanOrEqual(1);
        expect(timing.syllables).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
