import { featuresOf } from '../../../src/domain/reading/features.ts';
import { LinearModel, type CompactModel } from '../../../src/domain/reading/linear-model.ts';
import { toSpokenForm } from '../../../src/domain/reading/text.ts';
import { compactModel, trainLinear, type Example } from './train-linear.ts';
import { foldsOf, splitFold, type Utterance } from './training-data.ts';
import { averageVector, type WordVectors } from './word-vectors.ts';

/** Every setting that shapes the model. Part of the model's digest: change one and `npm run train` must run. */
export const TRAINING_SETTINGS = {
  folds: 5,
  frequentWords: 4_000,
  vectorLength: 1.5,
  epochs: 12,
  learningRate: 0.4,
  l2: 1e-5,
  seed: 20_261_127,
  pruneBelow: 0.15,
  minWordCount: 3,
} as const;

/** The settings type, so experiments can vary one. */
export type TrainingSettings = { -readonly [key in keyof typeof TRAINING_SETTINGS]: number };

/** A stable per-text seed, so the spoken copy of an utterance is always the same. */
export function textSeed(text: string): number {
  let hash = 7;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 2654435761);
  return hash >>> 0;
}

/** Words a fold may look vectors up for: the frequent words and the words of its training data. */
function restrictedVectors(vectors: WordVectors, allowed: ReadonlySet<string>): (word: string) => Float32Array | undefined {
  return (word) => (allowed.has(word) ? vectors.vectorOf(word) : undefined);
}

/**
 * Trains a compact model on utterances, each in its written form and (unless `spoken` is false)
 * its spoken form.
 * `labelOf` picks the label (the move, or the reason's topic).
 */
export function buildModel(
  utterances: readonly Utterance[],
  labels: string[],
  labelOf: (utterance: Utterance) => string,
  vectors: WordVectors | null,
  settings: TrainingSettings,
  temperature = 1,
  { spoken = true }: { spoken?: boolean } = {},
): CompactModel {
  const allowed = new Set(vectors?.frequent ?? []);
  const copies = spoken ? 2 : 1;
  const texts = utterances.flatMap((utterance) => (spoken ? [utterance.text, toSpokenForm(utterance.text, textSeed(utterance.text))] : [utterance.text]));
  const featured = texts.map((text) => featuresOf(text));
  // A rare word teaches the vector weights little that its neighbours don't, and every word in the
  // table ships: only words counted `minWordCount` times (written and spoken copies both count)
  // join the frequent ones.
  const seen = new Map<string, number>();
  for (const features of featured) for (const word of new Set(features.words)) seen.set(word, (seen.get(word) ?? 0) + 1);
  for (const [word, count] of seen) if (count >= settings.minWordCount) allowed.add(word);
  const vectorOf = vectors ? restrictedVectors(vectors, allowed) : () => undefined;
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  const examples: Example[] = featured.map((features, index) => ({
    features,
    vector: vectors ? averageVector(features.words, vectorOf, vectors.dimensions) : null,
    label: labelIndex.get(labelOf(utterances[Math.floor(index / copies)] as Utterance)) as number,
  }));
  const model = trainLinear(examples, labels, vectors?.dimensions ?? 0, settings);
  return compactModel(model, temperature, vectors ? [...allowed] : [], vectorOf, settings.pruneBelow);
}

/** One held-out prediction from cross-validation. */
export interface HeldOutPrediction {
  utterance: Utterance;
  form: 'written' | 'spoken';
  text: string;
  /** Log-probabilities at temperature 1, in label order. */
  logProbabilities: Float64Array;
  label: number;
}

/**
 * Grouped k-fold cross-validation: every paraphrase of an idea sits in one fold (and groups that
 * share a sentence sit together, see `foldsOf`), so a model is never tested on a rewording of
 * something it trained on. Returns each utterance's prediction,
 * written and spoken, from the model that did not see it.
 */
export function crossValidate(
  utterances: readonly Utterance[],
  labels: string[],
  labelOf: (utterance: Utterance) => string,
  vectors: WordVectors | null,
  settings: TrainingSettings,
): HeldOutPrediction[] {
  const out: HeldOutPrediction[] = [];
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  const foldOfUtterance = foldsOf(utterances, settings.folds);
  for (let fold = 0; fold < settings.folds; fold++) {
    const { training, testing } = splitFold(utterances, foldOfUtterance, fold);
    const model = new LinearModel(buildModel(training, labels, labelOf, vectors, settings));
    for (const utterance of testing) {
      for (const form of ['written', 'spoken'] as const) {
        const text = form === 'written' ? utterance.text : toSpokenForm(utterance.text, textSeed(utterance.text));
        const probabilities = model.probabilities(featuresOf(text));
        out.push({ utterance, form, text, logProbabilities: probabilities.map((value) => Math.log(Math.max(value, 1e-12))), label: labelIndex.get(labelOf(utterance)) as number });
      }
    }
  }
  return out;
}
