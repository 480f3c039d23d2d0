// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingList } from '../../src/components/finding-list.tsx';
import type { Finding } from '../../src/domain/scoring/score-types.ts';

const BLAME: Finding = { dimension: 'defensiveness', start: 4, end: 17, phrase: 'you never said', points: 15, rule: 'blame', heard: 'Sounds like you are blaming me.', better: 'I may have missed it' };
const NUMBER: Finding = { dimension: 'credibility', start: 20, end: 32, phrase: 'twelve years', points: 8, rule: 'evidence', heard: 'A concrete number makes it believable.' };
const CURT: Finding = { dimension: 'professionalism', start: 0, end: 0, phrase: '', points: -10, rule: 'curt', heard: 'Too short to be polite.', better: 'Thank them first.' };

afterEach(cleanup);

describe('the finding list', () => {
  it('lists each finding with its points, its phrase, how it was heard and a better wording', () => {
    render(<FindingList findings={[BLAME, NUMBER, CURT]} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Defensiveness +15you never saidSounds like you are blaming me.Try: I may have missed it',
      'Credibility +8twelve yearsA concrete number makes it believable.',
      'Professionalism -10Whole replyToo short to be polite.Try: Thank them first.',
    ]);
    expect(within(items[0]!).getByText('you never said').tagName).toBe('Q');
  });

  it('says the empty text when there is nothing to list, and nothing at all without one', () => {
    const { container, rerender } = render(<FindingList findings={[]} emptyText="Nothing moved the scores." />);
    expect(screen.getByText('Nothing moved the scores.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    rerender(<FindingList findings={[]} />);
    expect(container.textContent).toBe('');
  });

  it('renders a phrase that looks like markup as text', () => {
    const { container } = render(<FindingList findings={[{ ...NUMBER, phrase: '<em>twelve</em>' }]} />);
    expect(container.querySelector('em')).toBeNull();
    expect(screen.getByText('<em>twelve</em>')).toBeTruthy();
  });
});
