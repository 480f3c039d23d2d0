import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../../src/domain/reading/text.ts';
import { READING_DATA, type Utterance } from './training-data.ts';

/** A training utterance that is all but the same as a test sentence. */
export interface Leak {
  training: string;
  test: string;
  similarity: number;
}

const words = (text: string) => new Set(tokenize(text).map((token) => token.norm.replace(/'/g, '')));

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((sentence) => tokenize(sentence).length >= 3);
}

/** Every test sentence: held-out replies and pairs, whole and sentence by sentence, the behaviour scripts and the replies quoted in the reader issue. */
export function testSentences(root: string): string[] {
  const lines = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const texts: string[] = [];
  for (const reply of lines(join(root, READING_DATA, 'heldout', 'replies.jsonl'))) texts.push(String(reply.text));
  for (const pair of lines(join(root, READING_DATA, 'heldout', 'pairs.jsonl'))) texts.push(String(pair.better), String(pair.worse));
  const scripts = JSON.parse(readFileSync(join(root, 'tests', 'behaviour', 'scripts.json'), 'utf8')) as { scripts: { replies: string[] }[] };
  for (const script of scripts.scripts) texts.push(...script.replies);
  const quoted = JSON.parse(readFileSync(join(root, 'tests', 'reading', 'quoted-replies.json'), 'utf8')) as Record<string, string[] | string>;
  for (const list of Object.values(quoted)) if (Array.isArray(list)) texts.push(...list);
  return [...new Set(texts.flatMap((text) => [text, ...sentencesOf(text)]))];
}

/**
 * Training utterances whose words are nearly those of a test sentence (Jaccard similarity of their
 * word sets at or above `threshold`, for sentences of three words or more). Evaluation counts only
 * on data the model never saw, so the suite fails on any.
 */
export function findLeaks(utterances: readonly Utterance[], tests: readonly string[], threshold = 0.8): Leak[] {
  const training = utterances.map((utterance) => ({ text: utterance.text, words: words(utterance.text) })).filter((entry) => entry.words.size >= 3);
  const byWord = new Map<string, number[]>();
  training.forEach((entry, index) => entry.words.forEach((word) => byWord.set(word, [...(byWord.get(word) ?? []), index])));
  const leaks: Leak[] = [];
  for (const test of tests) {
    const testWords = words(test);
    if (testWords.size < 3) continue;
    // Only lines sharing the test's rarest word can reach the threshold: a cheap, exact prefilter.
    const rarest = [...testWords].sort((a, b) => (byWord.get(a)?.length ?? 0) - (byWord.get(b)?.length ?? 0)).slice(0, Math.ceil(testWords.size * (1 - threshold)) + 1);
    const candidates = new Set(rarest.flatMap((word) => byWord.get(word) ?? []));
    for (const index of candidates) {
      const entry = training[index] as (typeof training)[number];
      let shared = 0;
      for (const word of entry.words) if (testWords.has(word)) shared++;
      const similarity = shared / (entry.words.size + testWords.size - shared);
      if (similarity >= threshold) leaks.push({ training: entry.text, test, similarity });
    }
  }
  return leaks;
}
