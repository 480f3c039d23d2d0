// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportResults } from '../../src/components/import-results.tsx';
import { buildResultFile, type ResultFile, type ResultSource, resultFileText } from '../../src/domain/result/result-file.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { finishedCall } from '../support/finished-call.ts';

const ASSIGNMENT: ResultSource = {
  kind: 'assignment',
  assignmentId: 'a-test-0001',
  title: 'Before your call to Northwind',
  coach: 'Priya',
  items: [{ scenarioId: 'ask-why', title: 'Ask why', managerName: 'Tom', goals: [{ kind: 'finish-call', times: 1 }] }],
};
const DRILL: ResultSource = { kind: 'drill', code: 'AB12-CD34-EF56', scenarios: [{ scenarioId: 'ask-why', title: 'Ask why', managerName: 'Tom' }] };
const CALL = finishedCall('call-1');

function resultFile(participant: string, source = ASSIGNMENT, at = '2026-11-24T12:00:00Z'): ResultFile {
  return buildResultFile(participant, source, [CALL], new Date(at));
}

function picked(name: string, text: string): File {
  return new File([text], name, { type: 'application/json' });
}

/** The review screen's rule: drill results belong on the workshop screen. */
const assignmentsOnly = (file: ResultFile) => (file.source.kind === 'assignment' ? null : 'this is a workshop drill result; import it on the Workshop screen');

async function importFiles(...files: File[]) {
  const user = userEvent.setup();
  render(<ImportResults label="Import results files" accept={assignmentsOnly} />);
  await user.upload(screen.getByLabelText('Import results files'), files);
}

function participants(): string[] {
  return useAppStore
    .getState()
    .results.map((file) => file.participant)
    .sort();
}

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ results: [] });
});

afterEach(cleanup);

describe('importing result files', () => {
  it('is offered as a button named for what it imports', () => {
    render(<ImportResults label="Import results files" accept={assignmentsOnly} />);
    expect(screen.getByRole('button', { name: 'Import results files' })).toBeTruthy();
  });

  it('imports the good files and lists the one bad file with its problem', async () => {
    const edited = JSON.parse(resultFileText(resultFile('Casey Moss')));
    edited.calls[0].grade.scores.credibility = 100;
    await importFiles(picked('jordan.json', resultFileText(resultFile('Jordan Avery'))), picked('casey.json', JSON.stringify(edited)), picked('sam.json', resultFileText(resultFile('Sam Lee'))));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText("Imported 2 new result files. 1 of 3 files wasn't imported:")).toBeTruthy();
    const problems = within(alert).getAllByRole('listitem');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.textContent).toMatch(/^casey\.json: checksum: this results file was changed after Callback wrote it/);
    expect(participants()).toEqual(['Jordan Avery', 'Sam Lee']);
    expect(useAppStore.getState().results.find((file) => file.participant === 'Jordan Avery')?.calls).toEqual([CALL]);
  });

  it('lists a file that is not a results file at all, and one the screen refuses, by name', async () => {
    await importFiles(picked('notes.json', '{"hello": "world"}'), picked('drill.json', resultFileText(resultFile('Jordan Avery', DRILL))), picked('good.json', resultFileText(resultFile('Sam Lee'))));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText("Imported 1 new result file. 2 of 3 files weren't imported:")).toBeTruthy();
    const problems = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(problems.some((text) => text?.startsWith('notes.json: '))).toBe(true);
    expect(problems).toContain('drill.json: this is a workshop drill result; import it on the Workshop screen');
    expect(participants()).toEqual(['Sam Lee']);
  });

  it('says plainly when everything came in', async () => {
    await importFiles(picked('jordan.json', resultFileText(resultFile('Jordan Avery'))));
    expect((await screen.findByRole('status')).textContent).toBe('Imported 1 new result file.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when a newer export replaced an older one and when an older one was skipped', async () => {
    useAppStore.setState({ results: [resultFile('Jordan Avery', ASSIGNMENT, '2026-11-24T12:00:00Z'), resultFile('Sam Lee', ASSIGNMENT, '2026-11-24T12:00:00Z')] });
    await importFiles(
      picked('newer.json', resultFileText(resultFile('Jordan Avery', ASSIGNMENT, '2026-11-25T12:00:00Z'))),
      picked('older.json', resultFileText(resultFile('Sam Lee', ASSIGNMENT, '2026-11-23T12:00:00Z'))),
    );
    expect((await screen.findByRole('status')).textContent).toBe('Imported 0 new result files, 1 replacing an older export; 1 skipped (older than what you have).');
    const exported = Object.fromEntries(useAppStore.getState().results.map((file) => [file.participant, file.exportedAt]));
    expect(exported).toEqual({ 'Jordan Avery': '2026-11-25T12:00:00.000Z', 'Sam Lee': '2026-11-24T12:00:00.000Z' });
  });

  it('refuses the whole import, writing nothing, when the browser has no room for it', async () => {
    Object.defineProperty(navigator, 'storage', { value: { estimate: () => Promise.resolve({ usage: 1_000, quota: 1_100 }) }, configurable: true });
    try {
      await importFiles(picked('jordan.json', resultFileText(resultFile('Jordan Avery'))));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/^Nothing was imported: this browser's storage for Callback hasn't room for these files/);
      expect(useAppStore.getState().results).toEqual([]);
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
  });
});
