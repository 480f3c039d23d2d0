// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Transcript } from '../../src/components/transcript.tsx';
import type { AssessedTurn, CallOutput, TranscriptEntry } from '../../src/domain/call/call-types.ts';

function line(speaker: TranscriptEntry['speaker'], text: string): TranscriptEntry {
  return { speaker, text, atMs: 0, nodeId: 'opening' };
}

function turn(reply: string, defensiveness: number): AssessedTurn {
  return { nodeId: 'opening', managerLine: '', reply, ledTo: 'next', score: { defensiveness, credibility: 60, professionalism: 80, findings: [] } };
}

const OUTPUT: Pick<CallOutput, 'transcript' | 'turns'> = {
  transcript: [
    line('gatekeeper', 'Northwind, how can I help?'),
    line('candidate', 'Could I speak to Tom?'),
    line('manager', 'Tom speaking.'),
    line('candidate', 'Hi Tom, <b>thanks</b>  for taking my call.'),
    line('voicemail', 'Leave a message.'),
  ],
  turns: [turn('Could I speak to Tom?', 10), turn('Hi Tom, <b>thanks</b>  for taking my call.', 5)],
};

function lines(): HTMLElement[] {
  return within(screen.getByRole('list')).getAllByRole('listitem');
}

afterEach(cleanup);

describe('the transcript', () => {
  it('shows every line in order, the company side named by speaker and the candidate by the screen', () => {
    const { container } = render(<Transcript output={OUTPUT} managerName="Tom" candidateName={() => 'Jordan'} />);
    const who = [...container.querySelectorAll('.line-who')].map((each) => each.textContent);
    const said = [...container.querySelectorAll('.line-text')].map((each) => each.textContent);
    expect(lines()).toHaveLength(5);
    expect(who).toEqual(['Reception', 'Jordan', 'Tom', 'Jordan', 'Voicemail']);
    expect(said).toEqual(OUTPUT.transcript.map((each) => each.text));
    expect(container.querySelector('b')).toBeNull();
  });

  it('puts each reply’s three scores under it', () => {
    render(<Transcript output={OUTPUT} managerName="Tom" candidateName={() => 'You'} />);
    expect(within(lines()[1]!).getByText('defensiveness 10 / 100 · credibility 60 / 100 · professionalism 80 / 100')).toBeTruthy();
    expect(within(lines()[3]!).getByText('defensiveness 5 / 100 · credibility 60 / 100 · professionalism 80 / 100')).toBeTruthy();
    expect(within(lines()[2]!).queryByText(/defensiveness/)).toBeNull();
  });

  it('asks the screen for each reply’s name, words and additions with the turn it belongs to', () => {
    const candidateName = vi.fn(({ turnIndex }: { turnIndex: number | null }) => `You #${turnIndex}`);
    render(
      <Transcript
        output={OUTPUT}
        managerName="Tom"
        candidateName={candidateName}
        replyText={({ turn }) => <em>{turn.reply.toUpperCase()}</em>}
        underReply={({ turnIndex }) => <button type="button">Comment on reply {turnIndex + 1}</button>}
      />,
    );
    expect(candidateName.mock.calls.map(([each]) => each.turnIndex)).toEqual([0, 1]);
    expect(within(lines()[1]!).getByText('You #0')).toBeTruthy();
    expect(within(lines()[3]!).getByText('HI TOM, <B>THANKS</B> FOR TAKING MY CALL.')).toBeTruthy();
    expect(within(lines()[1]!).getByRole('button', { name: 'Comment on reply 1' })).toBeTruthy();
    expect(within(lines()[3]!).getByRole('button', { name: 'Comment on reply 2' })).toBeTruthy();
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('shows a reply with no scored turn as plain words, with no scores and nothing added', () => {
    const output = { transcript: [...OUTPUT.transcript, line('candidate', 'One more thing.')], turns: OUTPUT.turns };
    const underReply = vi.fn(() => <button type="button">Try again</button>);
    const replyText = vi.fn(() => 'replaced');
    render(<Transcript output={output} managerName="Tom" candidateName={() => 'You'} replyText={replyText} underReply={underReply} />);
    const last = lines()[5]!;
    expect(last.textContent).toBe('YouOne more thing.');
    expect(underReply).toHaveBeenCalledTimes(2);
    expect(replyText).toHaveBeenCalledTimes(2);
  });
});
