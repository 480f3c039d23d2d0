import { createReader } from '../../src/domain/reading/read-reply.ts';
import { readerModelFileSchema } from '../../src/domain/reading/reader-model-format.ts';
import modelFile from '../../src/domain/reading/reader-model.json';
import { scoreWith } from '../../src/domain/scoring/score-reply.ts';
import { politenessItems, readCorpus, trainPoliteness } from './politeness-data.ts';
import { foldOf } from './reader/training-data.ts';

/** What `npm run eval:politeness` reports: the quartile task's accuracy and the rank correlation. */
export interface PolitenessResult {
  requests: number;
  taskSize: number;
  accuracy: number;
  spearman: number;
  threshold: number;
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k]!.index] = rank;
    start = end + 1;
  }
  return out;
}

/** Spearman's rho: Pearson correlation of the ranks, ties given their mean rank. */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (ra.length + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let index = 0; index < ra.length; index++) {
    const x = ra[index]! - mean;
    const y = rb[index]! - mean;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return num / Math.sqrt(da * db);
}

/**
 * The paper's task, polite vs impolite on the top and bottom quartiles, answered by the whole
 * professionalism score (polite when above the neutral 75). The politeness classifier inside the
 * scorer is trained on this corpus, so every request is scored by a model trained on the other
 * nine of ten folds: the figure is cross-validated, never in-sample.
 */
export function evaluatePoliteness(csvText = readCorpus(), threshold = 75, folds = 10): PolitenessResult {
  const { items, low, high } = politenessItems(csvText);
  const shipped = readerModelFileSchema.parse(modelFile);
  const professionalism = new Array<number>(items.length);
  for (let fold = 0; fold < folds; fold++) {
    const reader = createReader({
      ...shipped,
      politeness: trainPoliteness(
        items.filter((item) => foldOf(item.id, folds) !== fold),
        low,
        high,
      ),
    });
    items.forEach((item, index) => {
      if (foldOf(item.id, folds) === fold) professionalism[index] = scoreWith(reader, item.text).professionalism;
    });
  }
  let correct = 0;
  let taskSize = 0;
  items.forEach((item, index) => {
    const polite = item.human >= high;
    const impolite = item.human <= low;
    if (!polite && !impolite) return;
    taskSize++;
    if (professionalism[index]! > threshold === polite) correct++;
  });
  return {
    requests: items.length,
    taskSize,
    accuracy: correct / taskSize,
    spearman: spearman(
      professionalism,
      items.map((item) => item.human),
    ),
    threshold,
  };
}
