import type { TextFeatures } from '../../../src/domain/reading/features.ts';
import { softmax, toBase64, type CompactModel } from '../../../src/domain/reading/linear-model.ts';

/** One training example: a text's features, its averaged word vector, and its label index. */
export interface Example {
  features: TextFeatures;
  /** Mean of the vectors of the words that have one, already scaled; null when none do. */
  vector: Float32Array | null;
  label: number;
}

/** The knobs of training. Fixed in the training script so `npm run train` is deterministic. */
export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** A model in full precision, as training leaves it. */
export interface FloatModel {
  labels: string[];
  dimensions: number;
  bias: Float64Array;
  sparse: Map<number, Float64Array>;
  /** labels × dimensions. */
  vectorWeights: Float64Array;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let index = out.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const other = state % (index + 1);
    [out[index], out[other]] = [out[other] as T, out[index] as T];
  }
  return out;
}

/** The model's logits for one example, before any temperature. */
export function logitsOf(model: FloatModel, example: Pick<Example, 'features' | 'vector'>): Float64Array {
  const labelCount = model.labels.length;
  const logits = Float64Array.from(model.bias);
  const { ids, values } = example.features;
  for (let index = 0; index < ids.length; index++) {
    const row = model.sparse.get(ids[index] as number);
    if (!row) continue;
    const value = values[index] as number;
    for (let label = 0; label < labelCount; label++) logits[label]! += (row[label] as number) * value;
  }
  if (example.vector) {
    for (let label = 0; label < labelCount; label++) {
      let sum = 0;
      for (let dimension = 0; dimension < model.dimensions; dimension++) sum += (model.vectorWeights[label * model.dimensions + dimension] as number) * (example.vector[dimension] as number);
      logits[label]! += sum;
    }
  }
  return logits;
}

/**
 * Multinomial logistic regression by stochastic gradient descent with L2 decay on the weights an
 * example touches. The order of examples comes from the seed, so the same data gives the same model.
 */
export function trainLinear(examples: readonly Example[], labels: string[], dimensions: number, options: TrainOptions): FloatModel {
  const labelCount = labels.length;
  const model: FloatModel = { labels, dimensions, bias: new Float64Array(labelCount), sparse: new Map(), vectorWeights: new Float64Array(labelCount * dimensions) };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.learningRate / (1 + epoch * 0.25);
    for (const example of shuffled(examples, options.seed + epoch)) {
      const probabilities = softmax(logitsOf(model, example));
      probabilities[example.label]! -= 1;
      const gradient = probabilities;
      for (let label = 0; label < labelCount; label++) model.bias[label]! -= rate * (gradient[label] as number);
      const { ids, values } = example.features;
      for (let index = 0; index < ids.length; index++) {
        const id = ids[index] as number;
        let row = model.sparse.get(id);
        if (!row) model.sparse.set(id, (row = new Float64Array(labelCount)));
        const value = values[index] as number;
        for (let label = 0; label < labelCount; label++) row[label] = (row[label] as number) * (1 - rate * options.l2) - rate * (gradient[label] as number) * value;
      }
      if (example.vector) {
        for (let label = 0; label < labelCount; label++) {
          const step = rate * (gradient[label] as number);
          for (let dimension = 0; dimension < dimensions; dimension++) {
            const at = label * dimensions + dimension;
            model.vectorWeights[at] = (model.vectorWeights[at] as number) * (1 - rate * options.l2) - step * (example.vector[dimension] as number);
          }
        }
      }
    }
  }
  return model;
}

/** The temperature that minimises the negative log-likelihood of held-out logits. */
export function fitTemperature(heldOut: readonly { logits: Float64Array; label: number }[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let temperature = 0.3; temperature <= 4.001; temperature += 0.05) {
    let loss = 0;
    for (const { logits, label } of heldOut) loss -= Math.log(Math.max(softmax(logits, temperature)[label] as number, 1e-12));
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(temperature * 100) / 100;
    }
  }
  return best;
}

