import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assignmentFileText, parseAssignmentText } from '../../src/domain/assignment/assignment-format.ts';
import { callMeetsGoal } from '../../src/domain/assignment/goals.ts';
import { buildDataFile, parseDataFile } from '../../src/domain/history/data-file.ts';
import { newScenarioTemplate } from '../../src/features/coach/scenario-drafts.ts';
import { buildResultFile } from '../../src/domain/result/result-file.ts';
import { migrateSavedState, NewerSavedStateError, readSavedState, SAVED_STATE_VERSION, STORAGE_KEY, v1ToV2 } from '../../src/store/app-store.ts';
import { finishedCall } from '../support/finished-call.ts';
import { memoryStorage } from './memory-storage.ts';
import { DEFAULT_SETTINGS } from '../../src/store/settings-slice.ts';

/**
 * What the version 1 app (the last before coaches, commit 560ab0a) left in localStorage after two
 * calls, a settings change and some script notes: written by its own persist middleware, with
 * calls from its own call machine and scorer. Only the indentation was added.
 */
const V1_BLOB_TEXT = readFileSync(join(import.meta.dirname, '../fixtures/saved-state/v1.json'), 'utf8');
const v1Blob = () => JSON.parse(V1_BLOB_TEXT) as { state: Record<string, unknown>; version: number };

const good = finishedCall('call-a');
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
/** A version 2 save using every part: what a coach who is also a candidate keeps. */
const saved = {
  calls: [good],
  settings: { ...DEFAULT_SETTINGS, practiceMode: true },
  scripts: { 'ask-why': { opening: 'Hi Tom', reason: '', ask: '', thankYou: '' } },
  customScenarios: { 'my-scenario': newScenarioTemplate('my-scenario') },
  assignments: { [assignment.id]: assignment },
  receivedComments: { 'call-a': { coach: 'Priya', about: 'Practise', writtenAt: '2026-11-25T00:00:00.000Z', byTurn: { '0': 'Nice opening.' } } },
  results: [buildResultFile('Jordan', { kind: 'drill', code: 'ABCD-EFGH-JKMN', scenarios: [] }, [good], new Date('2026-11-24T11:00:00Z'))],
  draftComments: { 'drill:ABCD-EFGH-JKMN|jordan': { 'call-a': { '0': 'Good.' } } },
};
const savedJson = () => JSON.parse(JSON.stringify(saved));

describe('saved data from version 1', () => {
  it('v1ToV2 gives a complete version 2 save that reads back exactly as it is, the old data untouched', () => {
    const { state } = v1Blob();
    const upgraded = v1ToV2(state);
    // Reading drops what today's schemas don't know and fills what is missing: here there is neither.
    expect(readSavedState(upgraded)).toEqual(upgraded);
    expect(upgraded).toEqual({ ...v1Blob().state, customScenarios: {}, assignments: {}, receivedComments: {}, results: [], draftComments: {} });
  });

  it('migrates from version 1 keeping every call, setting and script the candidate had', () => {
    const { state, version } = v1Blob();
    expect(version).toBe(1);
    const migrated = migrateSavedState(state, version);
    expect(migrated.calls.map((call) => [call.id, call.output.scenarioId, call.output.outcome.kind])).toEqual([
      ['call-mfx2a9-0193', 'change-of-heart', 'ending'],
      ['call-mfx1k2-4821', 'ask-why', 'hung-up'],
    ]);
    expect(migrated.calls).toEqual(v1Blob().state.calls);
    expect(migrated.settings).toEqual({ voiceOn: true, voiceName: 'Samantha', rate: 1.25, practiceMode: true });
    expect(migrated.scripts['change-of-heart']?.reason).toBe('Cobalt withdrew its offer; the commute now works three days a week.');
    expect(migrated.scripts).toEqual(v1Blob().state.scripts);
    expect(migrated).toMatchObject({ customScenarios: {}, assignments: {}, receivedComments: {}, results: [], draftComments: {} });
  });

  it("leaves version 1 calls usable by today's export and goals", () => {
    const { calls, scripts } = migrateSavedState(v1Blob().state, 1);
    const exported = parseDataFile(JSON.stringify(buildDataFile(calls, scripts, new Date('2026-11-26T00:00:00Z'))));
    expect(exported.ok && exported.value.calls).toEqual(calls);
    const won = calls.find((call) => call.id === 'call-mfx2a9-0193')!;
    expect(callMeetsGoal({ kind: 'reach-ending', endingId: 'start-tomorrow', times: 1 }, won)).toBe(true);
    expect(
      callMeetsGoal(
        { kind: 'finish-call', times: 1 },
        calls.find((call) => call.id === 'call-mfx1k2-4821')!,
      ),
    ).toBe(false);
  });

  it('does not treat version 2 data as version 1: a current save keeps its coach data', () => {
    expect(migrateSavedState(savedJson(), 2)).toEqual(saved);
    expect(migrateSavedState(savedJson(), 1).customScenarios).toEqual({});
  });
});

