// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildResultFile, resultKey } from '../../src/domain/result/result-file.ts';
import { ReviewCallScreen } from '../../src/features/review/review-call-screen.tsx';
import { useAppStore } from '../../src/store/app-store.ts';
import { playedCall, STRONG_CHANGE_OF_HEART } from '../support/records.ts';

const CALL = playedCall('call-review', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART, 'a-test-0001');
const FILE = buildResultFile(
  'Jordan Avery',
  {
    kind: 'assignment',
    assignmentId: 'a-test-0001',
    title: 'Before your call to Northwind',
    coach: 'Sam',
    items: [{ scenarioId: 'change-of-heart', title: 'Change of heart', managerName: 'Dana', goals: [{ kind: 'finish-call', times: 1 }] }],
  },
  [CALL],
  new Date('2026-11-24T12:00:00Z'),
);
const KEY = resultKey(FILE);

/** The transcript's own lines, not the findings listed inside them. */
function transcriptLines(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('ol.transcript > li')];
}

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ results: [FILE], draftComments: {} });
});

afterEach(cleanup);

describe('reviewing one call', () => {
  it('names the participant on their lines and the manager as the results file does', () => {
    render(<ReviewCallScreen resultKey={KEY} callId={CALL.id} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Jordan Avery: Change of heart' })).toBeTruthy();
    const who = transcriptLines().map((item) => item.querySelector('.line-who')?.textContent);
    expect(who).toEqual(CALL.output.transcript.map((entry) => (entry.speaker === 'candidate' ? 'Jordan Avery' : 'Dana')));
    const said = transcriptLines().map((item) => item.querySelector('.line-text')?.textContent);
    expect(said).toEqual(CALL.output.transcript.map((entry) => entry.text));
  });

  it('lists what the scorer found under each reply', () => {
    render(<ReviewCallScreen resultKey={KEY} callId={CALL.id} />);
    const second = transcriptLines()[3]!;
    const details = within(second).getByText('What the scorer found').closest('details')!;
    expect(details.open).toBe(false);
    const found = within(details).getAllByRole('listitem', { hidden: true });
    const findings = CALL.output.turns[1]!.score.findings;
    expect(found).toHaveLength(findings.length);
    expect(found.map((item) => item.querySelector('.finding-heard')?.textContent)).toEqual(findings.map((finding) => finding.heard));
  });

  it('keeps a comment typed under a reply as that reply’s draft', async () => {
    const user = userEvent.setup();
    render(<ReviewCallScreen resultKey={KEY} callId={CALL.id} />);
    expect(screen.getAllByRole('textbox', { name: /^Your comment on reply \d+$/ })).toHaveLength(CALL.output.turns.length);
    const box = within(transcriptLines()[3]!).getByRole('textbox', { name: 'Your comment on reply 2' });
    await user.type(box, 'Lead with the move.');
    expect(useAppStore.getState().draftComments[KEY]?.[CALL.id]).toEqual({ '1': 'Lead with the move.' });
    expect((box as HTMLTextAreaElement).value).toBe('Lead with the move.');
  });

  it('shows a saved draft in its box', () => {
    useAppStore.setState({ draftComments: { [KEY]: { [CALL.id]: { '0': 'Warm opening.' } } } });
    render(<ReviewCallScreen resultKey={KEY} callId={CALL.id} />);
    expect(screen.getByRole('textbox', { name: 'Your comment on reply 1' })).toHaveProperty('value', 'Warm opening.');
    expect(screen.getByRole('textbox', { name: 'Your comment on reply 2' })).toHaveProperty('value', '');
  });

  it('says so when the call is not there', () => {
    render(<ReviewCallScreen resultKey={KEY} callId="call-gone" />);
    expect(screen.getByRole('heading', { level: 1, name: "That call isn't here" })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to results' }).getAttribute('href')).toBe('#/review');
  });
});
