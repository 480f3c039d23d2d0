import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldsOf, type Utterance } from '../../scripts/lib/reader/training-data.ts';

const utterance = (text: string, group: string): Utterance => ({ text, move: 'other', group, register: 'formal' });
const FOLDS = 10;

describe('cross-validation folds', () => {
  it('keeps a sentence two writers wrote under different groups in one fold, however it is cased or punctuated', () => {
    // Many group pairs, so that at least some would land in different folds if they were not joined.
    const pairs = Array.from(
      { length: 40 },
      (_, index) => [utterance(`No hard feelings at all, number ${index}.`, `a/${index}`), utterance(`no hard feelings at all number ${index}`, `b/${index}`)] as const,
    );
    const fold = foldsOf(pairs.flat(), FOLDS);
    for (const [first, second] of pairs) expect(fold(second)).toBe(fold(first));
  });

  it('keeps every paraphrase of one group in one fold, whatever order the data comes in', () => {
    const text = fc.stringMatching(/^[a-z ]{1,12}$/);
    const group = fc.constantFrom('g/1', 'g/2', 'g/3', 'g/4', 'g/5', 'g/6');
    fc.assert(
      fc.property(fc.array(fc.tuple(text, group), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 29 }), (rows, shift) => {
        const data = rows.map(([words, name]) => utterance(words, name));
        const turned = [...data.slice(shift % data.length), ...data.slice(0, shift % data.length)];
        const fold = foldsOf(data, FOLDS);
        const foldTurned = foldsOf(turned, FOLDS);
        for (const item of data) {
          expect(fold(item)).toBe(foldTurned(item));
          for (const other of data) if (other.group === item.group || other.text.trim() === item.text.trim()) expect(fold(other)).toBe(fold(item));
        }
      }),
    );
  });

  it('still spreads unrelated groups over the folds', () => {
    const fold = foldsOf(
      Array.from({ length: 200 }, (_, index) => utterance(`sentence ${index}`, `g/${index}`)),
      FOLDS,
    );
    const used = new Set(Array.from({ length: 200 }, (_, index) => fold(utterance(`sentence ${index}`, `g/${index}`))));
    expect(used.size).toBe(FOLDS);
  });
});
