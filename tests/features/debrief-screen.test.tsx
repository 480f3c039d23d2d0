// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DebriefScreen } from '../../src/features/debrief/debrief-screen.tsx';
import { LIVE_CALL_KEY } from '../../src/store/live-call-storage.ts';
import { keepRecording } from '../../src/store/recordings.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import type { CallRecord } from '../../src/domain/call/call-record.ts';
import type { Finding } from '../../src/domain/scoring/score-types.ts';
import { playedCall, STRONG_CHANGE_OF_HEART } from '../support/records.ts';

const PLAYED = playedCall('call-debrief', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART);
const SECOND_REPLY = PLAYED.output.turns[1]!.reply;
const ELM_AT = SECOND_REPLY.indexOf('Elm Street');
/** One finding of our own on the second reply, so the test doesn't follow every change to the scorer's rules. */
const ELM: Finding = {
  dimension: 'credibility',
  start: ELM_AT,
  end: ELM_AT + 'Elm Street'.length,
  phrase: 'Elm Street',
  points: 3,
  rule: 'test-detail',
  heard: 'A street name the manager can check.',
};
const RECORD: CallRecord = {
  ...PLAYED,
  output: { ...PLAYED.output, turns: PLAYED.output.turns.map((turn, index) => (index === 1 ? { ...turn, score: { ...turn.score, findings: [ELM] } } : turn)) },
};

