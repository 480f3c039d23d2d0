import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOVES } from '../../src/domain/reading/moves.ts';
import modelFile from '../../src/domain/reading/reader-model.json';
import { rubricMoves } from '../../src/domain/scoring/rubric.ts';
import { TRAINING_SETTINGS } from '../../scripts/lib/reader/build-model.ts';
import { loadUtterances, trainingDigest } from '../../scripts/lib/reader/training-data.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the committed reader model', () => {
  it('was built from the training data and settings as they are now (run `npm run train` after changing either)', () => {
    expect(modelFile.dataDigest).toBe(trainingDigest(root, TRAINING_SETTINGS));
  });

  it("knows every move in the data, in the data's order, and the rubric scores each of them", () => {
    expect(modelFile.moves.labels).toEqual([...MOVES.keys()]);
    expect([...MOVES.keys()].filter((move) => !rubricMoves().includes(move))).toEqual([]);
  });

  it('has at least 60 varied training utterances for every move, in every register', () => {
    const utterances = loadUtterances(root);
    for (const move of MOVES.keys()) {
      const mine = utterances.filter((utterance) => utterance.move === move);
      expect(mine.length, move).toBeGreaterThanOrEqual(60);
      expect(new Set(mine.map((utterance) => utterance.register)).size, move).toBe(5);
      expect(new Set(mine.map((utterance) => utterance.group)).size, move).toBeGreaterThanOrEqual(15);
    }
  });
});
