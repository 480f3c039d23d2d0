// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TranscriptEntry } from '../../src/domain/call/call-types.ts';
import { CallCaptions } from '../../src/features/call/call-captions.tsx';

function line(speaker: TranscriptEntry['speaker'], text: string): TranscriptEntry {
  return { speaker, text, atMs: 0, nodeId: 'opening' };
}

afterEach(cleanup);

describe('the call captions', () => {
  it('are a polite log named "Captions" that announces only new lines', () => {
    render(<CallCaptions transcript={[]} managerName="Tom" />);
    const log = screen.getByRole('log', { name: 'Captions' });
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(log.getAttribute('aria-relevant')).toBe('additions');
  });

  it('show every line with who said it, as text', () => {
    const transcript = [line('gatekeeper', 'Northwind, good morning.'), line('manager', 'Tom here.'), line('candidate', 'Hi Tom, <i>thanks</i>.'), line('voicemail', 'Please leave a message.')];
    render(<CallCaptions transcript={transcript} managerName="Tom" />);
    const items = within(screen.getByRole('log', { name: 'Captions' })).getAllByRole('listitem');
    expect(items.map((item) => [item.querySelector('.line-who')?.textContent, item.querySelector('.line-text')?.textContent])).toEqual([
      ['Reception', 'Northwind, good morning.'],
      ['Tom', 'Tom here.'],
      ['You', 'Hi Tom, <i>thanks</i>.'],
      ['Voicemail', 'Please leave a message.'],
    ]);
    expect(items.map((item) => item.className)).toEqual(['line line-them', 'line line-them', 'line line-you', 'line line-them']);
  });

  it('add a line without replacing the ones already shown', () => {
    const first = [line('manager', 'Tom here.')];
    const { rerender } = render(<CallCaptions transcript={first} managerName="Tom" />);
    const shown = screen.getByText('Tom here.');
    rerender(<CallCaptions transcript={[...first, line('candidate', 'Hello.')]} managerName="Tom" />);
    expect(screen.getByText('Tom here.')).toBe(shown);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });
});
