// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CueCard } from '../../src/features/call/cue-card.tsx';
import { HangUpButton } from '../../src/features/call/hang-up-button.tsx';
import { useAppStore } from '../../src/store/app-store.ts';

afterEach(cleanup);

describe('hanging up', () => {
  it('hangs up at once before the candidate has said anything', async () => {
    const onHangUp = vi.fn();
    render(<HangUpButton enabled askFirst={false} onHangUp={onHangUp} />);
    await userEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    expect(onHangUp).toHaveBeenCalledTimes(1);
  });

  it('asks first once they have, focusing the answer, and staying on the call changes nothing', async () => {
    const onHangUp = vi.fn();
    render(<HangUpButton enabled askFirst onHangUp={onHangUp} />);
    await userEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    expect(onHangUp).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: 'Hang up?' }).textContent).toContain('The call ends and is kept as hung up.');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Yes, hang up' }));
    await userEvent.click(screen.getByRole('button', { name: 'Stay on the call' }));
    expect(screen.getByRole('button', { name: 'Hang up' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Hang up' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, hang up' }));
    expect(onHangUp).toHaveBeenCalledTimes(1);
  });
});

describe('the cue card', () => {
  it('shows the parts of the script the candidate wrote, exactly, folded until opened', async () => {
    useAppStore.setState({ scripts: { 'ask-why': { opening: 'Hi Tom,  it’s Jordan.', reason: '', ask: 'What could I strengthen?', thankYou: '' } } });
    render(<CueCard scenarioId="ask-why" />);
    const card = screen.getByText('Your script').closest('details')!;
    expect(card.open).toBe(false);
    await userEvent.click(screen.getByText('Your script'));
    expect(card.open).toBe(true);
    expect([...card.querySelectorAll('dt')].map((term) => term.textContent)).toEqual(['Opening', 'Your ask']);
    expect([...card.querySelectorAll('dd')].map((text) => text.textContent)).toEqual(['Hi Tom,  it’s Jordan.', 'What could I strengthen?']);
  });

  it('offers the briefing when there is no script yet, even for a scenario id Object.prototype also has', () => {
    useAppStore.setState({ scripts: {} });
    render(<CueCard scenarioId="constructor" />);
    expect(screen.getByRole('link', { name: 'Write one on the briefing' }).getAttribute('href')).toBe('#/prepare/constructor');
  });
});
