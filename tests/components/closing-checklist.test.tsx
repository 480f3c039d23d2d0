// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClosingChecklist } from '../../src/components/closing-checklist.tsx';
import type { ClosingCheck } from '../../src/domain/scoring/grade-call.ts';

const CHECK: ClosingCheck = {
  applies: true,
  thanked: true,
  noPushback: false,
  doorLeftOpen: true,
  gracious: false,
  reply: 'Thanks, but I think you are making a mistake.',
  advice: 'Drop the "but": thank them and leave it there.',
};

afterEach(cleanup);

describe('the closing checklist', () => {
  it('ticks what the closing did and crosses what it missed, then gives the advice', () => {
    render(<ClosingChecklist check={CHECK} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['✓ Thanked them for their time and candour', '✗ No pushback', '✓ Left the door open']);
    expect(screen.getByText('Drop the "but": thank them and leave it there.')).toBeTruthy();
  });

  it('crosses every part when none was done', () => {
    render(<ClosingChecklist check={{ ...CHECK, thanked: false, noPushback: false, doorLeftOpen: false }} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent?.slice(0, 1))).toEqual(['✗', '✗', '✗']);
  });
});
