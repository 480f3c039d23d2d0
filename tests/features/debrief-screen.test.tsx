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

  it('shows how the manager heard a phrase once it is selected', async () => {
    const user = userEvent.setup();
    render(<DebriefScreen record={RECORD} />);
    expect(screen.queryByRole('heading', { name: 'How the manager heard it' })).toBeNull();
    const reply = transcriptLines()[3]!;
    expect(within(reply).getAllByRole('button', { name: /Show how the manager heard it\.$/ })).toHaveLength(1);
    await user.click(within(reply).getByRole('button', { name: 'Elm Street. Earned points. Show how the manager heard it.' }));
    expect(screen.getByRole('heading', { name: 'How the manager heard it' })).toBeTruthy();
    expect(screen.getByText('A street name the manager can check.')).toBeTruthy();
    expect(within(reply).getByRole('button', { name: /^Elm Street\./, pressed: true })).toBeTruthy();
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
    expect(within(second).getByText(`defensiveness ${defensiveness} · credibility ${credibility} · professionalism ${professionalism}`)).toBeTruthy();
    expect(within(second).getByRole('complementary', { name: "Sam's comment on reply 2" }).textContent).toBe('Sam says Lead with the reason.');
    expect((await within(second).findByLabelText('Your recording of reply 2')).getAttribute('src')).toBe('blob:recording');
    expect(screen.getAllByRole('complementary')).toHaveLength(1);
    expect(screen.queryByLabelText('Your recording of reply 1')).toBeNull();
    expect(screen.getByText(/Sam commented on one of your replies/)).toBeTruthy();
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
  });
});