describe('saved data from a newer Callback', () => {
  it('is refused, naming both versions, and left exactly as it was', () => {
    const newer = { ...savedJson(), coachNotes: { 'call-a': 'from a later release' } };
    const before = structuredClone(newer);
    expect(() => migrateSavedState(newer, SAVED_STATE_VERSION + 1)).toThrow(NewerSavedStateError);
    expect(() => migrateSavedState(newer, SAVED_STATE_VERSION + 1)).toThrow(`version ${SAVED_STATE_VERSION + 1}, written by a newer Callback; this app reads up to version ${SAVED_STATE_VERSION}`);
    expect(newer).toEqual(before);
  });
});

describe('damaged saved data', () => {
  it('round-trips through JSON unchanged', () => {
    expect(migrateSavedState(savedJson(), 2)).toEqual(saved);
  });

  it('drops a damaged scenario, assignment or results file one at a time', () => {
    const damaged = savedJson();
    damaged.customScenarios['broken'] = { ...damaged.customScenarios['my-scenario'], id: 'broken', pickup: [] };
    damaged.assignments['a-bad-0002'] = { ...assignment, id: 'a-bad-0002', items: [] };
    damaged.results.push({ format: 'callback-results', participant: 42 });
    expect(migrateSavedState(damaged, 2)).toEqual(saved);
  });

  it('drops only the damaged call and keeps everything else', () => {
    const damaged = { ...saved, calls: [good, { id: 'call-b', output: 'garbage' }, { ...good, id: 'call-c' }] };
    const result = migrateSavedState(JSON.parse(JSON.stringify(damaged)), 2);
    expect(result.calls.map((call) => call.id)).toEqual(['call-a', 'call-c']);
    expect({ ...result, calls: [] }).toEqual({ ...saved, calls: [] });
  });

  it('falls back to default settings when they are corrupt, without losing the history', () => {
    const result = migrateSavedState({ ...savedJson(), settings: { voiceOn: 'yes', rate: 99 } }, 2);
    expect(result).toEqual({ ...saved, settings: DEFAULT_SETTINGS });
  });

  it('reads a version number no Callback wrote field by field, like any damaged data', () => {
    expect(migrateSavedState(savedJson(), 0)).toEqual(saved);
    expect(migrateSavedState(savedJson(), 1.5)).toEqual(saved);
  });

  it('never lets damage to one part cost the others (property)', () => {
    const parts = Object.keys(saved) as (keyof typeof saved)[];
    fc.assert(
      fc.property(fc.constantFrom(...parts), fc.jsonValue(), (part, junk) => {
        const result = readSavedState({ ...savedJson(), [part]: junk });
        for (const other of parts) if (other !== part) expect(result[other], other).toEqual(saved[other]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads anything at all as a complete save, one that reads back as itself (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readSavedState(value);
        expect(Object.keys(result).sort()).toEqual(Object.keys(saved).sort());
        expect(readSavedState(JSON.parse(JSON.stringify(result)))).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });
});

/** A fresh app store, loading from the given browser storage the way a page load does. */
async function loadStore(storage: Storage) {
  vi.stubGlobal('localStorage', storage);
  vi.resetModules();
  const { useAppStore } = await import('../../src/store/app-store.ts');
  return useAppStore;
}

describe('the store on page load', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('upgrades a version 1 save and writes it back as version 2, nothing lost', async () => {
    const storage = memoryStorage({ [STORAGE_KEY]: V1_BLOB_TEXT });
    const store = await loadStore(storage);
    const { state } = v1Blob();
    expect(store.getState()).toMatchObject({ calls: state.calls, settings: state.settings, scripts: state.scripts, customScenarios: {}, results: [] });
    const written = JSON.parse(storage.items.get(STORAGE_KEY)!);
    expect(written.version).toBe(2);
    expect(written.state).toEqual({ ...state, customScenarios: {}, assignments: {}, receivedComments: {}, results: [], draftComments: {} });
  });

  it('checks a current save on every load, dropping a damaged call', async () => {
    const withDamage = { state: { ...savedJson(), calls: [good, { id: 'call-x', output: 'garbage' }] }, version: SAVED_STATE_VERSION };
    const store = await loadStore(memoryStorage({ [STORAGE_KEY]: JSON.stringify(withDamage) }));
    expect(store.getState().calls).toEqual([good]);
    expect(store.getState().customScenarios).toEqual(saved.customScenarios);
  });

  it("leaves a newer Callback's save untouched, even after the candidate changes something here", async () => {
    const newerText = JSON.stringify({ state: { ...savedJson(), coachNotes: { 'call-a': 'from a later release' } }, version: SAVED_STATE_VERSION + 1 });
    const storage = memoryStorage({ [STORAGE_KEY]: newerText });
    const store = await loadStore(storage);
    expect(store.getState().calls).toEqual([]);
    store.getState().updateSettings({ practiceMode: false, rate: 2 });
    store.getState().addCall(finishedCall('call-here'));
    expect(storage.items.get(STORAGE_KEY)).toBe(newerText);
  });
});
