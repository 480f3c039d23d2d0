// @vitest-environment jsdom
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebriefScreen } from '../../src/features/debrief/debrief-screen.tsx';
import { keepRecording } from '../../src/store/recordings.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { playedCall, STRONG_CHANGE_OF_HEART } from '../support/records.ts';
import { readWav } from '../support/wav.ts';

// jsdom has no Web Audio: the decoder hands back the espeak-ng fixture a recorded clip stands for.
const decoded = vi.hoisted(() => ({ file: 'speech-160wpm.wav' }));
vi.mock('../../src/lib/device/decode-audio.ts', () => ({
  decodeClip: (clip: Blob) => Promise.resolve(clip.size > 0 ? readWav(join(import.meta.dirname, '..', 'fixtures', 'audio', decoded.file)) : null),
}));

beforeEach(() => {
  useAppStore.setState({ receivedComments: {}, customScenarios: {}, assignments: {} });
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:recording');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('delivery in the debrief', () => {
  it('shows how each recorded reply sounded, and the whole call, measured from the recordings', async () => {
    const record = { ...playedCall('call-spoken', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART), id: 'call-spoken' };
    keepRecording(record.id, 1, new Blob(['clip']));
    render(<DebriefScreen record={record} />);
    const strip = await screen.findByRole('group', { name: 'How reply 2 sounded' });
    const checks = within(strip)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    const wordsPerMinute = Number(/Pace: about (\d+) words a minute/.exec(checks[0] ?? '')?.[1]);
    expect(wordsPerMinute).toBeGreaterThan(150);
    expect(wordsPerMinute).toBeLessThan(230);
    expect(checks[1]).toMatch(/Pauses: 2, longest 1\.\d s \(on target\)$/);
    expect(screen.queryByRole('group', { name: 'How reply 1 sounded' })).toBeNull();
    const summary = screen.getByRole('region', { name: 'How you sounded' });
    expect(within(summary).getByText(/nothing was sent anywhere/)).toBeTruthy();
  });

  it('gives a tip for what missed its target', async () => {
    decoded.file = 'speech-120wpm.wav';
    const record = { ...playedCall('call-fast', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART), id: 'call-fast' };
    keepRecording(record.id, 0, new Blob(['clip']));
    render(<DebriefScreen record={record} />);
    const strip = await screen.findByRole('group', { name: 'How reply 1 sounded' });
    expect(within(strip).getAllByRole('listitem')[0]?.textContent).toMatch(/^! Pace: about \d+ words a minute \(off target\)$/);
    expect(within(strip).getByText(/slow: trim/i)).toBeTruthy();
  });

  it('adds the time taken to start and the fillers for a hands-free reply whose words were recognised', async () => {
    decoded.file = 'speech-160wpm.wav';
    const replies = ['Um, so, you know, I was, uh, thinking about the offer again, um, and I would like to talk.', ...STRONG_CHANGE_OF_HEART.slice(1)];
    const record = { ...playedCall('call-hands-free', 'change-of-heart', 3, replies), id: 'call-hands-free' };
    keepRecording(record.id, 0, new Blob(['clip']), { handsFree: true, recognised: true });
    render(<DebriefScreen record={record} />);
    const strip = await screen.findByRole('group', { name: 'How reply 1 sounded' });
    const checks = within(strip)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(checks.find((check) => check.includes('Fillers'))).toMatch(/Fillers: \d+\.\d a minute \(off target\)$/);
    expect(checks.find((check) => check.includes('Started after'))).toMatch(/Started after: 0\.\d s \(on target\)$/);
  });

  it('shows no delivery for a call without recordings', async () => {
    render(<DebriefScreen record={{ ...playedCall('call-typed', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART), id: 'call-typed' }} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'How you sounded' })).toBeNull();
  });
});