function transcriptLines(): HTMLElement[] {
  const section = screen.getByRole('region', { name: 'The call, line by line' });
  return [...section.querySelectorAll<HTMLElement>('ol.transcript > li')];
}

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
  useAppStore.setState({ receivedComments: {}, customScenarios: {}, assignments: {} });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the debrief transcript', () => {
  it('names the manager and marks the best and weakest replies', () => {
    const { bestTurn, worstTurn } = RECORD.grade;
    expect(bestTurn).not.toBeNull();
    expect(worstTurn).not.toBeNull();
    render(<DebriefScreen record={RECORD} />);
    const who = transcriptLines().map((item) => item.querySelector('.line-who')?.textContent);
    const expected = ['Priya Raman'];
    RECORD.output.turns.forEach((_, index) => {
      expected.push(index === bestTurn ? 'You (your best reply)' : index === worstTurn ? 'You (your weakest reply)' : 'You', 'Priya Raman');
    });
    expect(who).toEqual(expected);
  });

  it('opens how the manager heard a phrase right under its reply, next in the tab order, and closes back to the phrase', async () => {
    const user = userEvent.setup();
    render(<DebriefScreen record={RECORD} />);
    expect(screen.queryByRole('heading', { name: 'How the manager heard it' })).toBeNull();
    const reply = transcriptLines()[3]!;
    expect(within(reply).getAllByRole('button', { name: /Show how the manager heard it\.$/ })).toHaveLength(1);
    const phrase = within(reply).getByRole('button', { name: 'Elm Street. Earned points. Show how the manager heard it.' });
    phrase.focus();
    await user.keyboard('{Enter}');
    const explanation = within(reply).getByRole('region', { name: 'How the manager heard your phrase in reply 2' });
    expect(explanation.closest('[aria-live="polite"]')).not.toBeNull();
    expect(within(explanation).getByText('A street name the manager can check.')).toBeTruthy();
    expect(within(reply).getByRole('button', { name: /^Elm Street\./, pressed: true })).toBeTruthy();
    await user.tab();
    expect(document.activeElement).toBe(within(explanation).getByRole('button', { name: /^Close/ }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('heading', { name: 'How the manager heard it' })).toBeNull();
    expect(document.activeElement).toBe(within(reply).getByRole('button', { name: /^Elm Street\./ }));
  });

  it('shows each reply’s scores, a coach’s comment on it, and its recording', async () => {
    // Node's object URLs refuse jsdom's Blob; the screen only needs a URL to hand to the audio element.
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:recording');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    // Recordings live for the tab, so this call has its own id and the other tests see none.
    const record = { ...RECORD, id: 'call-recorded' };
    keepRecording(record.id, 1, new Blob(['audio']));
    useAppStore.setState({
      receivedComments: { [record.id]: { callId: record.id, coach: 'Sam', about: 'Before your call', writtenAt: '2026-11-25T09:00:00Z', byTurn: { '1': 'Lead with the reason.' } } },
    });
    render(<DebriefScreen record={record} />);
    const second = transcriptLines()[3]!;
    const { defensiveness, credibility, professionalism } = RECORD.output.turns[1]!.score;
    expect(within(second).getByText(`defensiveness ${defensiveness} / 100 · credibility ${credibility} / 100 · professionalism ${professionalism} / 100`)).toBeTruthy();
    expect(within(second).getByRole('complementary', { name: "Sam's comment on reply 2" }).textContent).toBe('Sam says Lead with the reason.');
    expect((await within(second).findByLabelText('Your recording of reply 2')).getAttribute('src')).toBe('blob:recording');
    expect(screen.getAllByRole('complementary')).toHaveLength(1);
    expect(screen.queryByLabelText('Your recording of reply 1')).toBeNull();
    expect(screen.getByText(/Sam commented on one of your replies/)).toBeTruthy();
  });

  it('leads with what to work on and the weakest reply rewritten, for a call with faults', () => {
    const replies = ["Hi, it's Jordan.", "Honestly your HR person is a joke and I'll take this to your CEO.", 'Fine. Thanks.'];
    render(<DebriefScreen record={playedCall('call-rough', 'ask-why', 3, replies)} />);
    const panel = screen.getByRole('region', { name: /to work on$/ });
    expect(within(panel).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(within(panel).getAllByRole('listitem').length).toBeLessThanOrEqual(3);
    const [said, stronger] = within(panel).getAllByRole('figure');
    expect(said!.querySelector('blockquote')?.textContent).toBe(replies[1]);
    expect(stronger!.querySelector('blockquote')?.textContent).not.toContain('CEO');
  });

  it('shows the old and the new reply side by side, with their scores, after trying a reply again', () => {
    const earlier = playedCall('call-first-try', 'ask-why', 3, ["Hi, it's Jordan.", 'Whatever, your screener clearly cannot read.']);
    const retry = { ...playedCall('call-second-try', 'ask-why', 3, ["Hi, it's Jordan.", 'Could you tell me what held my application back?']), retryOf: { callId: earlier.id, turn: 1 } };
    useAppStore.setState({ calls: [retry, earlier] });
    render(<DebriefScreen record={retry} />);
    const comparison = screen.getByRole('region', { name: 'Reply 2, before and after' });
    const [before, after] = within(comparison).getAllByRole('figure');
    expect(before!.querySelector('blockquote')?.textContent).toBe('Whatever, your screener clearly cannot read.');
    expect(after!.querySelector('blockquote')?.textContent).toBe('Could you tell me what held my application back?');
    expect(within(before!).getByText(new RegExp(`defensiveness ${earlier.output.turns[1]!.score.defensiveness} / 100`))).toBeTruthy();
  });

  it('rewinds the call to just before a reply when asked to try it again', async () => {
    const user = userEvent.setup();
    render(<DebriefScreen record={RECORD} />);
    expect(screen.getAllByRole('button', { name: /^Try this reply again/ }).map((button) => button.textContent)).toEqual(
      RECORD.output.turns.map((_, index) => `Try this reply again (reply ${index + 1})`),
    );
    // Chromium names it "Try this reply again (reply 2)"; jsdom's name computation drops the space before the hidden part.
    await user.click(screen.getByRole('button', { name: /^Try this reply again ?\(reply 2\)$/ }));
    expect(window.location.hash).toBe(`#/call/change-of-heart?seed=${RECORD.output.seed}`);
    const saved = JSON.parse(localStorage.getItem(LIVE_CALL_KEY) ?? 'null');
    expect(saved).toMatchObject({ scenarioId: 'change-of-heart' });
    const said = saved.snapshot.context.transcript.filter((entry: { speaker: string }) => entry.speaker === 'candidate').map((entry: { text: string }) => entry.text);
    expect(said).toEqual([STRONG_CHANGE_OF_HEART[0]]);
    expect(saved.snapshot.context.retryOf).toEqual({ callId: RECORD.id, turn: 1 });
  });
});