/**
 * Shrinks a trained model to what ships: weights quantised to 8 bits, the smallest pruned, and the
 * word table for `vocabulary` distilled from the vectors and the model's vector weights.
 */
export function compactModel(model: FloatModel, temperature: number, vocabulary: readonly string[], vectorOf: (word: string) => Float32Array | undefined, pruneBelow: number): CompactModel {
  const labelCount = model.labels.length;
  let maxWeight = 0;
  for (const row of model.sparse.values()) for (const weight of row) maxWeight = Math.max(maxWeight, Math.abs(weight));
  const featureScale = maxWeight / 127 || 1;
  const featureIds: number[] = [];
  const bytes: number[] = [];
  let previous = 0;
  for (const id of [...model.sparse.keys()].sort((a, b) => a - b)) {
    const row = model.sparse.get(id) as Float64Array;
    const kept: number[] = [];
    row.forEach((weight, label) => {
      const quantised = Math.round(weight / featureScale);
      if (Math.abs(weight) >= pruneBelow && quantised !== 0) kept.push(label, quantised);
    });
    if (kept.length === 0) continue;
    featureIds.push(id - previous);
    previous = id;
    bytes.push(kept.length / 2, ...kept);
  }

  const words = vocabulary.filter((word) => vectorOf(word) !== undefined && !word.includes('\n'));
  const table = new Float64Array(words.length * labelCount);
  let maxWordWeight = 0;
  words.forEach((word, index) => {
    const vector = vectorOf(word) as Float32Array;
    for (let label = 0; label < labelCount; label++) {
      let sum = 0;
      for (let dimension = 0; dimension < model.dimensions; dimension++) sum += (model.vectorWeights[label * model.dimensions + dimension] as number) * (vector[dimension] as number);
      table[index * labelCount + label] = sum;
      maxWordWeight = Math.max(maxWordWeight, Math.abs(sum));
    }
  });
  const wordScale = maxWordWeight / 127 || 1;
  return {
    labels: model.labels,
    temperature,
    bias: [...model.bias].map((value) => Math.round(value * 1e4) / 1e4),
    featureIds,
    featureRows: toBase64(Int8Array.from(bytes)),
    featureScale,
    vocabulary: words.join('\n'),
    wordRows: toBase64(Int8Array.from(table, (value) => Math.round(value / wordScale))),
    wordScale,
  };
}

/**
 * The share of probability on the defensive moves above which a clause is heard as defensive: the
 * lowest cut at which `precision` of the clauses so heard would really be defensive, on held-out
 * predictions, once reweighted from the training data's share of defensive clauses to `prior`, the
 * share expected in real calls (most of what candidates say is not defensive). Calling a fine reply
 * defensive costs a candidate more than missing a mild jab, so the cut favours precision.
 */
export function fitDefensiveThreshold(
  heldOut: readonly { logProbabilities: Float64Array; label: number }[],
  defensive: readonly boolean[],
  temperature: number,
  precision = 0.85,
  prior = 0.15,
): number {
  const shares = heldOut.map(({ logProbabilities, label }) => ({
    share: softmax(logProbabilities, temperature).reduce((sum, probability, index) => sum + (defensive[index] ? probability : 0), 0),
    isDefensive: defensive[label] === true,
  }));
  const positives = shares.filter(({ isDefensive }) => isDefensive).length;
  const negatives = shares.length - positives;
  for (let threshold = 0.3; threshold <= 0.951; threshold += 0.01) {
    const truePositiveRate = shares.filter(({ share, isDefensive }) => isDefensive && share >= threshold).length / positives;
    const falsePositiveRate = shares.filter(({ share, isDefensive }) => !isDefensive && share >= threshold).length / negatives;
    const atPrior = (truePositiveRate * prior) / (truePositiveRate * prior + falsePositiveRate * (1 - prior));
    if (truePositiveRate > 0 && atPrior >= precision) return Math.round(threshold * 100) / 100;
  }
  return 0.95;
}
