import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { score } from '../../src/scoring/score-reply.ts';
import { parseCsv } from './csv.ts';

/** The Stanford Politeness Corpus (Wikipedia part), vendored in data/politeness (CC BY 4.0). */
export const CORPUS_PATH = join(import.meta.dirname, '..', '..', 'data', 'politeness', 'wikipedia.annotated.csv');

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
  for (let start = 0; start < order.length; ) {
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
 * The paper's task: polite vs impolite on the top and bottom quartiles of the annotators' score.
 * The professionalism score predicts "polite" above a threshold fixed in advance at the scorer's
 * neutral base (75): a request with more polite signals than rude ones is called polite. Nothing
 * is fitted to the rows.
 */
export function readCorpus(): string {
  if (!existsSync(CORPUS_PATH)) {
    throw new Error(`The Stanford Politeness Corpus is expected at ${CORPUS_PATH}: data/politeness in this repository.`);
  }
  return readFileSync(CORPUS_PATH, 'utf8');
}

export function evaluatePoliteness(csvText = readCorpus(), threshold = 75): PolitenessResult {
  const [header, ...rows] = parseCsv(csvText).filter((row) => row.length > 1);
  const textColumn = header!.indexOf('Request');
  const scoreColumn = header!.indexOf('Normalized Score');
  const items = rows.map((row) => ({ text: row[textColumn] ?? '', human: Number(row[scoreColumn]) })).filter((item) => Number.isFinite(item.human));
  const professionalism = items.map((item) => score(item.text).professionalism);
  const sorted = items.map((item) => item.human).sort((a, b) => a - b);
  const quartile = Math.floor(sorted.length / 4);
  const low = sorted[quartile - 1]!;
  const high = sorted[sorted.length - quartile]!;
  let correct = 0;
  let taskSize = 0;
  items.forEach((item, index) => {
    const polite = item.human >= high;
    const impolite = item.human <= low;
    if (!polite && !impolite) return;
    taskSize++;
    const predictedPolite = professionalism[index]! > threshold;
    if (predictedPolite === polite) correct++;
  });
  return { requests: items.length, taskSize, accuracy: correct / taskSize, spearman: spearman(professionalism, items.map((item) => item.human)), threshold };
}
