import { z } from 'zod';
import type { TextFeatures } from './features.ts';

/**
 * A trained multinomial logistic regression in the compact form that ships with the app: sparse
 * hashed-feature weights and a word table that holds, for each word, its vector already multiplied
 * by the model's vector weights (the average of those rows equals the weights times the averaged
 * vector, so the 100-dimension vectors themselves need not ship). Weights are 8-bit quantised.
 */
export const compactModelSchema = z.object({
  labels: z.array(z.string().min(1)).min(2),
  /** Softmax temperature fitted on out-of-fold predictions, so confidences are calibrated. */
  temperature: z.number().positive(),
  bias: z.array(z.number()),
  /** Feature ids, delta-encoded, ascending. */
  featureIds: z.array(z.number().int().nonnegative()),
  /** Per feature: a count byte, then that many (label index, int8 weight) byte pairs; base64. */
  featureRows: z.string(),
  featureScale: z.number().positive(),
  /** The words of the word table, one per line. */
  vocabulary: z.string(),
  /** Words × labels int8, base64. */
  wordRows: z.string(),
  wordScale: z.number().positive(),
});

/** The JSON form of a trained linear model. */
export type CompactModel = z.infer<typeof compactModelSchema>;

function fromBase64(text: string): Int8Array {
  const binary = atob(text);
  const bytes = new Int8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = (binary.charCodeAt(index) << 24) >> 24;
  return bytes;
}

/** Encodes bytes for the compact model's JSON. */
export function toBase64(bytes: Int8Array | Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...new Uint8Array(bytes.buffer, bytes.byteOffset + index, Math.min(0x8000, bytes.length - index)));
  }
  return btoa(binary);
}

/** A label's probability from a model. */
export interface LabelProbability {
  label: string;
  probability: number;
}

/** A loaded model, ready to classify. */
export class LinearModel {
  readonly labels: readonly string[];
  private readonly temperature: number;
  private readonly bias: Float64Array;
  /** Feature id → its sparse row: alternating label index and weight. */
  private readonly rows = new Map<number, Float64Array>();
  private readonly wordIndex = new Map<string, number>();
  private readonly wordRows: Int8Array;
  private readonly wordScale: number;

  constructor(model: CompactModel) {
    this.labels = model.labels;
    this.temperature = model.temperature;
    this.bias = Float64Array.from(model.bias);
    const bytes = fromBase64(model.featureRows);
    let offset = 0;
    let id = 0;
    for (const delta of model.featureIds) {
      id += delta;
      const count = (bytes[offset++] as number) & 0xff;
      const row = new Float64Array(count * 2);
      for (let entry = 0; entry < count; entry++) {
        row[entry * 2] = (bytes[offset++] as number) & 0xff;
        row[entry * 2 + 1] = (bytes[offset++] as number) * model.featureScale;
      }
      this.rows.set(id, row);
    }
    model.vocabulary.split('\n').forEach((word, index) => this.wordIndex.set(word, index));
    this.wordRows = fromBase64(model.wordRows);
    this.wordScale = model.wordScale;
  }

  /** Whether the word table has this word. */
  knowsWord(word: string): boolean {
    return this.wordIndex.has(word);
  }

  /** Calibrated probabilities over the labels, in label order. */
  probabilities(features: TextFeatures): Float64Array {
    const labelCount = this.labels.length;
    const logits = Float64Array.from(this.bias);
    for (let index = 0; index < features.ids.length; index++) {
      const row = this.rows.get(features.ids[index] as number);
      if (!row) continue;
      const value = features.values[index] as number;
      for (let entry = 0; entry < row.length; entry += 2) logits[row[entry] as number]! += (row[entry + 1] as number) * value;
    }
    let known = 0;
    const fromWords = new Float64Array(labelCount);
    for (const word of features.words) {
      const index = this.wordIndex.get(word);
      if (index === undefined) continue;
      known++;
      for (let label = 0; label < labelCount; label++) fromWords[label]! += this.wordRows[index * labelCount + label] as number;
    }
    if (known > 0) for (let label = 0; label < labelCount; label++) logits[label]! += ((fromWords[label] as number) * this.wordScale) / known;
    return softmax(logits, this.temperature);
  }

  /** The labels by probability, most likely first. */
  ranked(features: TextFeatures): LabelProbability[] {
    const probabilities = this.probabilities(features);
    return this.labels.map((label, index) => ({ label, probability: probabilities[index] as number })).sort((a, b) => b.probability - a.probability);
  }
}

/** Softmax of logits divided by a temperature. */
export function softmax(logits: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const logit of logits) max = Math.max(max, logit / temperature);
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let index = 0; index < logits.length; index++) {
    out[index] = Math.exp((logits[index] as number) / temperature - max);
    sum += out[index] as number;
  }
  for (let index = 0; index < out.length; index++) out[index]! /= sum;
  return out;
}
