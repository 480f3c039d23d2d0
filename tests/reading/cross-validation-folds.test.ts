import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldsOf, loadUtterances, splitFold, type Utterance } from '../../scripts/lib/reader/training-data.ts';

const utterance = (text: string, group: string): Utterance => ({ text, move: 'other', group, register: 'formal' });
const FOLDS = 10;
/** The same text however it is cased, punctuated or apostrophised, as the folds compare it. */
const sameText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// Four-word sentences in a few spellings each, so random data repeats them across groups.
const SENTENCES = ['no hard feelings at all', "i won't be a stranger", 'the first works for me', 'happy to start on monday'];
const spelling = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.constantFrom('plain', 'capitalised', 'punctuated', 'curly'))
  .map(([sentence, how]) => (how === 'capitalised' ? sentence.toUpperCase() : how === 'punctuated' ? `${sentence}.` : how === 'curly' ? sentence.replace("'", '\u2019') : sentence));
const group = fc.constantFrom('g/1', 'g/2', 'g/3', 'g/4', 'g/5', 'g/6', 'g/7', 'g/8');

describe('cross-validation folds', () => {
  it('keeps a sentence two writers wrote under different groups in one fold, however it is cased or punctuated', () => {
    // Many group pairs, so that some would land in different folds if they were not joined.
    const pairs = Array.from(
      { length: 40 },
      (_, index) => [utterance(`No hard feelings at all, number ${index}.`, `a/${index}`), utterance(`no hard feelings at all number ${index}`, `b/${index}`)] as const,
    );
    const fold = foldsOf(pairs.flat(), FOLDS);
    for (const [first, second] of pairs) expect(fold(second)).toBe(fold(first));
  });

  it('follows a chain of shared sentences: B shares with C and C with A, so all three share a fold', () => {
    // C is joined twice, to B and then to A: joining C itself the second time, not the group C
    // already belongs to, would leave B in a fold of its own.
    const chains = Array.from({ length: 30 }, (_, index) => [
      utterance(`we spoke on tuesday ${index}`, `b/${index}`),
      utterance(`we spoke on tuesday ${index}`, `c/${index}`),
      utterance(`the role is still open ${index}`, `a/${index}`),
      utterance(`the role is still open ${index}`, `c/${index}`),
    ]);
    const fold = foldsOf(chains.flat(), FOLDS);
    for (const chain of chains) expect(new Set(chain.map(fold)).size).toBe(1);
  });

  it('puts every text in one fold with every paraphrase of its group, whatever order the data comes in (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(spelling, group), { minLength: 1, maxLength: 30 }).chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length }))),
        ([rows, shuffled]) => {
          const data = rows.map(([text, name]) => utterance(text, name));
          const fold = foldsOf(data, FOLDS);
          const foldShuffled = foldsOf(
            shuffled.map(([text, name]) => utterance(text, name)),
            FOLDS,
          );
          for (const item of data) {
            expect(foldShuffled(item)).toBe(fold(item));
            for (const other of data) if (other.group === item.group || sameText(other.text) === sameText(item.text)) expect(fold(other)).toBe(fold(item));
          }
        },
      ),
    );
  });

  it('never joins groups over a stock phrase of a few words, so the folds stay balanced', () => {
    const data = Array.from({ length: 200 }, (_, index) => [utterance('Thank you.', `g/${index}`), utterance(`sentence number ${index}`, `g/${index}`)]).flat();
    const fold = foldsOf(data, FOLDS);
    const sizes = Array.from({ length: FOLDS }, (_, index) => splitFold(data, fold, index).testing.length);
    expect(Math.max(...sizes)).toBeLessThan(data.length / 4);
  });

  it('on the real training data, tests no utterance text of four words or more in a fold it trains on', () => {
    const data = loadUtterances(join(import.meta.dirname, '..', '..'));
    const fold = foldsOf(data, 5);
    const foldsOfText = new Map<string, Set<number>>();
    for (const item of data) {
      const key = sameText(item.text);
      if (key.split(' ').length < 4) continue;
      foldsOfText.set(key, (foldsOfText.get(key) ?? new Set()).add(fold(item)));
    }
    expect([...foldsOfText].filter(([, folds]) => folds.size > 1).map(([key]) => key)).toEqual([]);
  });
});
