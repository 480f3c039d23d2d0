import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLeaks, testSentences } from '../../scripts/lib/reader/leaks.ts';
import { loadUtterances } from '../../scripts/lib/reader/training-data.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the evaluation data', () => {
  it('shares no sentence with the training data: no training utterance is a near copy of a held-out or behaviour-test sentence', () => {
    const leaks = findLeaks(loadUtterances(root), testSentences(root));
    expect(leaks.map((leak) => `"${leak.training}" ~ "${leak.test}"`)).toEqual([]);
  });

  it('finds a near copy when there is one', () => {
    const planted = [{ text: 'Thank you so much for hearing me out today.', move: 'thanks', group: 'thanks/planted', register: 'formal' as const }];
    expect(findLeaks(planted, ['Thank you so much for hearing me out today!'])).toHaveLength(1);
    expect(findLeaks(planted, ['I would rather you heard me out on the salary.'])).toHaveLength(0);
  });
});
