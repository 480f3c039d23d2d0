// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScoreMeters, scoreTone } from '../../src/components/score-meters.tsx';

const SCORES = { defensiveness: 20, credibility: 64, professionalism: 91 };
const VERDICTS = { defensiveness: 'Calm throughout.', credibility: 'Some reasons, few facts.', professionalism: 'Courteous.' };

afterEach(cleanup);

describe('the score meters', () => {
  it('shows each dimension as a meter named with its score out of 100', () => {
    render(<ScoreMeters scores={SCORES} />);
    const meters = screen.getAllByRole('meter');
    expect(meters.map((meter) => [meter.getAttribute('aria-label'), (meter as HTMLMeterElement).value])).toEqual([
      ['Defensiveness 20 out of 100', 20],
      ['Credibility 64 out of 100', 64],
      ['Professionalism 91 out of 100', 91],
    ]);
    expect(screen.getByRole('meter', { name: 'Credibility 64 out of 100' })).toBeTruthy();
  });

  it('pairs each dimension with its score and, when given, its verdict', () => {
    const { container, rerender } = render(<ScoreMeters scores={SCORES} verdicts={VERDICTS} />);
    const pairs = () => [...container.querySelectorAll('dt')].map((term) => `${term.textContent} = ${term.nextElementSibling?.textContent}`);
    expect(pairs()).toEqual(['Defensiveness = 20 / 100, lower is betterCalm throughout.', 'Credibility = 64 / 100Some reasons, few facts.', 'Professionalism = 91 / 100Courteous.']);
    rerender(<ScoreMeters scores={SCORES} />);
    // Every score shows its scale, and defensiveness says which way is better.
    expect(pairs()).toEqual(['Defensiveness = 20 / 100, lower is better', 'Credibility = 64 / 100', 'Professionalism = 91 / 100']);
  });

  it('tells the browser low defensiveness is best and high credibility is best', () => {
    render(<ScoreMeters scores={SCORES} />);
    expect(screen.getByRole('meter', { name: /^Defensiveness/ }).getAttribute('optimum')).toBe('0');
    expect(screen.getByRole('meter', { name: /^Credibility/ }).getAttribute('optimum')).toBe('100');
  });
});

describe('scoreTone', () => {
  it('counts defensiveness the other way up', () => {
    expect([0, 25, 26, 50, 51].map((value) => scoreTone('defensiveness', value))).toEqual(['good', 'good', 'fair', 'fair', 'poor']);
    expect([100, 75, 74, 50, 49].map((value) => scoreTone('credibility', value))).toEqual(['good', 'good', 'fair', 'fair', 'poor']);
  });
});
