// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrepareScreen } from '../../src/features/prepare/prepare-screen.tsx';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { useAppStore } from '../../src/store/app-store.ts';

beforeEach(() => useAppStore.setState({ scripts: {} }));
afterEach(cleanup);

describe('preparing a script', () => {
  it('keeps live scoring to marks in the text and one line per part, with the details on request', async () => {
    const user = userEvent.setup();
    render(<PrepareScreen scenario={builtinScenario('ask-why')!} />);
    const opening = screen.getByRole('textbox', { name: /opening/i });
    await user.type(opening, 'Whatever, your screener clearly cannot read.');
    const field = opening.closest('.script-field') as HTMLElement;
    expect(field.querySelectorAll('mark.mark-bad').length).toBeGreaterThan(0);
    const summary = field.querySelector('summary');
    expect(summary?.textContent).toMatch(/^defensiveness \d+ \/ 100 · credibility \d+ \/ 100 · professionalism \d+ \/ 100: \d+ phrases? cost points/);
    expect(field.querySelector('details')?.open).toBe(false);
    await user.click(summary!);
    expect(field.querySelector('details')?.open).toBe(true);
    expect(within(field).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('asks for a call taken, not made, when the company rings', () => {
    render(<PrepareScreen scenario={builtinScenario('request-to-talk')!} />);
    expect(screen.queryByText(/why you are calling/)).toBeNull();
    expect(screen.getByText('Answer with your name, and thank them for calling back.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Take the call' })).toBeTruthy();
  });

  it('asks for the reason for calling when the candidate rings', () => {
    render(<PrepareScreen scenario={builtinScenario('ask-why')!} />);
    expect(screen.getByText(/why you are calling/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Make the call' })).toBeTruthy();
  });
});
