// @vitest-environment jsdom
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeliveryProgress } from '../../src/features/history/delivery-progress.tsx';
import { keepRecording } from '../../src/store/recordings.ts';
import { playedCall, STRONG_CHANGE_OF_HEART } from '../support/records.ts';
import { readWav } from '../support/wav.ts';

// jsdom has no Web Audio: a clip's bytes name the espeak-ng fixture it stands for.
vi.mock('../../src/lib/device/decode-audio.ts', () => ({
  decodeClip: async (clip: Blob) => readWav(join(import.meta.dirname, '..', 'fixtures', 'audio', await clip.text())),
}));

afterEach(cleanup);

describe('pace over the calls of a scenario', () => {
  it('measures the recorded calls on request, oldest first, and skips calls without recordings', async () => {
    const user = userEvent.setup();
    const slow = { ...playedCall('call-slow', 'change-of-heart', 1, STRONG_CHANGE_OF_HEART), id: 'call-slow', finishedAt: '2026-11-01T10:00:00Z' };
    const typed = { ...playedCall('call-typed', 'change-of-heart', 2, STRONG_CHANGE_OF_HEART), id: 'call-typed', finishedAt: '2026-11-02T10:00:00Z' };
    const fast = { ...playedCall('call-fast', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART), id: 'call-fast', finishedAt: '2026-11-03T10:00:00Z' };
    keepRecording(slow.id, 0, new Blob(['speech-120wpm.wav']));
    keepRecording(fast.id, 1, new Blob(['speech-200wpm.wav']));
    render(<DeliveryProgress calls={[slow, typed, fast]} title="Change of heart" />);
    await user.click(screen.getByRole('button', { name: 'Show pace and pauses from your recordings' }));
    const rows = await screen.findAllByRole('row');
    const paces = rows.slice(1).map((row) => Number(row.querySelectorAll('td')[0]?.textContent));
    expect(paces).toHaveLength(2);
    expect(paces[0]).toBeLessThan(paces[1]!);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/pace over 2 recorded calls, from \d+ to \d+ words a minute; the target is 130 to 170/);
  });

  it('says so when no call has a recording', async () => {
    const user = userEvent.setup();
    render(<DeliveryProgress calls={[{ ...playedCall('call-none', 'change-of-heart', 4, STRONG_CHANGE_OF_HEART), id: 'call-none' }]} title="Change of heart" />);
    await user.click(screen.getByRole('button', { name: 'Show pace and pauses from your recordings' }));
    expect(await screen.findByText(/None of these calls has a recording/)).toBeTruthy();
  });
});
