// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReplyBox } from '../../src/components/reply-box.tsx';

/** The box as a screen holds it: the draft lives outside, and saying it reports the draft. */
function Harness({ disabled = false, onSay }: { disabled?: boolean; onSay: (said: string) => void }) {
  const [draft, setDraft] = useState('');
  return (
    <>
      <ReplyBox id="reply" boxRef={null} value={draft} disabled={disabled} describedBy="status" onChange={setDraft} onSay={() => onSay(draft)} />
      <p id="status">Press Enter to say it.</p>
    </>
  );
}

afterEach(cleanup);

describe('the reply box', () => {
  it('is labelled "Your reply" and described by the turn status', () => {
    render(<Harness onSay={vi.fn()} />);
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    expect(box.getAttribute('aria-describedby')).toBe('status');
    expect(screen.getByRole('textbox', { description: 'Press Enter to say it.' })).toBe(box);
  });

  it('says the reply on Enter, without adding a newline to it', async () => {
    const user = userEvent.setup();
    const onSay = vi.fn();
    render(<Harness onSay={onSay} />);
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    await user.type(box, 'Thank you for your time.{Enter}');
    expect(onSay).toHaveBeenCalledTimes(1);
    expect(onSay).toHaveBeenCalledWith('Thank you for your time.');
    expect((box as HTMLTextAreaElement).value).toBe('Thank you for your time.');
  });

  it('adds a line on Shift+Enter and does not say it', async () => {
    const user = userEvent.setup();
    const onSay = vi.fn();
    render(<Harness onSay={onSay} />);
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    await user.type(box, 'First line{Shift>}{Enter}{/Shift}second line');
    expect(onSay).not.toHaveBeenCalled();
    expect((box as HTMLTextAreaElement).value).toBe('First line\nsecond line');
    await user.keyboard('{Enter}');
    expect(onSay).toHaveBeenCalledWith('First line\nsecond line');
  });

  it('does not say a half-composed word when Enter confirms an input method composition', () => {
    const onSay = vi.fn();
    render(<Harness onSay={onSay} />);
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    // Safari ends the composition first, then sends Enter with the input method's key code.
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    expect(onSay).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSay).toHaveBeenCalledTimes(1);
  });

  it('takes no typing and says nothing while disabled', async () => {
    const user = userEvent.setup();
    const onSay = vi.fn();
    render(<Harness disabled onSay={onSay} />);
    const box = screen.getByRole('textbox', { name: 'Your reply' });
    expect((box as HTMLTextAreaElement).disabled).toBe(true);
    await user.type(box, 'Hello{Enter}');
    expect((box as HTMLTextAreaElement).value).toBe('');
    expect(onSay).not.toHaveBeenCalled();
  });
});
