import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentFileText, parseAssignmentText } from '../../src/domain/assignment/assignment-format.ts';
import { newScenarioTemplate } from '../../src/features/coach/scenario-drafts.ts';
import { buildResultFile } from '../../src/domain/result/result-file.ts';
import { migrateSavedState } from '../../src/store/app-store.ts';
import { finishedCall } from '../support/finished-call.ts';
import { DEFAULT_SETTINGS } from '../../src/store/settings-slice.ts';

describe('saved data', () => {
  const good = finishedCall('call-a');
  const v1 = { calls: [good], settings: { ...DEFAULT_SETTINGS, practiceMode: true }, scripts: { 'ask-why': { opening: 'Hi Tom', reason: '', ask: '', thankYou: '' } } };
  const assignmentRead = parseAssignmentText(
    assignmentFileText({
      format: 'callback-assignment',
      version: 1,
      id: 'a-saved-0001',
      title: 'Practise',
      coach: 'Priya',
      note: '',
      due: null,
      createdAt: '2026-11-24T09:00:00.000Z',
      items: [{ scenarioId: 'ask-why', scenario: undefined, goals: [{ kind: 'finish-call', times: 1 }] }],
    }),
  );
  if (!assignmentRead.ok) throw new Error('fixture assignment invalid');
  const assignment = JSON.parse(JSON.stringify(assignmentRead.value));
  const saved = {
    ...v1,
    customScenarios: { 'my-scenario': newScenarioTemplate('my-scenario') },
    assignments: { [assignment.id]: assignment },
    receivedComments: { 'call-a': { coach: 'Priya', about: 'Practise', writtenAt: '2026-11-25T00:00:00.000Z', byTurn: { '0': 'Nice opening.' } } },
    results: [buildResultFile('Jordan', { kind: 'drill', code: 'ABCD-EFGH-JKMN', scenarios: [] }, [good], new Date('2026-11-24T11:00:00Z'))],
    draftComments: { 'drill:ABCD-EFGH-JKMN|jordan': { 'call-a': { '0': 'Good.' } } },
  };

  it('round-trips through JSON unchanged', () => {
    expect(migrateSavedState(JSON.parse(JSON.stringify(saved)), 2)).toEqual(saved);
  });

  it('migrates version 1, which had no coach or workshop data, keeping everything it had', () => {
    expect(migrateSavedState(JSON.parse(JSON.stringify(v1)), 1)).toEqual({ ...v1, customScenarios: {}, assignments: {}, receivedComments: {}, results: [], draftComments: {} });
  });

  it('drops a damaged scenario, assignment or results file one at a time', () => {
    const damaged = JSON.parse(JSON.stringify(saved));
    damaged.customScenarios['broken'] = { ...damaged.customScenarios['my-scenario'], id: 'broken', pickup: [] };
    damaged.assignments['a-bad-0002'] = { ...assignment, id: 'a-bad-0002', items: [] };
    damaged.results.push({ format: 'callback-results', participant: 42 });
    const result = migrateSavedState(damaged, 2);
    expect(Object.keys(result.customScenarios)).toEqual(['my-scenario']);
    expect(Object.keys(result.assignments)).toEqual([assignment.id]);
    expect(result.results).toHaveLength(1);
    expect(result.calls).toHaveLength(1);
  });

  it('drops only the damaged call and keeps everything else', () => {
    const damaged = { ...saved, calls: [good, { id: 'call-b', output: 'garbage' }, { ...good, id: 'call-c' }] };
    const result = migrateSavedState(JSON.parse(JSON.stringify(damaged)), 2);
    expect(result.calls.map((call) => call.id)).toEqual(['call-a', 'call-c']);
    expect(result.settings.practiceMode).toBe(true);
    expect(result.scripts['ask-why']?.opening).toBe('Hi Tom');
  });

  it('falls back to default settings when they are corrupt, without losing the history', () => {
    const result = migrateSavedState({ ...saved, settings: { voiceOn: 'yes', rate: 99 } }, 1);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.calls).toHaveLength(1);
  });

  it('never throws on anything at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = migrateSavedState(value, 1);
        expect(Array.isArray(result.calls)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
