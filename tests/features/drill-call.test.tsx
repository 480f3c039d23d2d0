// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallPaceContext } from '../../src/components/call/call-pace.ts';
import type { CallRecord } from '../../src/domain/call/call-record.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { DrillCall } from '../../src/features/workshop/drill-call.tsx';

const SCENARIO = builtinScenario('ask-why')!;
// With this seed Tom picks up himself ("Tom Becker.") rather than voicemail, and the call goes on after a reply.
const SEED = 2;

/** A round at the quick pace, so the line connects in a fraction of a second. */
function renderRound(secondsPerReply: number) {
  const fileCall = vi.fn<(record: CallRecord) => void>();
  const onDone = vi.fn();
  render(
    <CallPaceContext.Provider value="quick">
      <DrillCall scenario={SCENARIO} seed={SEED} secondsPerReply={secondsPerReply} idPrefix="drill-test" fileCall={fileCall} onDone={onDone} />
    </CallPaceContext.Provider>,
  );
  return { fileCall, onDone };
}

function replyBox(): HTMLTextAreaElement {
  return screen.getByRole('textbox', { name: 'Your reply' });
}

async function managerAnswers(): Promise<void> {
  await waitFor(() => expect(replyBox().disabled).toBe(false), { timeout: 3000 });
}

afterEach(cleanup);

describe('a drill round', () => {
  it('lets the candidate reply only once the manager has spoken, with the time left shown', async () => {
    renderRound(30);
    expect(replyBox().disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Say it' })).toHaveProperty('disabled', true);
    await managerAnswers();
    expect(document.querySelector('.drill-speaker')?.textContent).toBe(SCENARIO.persona.name);
    expect(document.querySelector('.drill-line')?.textContent).toBe('Tom Becker.');
    expect(document.activeElement).toBe(replyBox());
    expect(screen.getByRole('textbox', { description: 'Press Enter to say it. When the time runs out, what you have typed is said.' })).toBe(replyBox());
    // Until its first quarter-second tick the countdown works from the clock reading taken at mount, a second high.
    await waitFor(() => expect(screen.getByRole('timer', { name: 'Time left for this reply' }).textContent).toMatch(/^(30|29)s$/));
  });

  it('says the reply on Enter, and the manager answers it', async () => {
    const user = userEvent.setup();
    renderRound(30);
    await managerAnswers();
    const first = document.querySelector('.drill-line')?.textContent;
    await user.type(replyBox(), "Hi Tom, it's Jordan Avery. Do you have two minutes?{Enter}");
    expect(replyBox().value).toBe('');
    await waitFor(() => expect(document.querySelector('.drill-line')?.textContent).not.toBe(first), { timeout: 3000 });
  });

  it('says what is typed when the time runs out, then ends the round when nothing is typed', async () => {
    const user = userEvent.setup();
    const { fileCall, onDone } = renderRound(1);
    await managerAnswers();
    await user.type(replyBox(), 'Hi Tom, it is Jordan.');
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1), { timeout: 6000 });
    expect(fileCall).toHaveBeenCalledTimes(1);
    const record = fileCall.mock.calls[0]![0];
    expect(record.id.startsWith('drill-test')).toBe(true);
    expect(record.output.turns.map((turn) => turn.reply)).toEqual(['Hi Tom, it is Jordan.']);
    expect(record.output.outcome).toEqual({ kind: 'no-reply' });
  });
});
