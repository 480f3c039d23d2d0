// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallSettings } from '../../src/features/call/call-settings.tsx';
import { dictationOnIn } from '../../src/features/call/use-voice-input.ts';

type Settings = Parameters<typeof dictationOnIn>[0];

/** Settings as saved before dictation was a choice: no `dictationOn` at all. */
const OLDER = { voiceOn: true, voiceName: null, rate: 1, practiceMode: false } as Settings;

/** Saved settings holding `value` as the dictation choice, whatever a saved file may have put there. */
function savedWith(value: unknown): Settings {
  return { ...OLDER, dictationOn: value } as Settings;
}

afterEach(cleanup);

describe('dictation', () => {
  it('is off unless the candidate turned it on', () => {
    expect(dictationOnIn(OLDER)).toBe(false);
    expect(dictationOnIn(savedWith(false))).toBe(false);
    expect(dictationOnIn(savedWith('yes'))).toBe(false);
    expect(dictationOnIn(savedWith(true))).toBe(true);
  });

  it('is turned on where the candidate is told, in one place, where their voice goes', async () => {
    const user = userEvent.setup();
    const setOn = vi.fn();
    render(<CallSettings voices={[]} dictation={{ on: false, setOn }} />);
    const toggle = screen.getByRole('checkbox', { name: 'Dictation: speak instead of typing' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    const description = document.getElementById(toggle.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(description).toMatch(/speech recognition/);
    expect(description).toMatch(/in Chrome, to Google/);
    expect(description).toMatch(/Typing and recording stay on this device\./);
    await user.click(toggle);
    expect(setOn).toHaveBeenCalledWith(true);
  });
});
