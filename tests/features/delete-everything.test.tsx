// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeleteEverything } from '../../src/features/history/delete-everything.tsx';
import { useAppStore } from '../../src/store/app-store.ts';
import { playedCall } from '../support/records.ts';

const deleteEverything = vi.hoisted(() => vi.fn(() => Promise.resolve(true)));
vi.mock('../../src/store/app-store.ts', async (importOriginal) => ({ ...(await importOriginal<object>()), deleteEverything }));

beforeEach(() => {
  deleteEverything.mockClear();
  useAppStore.setState({ calls: [], scripts: {}, customScenarios: {}, assignments: {}, results: [] });
});
afterEach(cleanup);

describe('delete everything', () => {
  it('is not offered to someone with nothing saved', () => {
    render(<DeleteEverything onDone={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says what will go and deletes nothing until asked twice', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    useAppStore.setState({ calls: [playedCall('call-a', 'ask-why', 1, ['Hi Tom.']), playedCall('call-b', 'ask-why', 2, ['Hi Tom.'])] });
    render(<DeleteEverything onDone={onDone} />);
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByRole('group').textContent).toMatch(/^Delete 2 calls, with any recordings and your settings, from this browser\? This can't be undone/);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep my data' }));
    await user.keyboard('{Enter}');
    expect(deleteEverything).not.toHaveBeenCalled();
    expect(screen.queryByRole('group')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(deleteEverything).toHaveBeenCalledTimes(1);
    expect(onDone).toHaveBeenCalledWith(true);
  });
});
