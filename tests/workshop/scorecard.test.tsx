// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Scorecard } from '../../src/features/workshop/scorecard.tsx';
import { playedCall, STRONG_CHANGE_OF_HEART, WEAK_CHANGE_OF_HEART } from '../support/records.ts';

afterEach(cleanup);

describe("a participant's scorecard", () => {
  it('shows their best reply when one earned points and lost none', () => {
    render(<Scorecard name="Ana" calls={[playedCall('drill-1', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART)]} drillCode="ABC" />);
    const card = screen.getByRole('article', { name: 'Scorecard for Ana' });
    expect(card.textContent).toMatch(/Best reply:/);
  });

  it('praises no reply when every reply lost points, as the class summary does', () => {
    const weak = playedCall('drill-2', 'change-of-heart', 3, WEAK_CHANGE_OF_HEART);
    render(<Scorecard name="Bo" calls={[weak]} drillCode="ABC" />);
    const card = screen.getByRole('article', { name: 'Scorecard for Bo' });
    expect(card.textContent).not.toMatch(/Best reply:/);
    expect(card.textContent).toMatch(/One thing to work on:/);
  });
});
