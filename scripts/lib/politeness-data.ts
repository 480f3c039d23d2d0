import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompactModel } from '../../src/domain/reading/linear-model.ts';
import { parseCsv } from './csv.ts';
import { buildModel, TRAINING_SETTINGS } from './reader/build-model.ts';

/** The Stanford Politeness Corpus (Wikipedia part), vendored in data/politeness (CC BY 4.0). */
export const CORPUS_PATH = join(import.meta.dirname, '..', '..', 'data', 'politeness', 'wikipedia.annotated.csv');

/** The corpus's text; a clear error if the vendored file is missing. */
export function readCorpus(): string {
  if (!existsSync(CORPUS_PATH)) {
    throw new Error(`The Stanford Politeness Corpus is expected at ${CORPUS_PATH}: data/politeness in this repository.`);
  }
  return readFileSync(CORPUS_PATH, 'utf8');
}

/** One rated request. */
export interface PolitenessItem {
  id: string;
  text: string;
  /** The annotators' normalised score: higher is more polite. */
  human: number;
}

/** The corpus's requests, and the scores that bound its bottom and top quartiles (the paper's task). */
export function politenessItems(csvText = readCorpus()): { items: PolitenessItem[]; low: number; high: number } {
  const [header, ...rows] = parseCsv(csvText).filter((row) => row.length > 1);
  const idColumn = header!.indexOf('Id');
  const textColumn = header!.indexOf('Request');
  const scoreColumn = header!.indexOf('Normalized Score');
  const items = rows.map((row) => ({ id: row[idColumn] ?? '', text: row[textColumn] ?? '', human: Number(row[scoreColumn]) })).filter((item) => Number.isFinite(item.human));
  const sorted = items.map((item) => item.human).sort((a, b) => a - b);
  const quartile = Math.floor(sorted.length / 4);
  return { items, low: sorted[quartile - 1]!, high: sorted[sorted.length - quartile]! };
}

/** Trains the politeness classifier on the requests in the top and bottom quartiles. */
export function trainPoliteness(items: readonly PolitenessItem[], low: number, high: number): CompactModel {
  const extremes = items
    .filter((item) => item.human <= low || item.human >= high)
    .map((item) => ({ text: item.text.slice(0, 600), move: item.human >= high ? 'polite' : 'impolite', group: item.id, register: 'formal' as const }));
  return buildModel(extremes, ['impolite', 'polite'], (item) => item.move, null, TRAINING_SETTINGS, 1, { spoken: false });
}
