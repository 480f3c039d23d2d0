import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callMeetsGoal } from '../../src/domain/assignment/goals.ts';
import { buildDataFile, parseDataFile } from '../../src/domain/history/data-file.ts';
import { buildResultFile } from '../../src/domain/result/result-file.ts';
import { DEFAULT_SETTINGS } from '../../src/domain/settings.ts';
import { newScenarioTemplate } from '../../src/features/coach/scenario-drafts.ts';
import { startStorage, useAppStore } from '../../src/store/app-store.ts';
import { CallbackDatabase } from '../../src/store/database.ts';
import { DECLARED_SCHEMA_VERSION, TABLE_NAMES } from '../../src/store/tables.ts';
import { LEGACY_BACKUP_KEY, LEGACY_STORAGE_KEY, moveLocalStorageIntoDatabase } from '../../src/store/legacy-local-storage.ts';
import { disconnectStorage } from '../../src/store/persistence.ts';
import { fileLiveRecordings, keepRecording, LIVE_RECORDINGS } from '../../src/store/recordings.ts';
import { INITIAL_STORAGE } from '../../src/store/storage-slice.ts';
import { finishedCall } from '../support/finished-call.ts';
import { memoryStorage } from './memory-storage.ts';

/**
 * What the version 1 app (the last before coaches, commit 560ab0a) left in localStorage after two
 * calls, a settings change and some script notes: written by its own persist middleware, with
 * calls from its own call machine and scorer. Only the indentation was added.
 */
const V1_BLOB_TEXT = readFileSync(join(import.meta.dirname, '../fixtures/saved-state/v1.json'), 'utf8');
const v1State = () => (JSON.parse(V1_BLOB_TEXT) as { state: Record<string, unknown> }).state as { calls: unknown[]; settings: object; scripts: Record<string, Record<string, string>> };

const good = finishedCall('call-a');
/** A version 2 localStorage save using every part: what a coach who is also a candidate kept. */
const v2State = {
  calls: [good],
  settings: { ...DEFAULT_SETTINGS, practiceMode: true },
  scripts: { 'ask-why': { opening: 'Hi Tom', reason: '', ask: '', thankYou: '' } },
  customScenarios: { 'my-scenario': newScenarioTemplate('my-scenario') },
  assignments: {},
  receivedComments: { 'call-a': { coach: 'Priya', about: 'Practise', writtenAt: '2026-11-25T00:00:00.000Z', byTurn: { '0': 'Nice opening.' } } },
  results: [buildResultFile('Jordan', { kind: 'drill', code: 'ABCD-EFGH-JKMN', scenarios: [] }, [good], new Date('2026-11-24T11:00:00Z'))],
  draftComments: { 'drill:ABCD-EFGH-JKMN|jordan': { 'call-a': { '0': 'Good.' } } },
};

let databaseNumber = 0;
let db: CallbackDatabase;

/** Opens a fresh database with the store watching it, as a page load does; resolves once every table is read. */
async function load(storage: Storage, database = db) {
  useAppStore.setState({ storage: INITIAL_STORAGE, calls: [], scripts: {}, settings: DEFAULT_SETTINGS, customScenarios: {}, assignments: {}, receivedComments: {}, results: [], draftComments: {} });
  const { localStorage: before } = globalThis;
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
  try {
    await startStorage(database);
  } finally {
    Object.defineProperty(globalThis, 'localStorage', { value: before, configurable: true });
  }
  await until(() => useAppStore.getState().storage.loadedTables.length === TABLE_NAMES.length || useAppStore.getState().storage.readOnlyReason === 'unavailable');
  return useAppStore.getState();
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('timed out waiting for the store');
}

async function everyRecord(database: CallbackDatabase) {
  return Object.fromEntries(await Promise.all(TABLE_NAMES.map(async (name) => [name, await database.tableNamed(name).toArray()] as const)));
}

beforeEach(() => {
  db = new CallbackDatabase(`callback-test-${++databaseNumber}`);
});
afterEach(() => {
  disconnectStorage();
});

describe('saved data from localStorage (before IndexedDB)', () => {
  it('moves a version 1 save into the database once, keeping every call, setting and script', async () => {
    const storage = memoryStorage({ [LEGACY_STORAGE_KEY]: V1_BLOB_TEXT });
    const state = await load(storage);
    const old = v1State();
    expect(state.calls.map((call) => [call.id, call.output.scenarioId, call.output.outcome.kind])).toEqual([
      ['call-mfx2a9-0193', 'change-of-heart', 'ending'],
      ['call-mfx1k2-4821', 'ask-why', 'hung-up'],
    ]);
    expect(state.calls).toEqual(old.calls);
    // Settings saved before dictation and hands-free were choices read them as off.
    expect(state.settings).toEqual({ ...old.settings, dictationOn: false, handsFree: false, silenceToEndS: 1.2 });
    expect(state.scripts).toEqual(old.scripts);
    expect(state.storage.damaged).toEqual(Object.fromEntries(TABLE_NAMES.map((name) => [name, []])));
    // The old value is kept aside, untouched, and never moved twice.
    expect(storage.items.get(LEGACY_BACKUP_KEY)).toBe(V1_BLOB_TEXT);
    expect(storage.items.has(LEGACY_STORAGE_KEY)).toBe(false);
    storage.items.set(LEGACY_STORAGE_KEY, V1_BLOB_TEXT);
    useAppStore.getState().addCall(finishedCall('call-new'));
    await until(() => useAppStore.getState().calls.length === 3);
    disconnectStorage();
    db = new CallbackDatabase(db.name);
    expect((await load(storage)).calls).toHaveLength(3);
  });

  it("leaves version 1 calls usable by today's export and goals", async () => {
    const { calls, scripts } = await load(memoryStorage({ [LEGACY_STORAGE_KEY]: V1_BLOB_TEXT }));
    const exported = parseDataFile(JSON.stringify(buildDataFile(calls, scripts, new Date('2026-11-26T00:00:00Z'))));
    expect(exported.ok && exported.value.calls).toEqual(calls);
    expect(
      callMeetsGoal(
        { kind: 'reach-ending', endingId: 'start-tomorrow', times: 1 },
        calls.find((call) => call.id === 'call-mfx2a9-0193')!,
      ),
    ).toBe(true);
    expect(
      callMeetsGoal(
        { kind: 'finish-call', times: 1 },
        calls.find((call) => call.id === 'call-mfx1k2-4821')!,
      ),
    ).toBe(false);
  });

  it('moves every part of a version 2 save, a record per thing', async () => {
    const state = await load(memoryStorage({ [LEGACY_STORAGE_KEY]: JSON.stringify({ state: v2State, version: 2 }) }));
    expect(state.calls).toEqual([good]);
    expect(state.customScenarios).toEqual(v2State.customScenarios);
    expect(state.receivedComments['call-a']).toEqual({ ...v2State.receivedComments['call-a'], callId: 'call-a' });
    expect(state.results).toEqual(v2State.results);
    expect(state.draftComments).toEqual(v2State.draftComments);
    expect(await db.scripts.count()).toBe(4);
  });

  it('keeps a damaged old call aside, counted, and the rest readable', async () => {
    const damaged = { state: { ...v2State, calls: [good, { id: 'call-b', output: 'garbage' }] }, version: 2 };
    const state = await load(memoryStorage({ [LEGACY_STORAGE_KEY]: JSON.stringify(damaged) }));
    expect(state.calls).toEqual([good]);
    expect(state.storage.damaged.calls).toEqual([{ key: 'call-b', v: 1, data: { id: 'call-b', output: 'garbage' } }]);
  });

  it('keeps unreadable old data as one damaged record rather than starting empty and overwriting it', async () => {
    const truncated = JSON.stringify({ state: v2State, version: 2 }).slice(0, 500);
    const storage = memoryStorage({ [LEGACY_STORAGE_KEY]: truncated });
    const state = await load(storage);
    expect(state.storage.damaged.calls?.map((record) => record.data)).toEqual([truncated]);
    expect(storage.items.get(LEGACY_BACKUP_KEY)).toBe(truncated);
  });

  it('leaves a save from a newer Callback exactly where it was', async () => {
    const newer = JSON.stringify({ state: v2State, version: 3 });
    const storage = memoryStorage({ [LEGACY_STORAGE_KEY]: newer });
    await moveLocalStorageIntoDatabase(db, storage);
    expect(storage.items.get(LEGACY_STORAGE_KEY)).toBe(newer);
    expect(await db.calls.count()).toBe(0);
  });
});

describe('database upgrades', () => {
  it('declares the schema version persistence compares with', () => {
    expect(new CallbackDatabase('callback-declared').verno).toBe(DECLARED_SCHEMA_VERSION);
  });

  it('opens a database a newer Callback upgraded read-only, reading what it can and writing nothing', async () => {
    const newer = new Dexie(db.name);
    newer.version(DECLARED_SCHEMA_VERSION + 1).stores({
      calls: 'key',
      scripts: 'key',
      scenarios: 'key',
      assignments: 'key',
      receivedComments: 'key',
      results: 'key',
      draftComments: 'key',
      settings: 'key',
      meta: 'key',
      recordings: 'key, callId',
      coachNotes: 'key',
    });
    await newer.table('calls').put({ key: 'call-a', v: 1, data: good });
    newer.close();
    const state = await load(memoryStorage());
    expect(state.storage).toMatchObject({ phase: 'read-only', readOnlyReason: 'newer-data' });
    expect(state.calls).toEqual([good]);
    useAppStore.getState().addCall(finishedCall('call-b'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await db.calls.toArray()).map((record) => record.key)).toEqual(['call-a']);
  });

  it('upgrades a version 1 database to version 2 (recordings) keeping every record', async () => {
    const old = new Dexie(db.name);
    old.version(1).stores({ calls: 'key', scripts: 'key', scenarios: 'key', assignments: 'key', receivedComments: 'key', results: 'key', draftComments: 'key', settings: 'key', meta: 'key' });
    await old.table('calls').put({ key: 'call-a', v: 1, data: good });
    old.close();
    const state = await load(memoryStorage());
    expect(db.verno).toBe(2);
    expect(state.calls).toEqual([good]);
    expect(await db.recordings.count()).toBe(0);
  });
});

describe('records in the database', () => {
  it('keeps a damaged record as it is, counted, while later saves go on around it', async () => {
    await db.open();
    await db.calls.bulkPut([
      { key: 'call-a', v: 1, data: good },
      { key: 'call-x', v: 1, data: { id: 'call-x', output: 'garbage' } },
    ]);
    const state = await load(memoryStorage());
    expect(state.calls).toEqual([good]);
    expect(state.storage.damaged.calls?.map((record) => record.key)).toEqual(['call-x']);
    useAppStore.getState().addCall(finishedCall('call-b'));
    await until(() => useAppStore.getState().calls.length === 2);
    expect((await db.calls.get('call-x'))?.data).toEqual({ id: 'call-x', output: 'garbage' });
  });

  it('opens data from a newer Callback read-only, and writes nothing over it', async () => {
    await db.open();
    await db.calls.put({ key: 'call-a', v: 1, data: good });
    await db.settings.put({ key: 'settings', v: 2, data: { theme: 'dark', voiceOn: false } });
    const before = JSON.stringify(await everyRecord(db));
    const state = await load(memoryStorage());
    expect(state.storage).toMatchObject({ phase: 'read-only', readOnlyReason: 'newer-data' });
    expect(state.calls).toEqual([good]);
    useAppStore.getState().addCall(finishedCall('call-b'));
    useAppStore.getState().updateSettings({ rate: 2 });
    useAppStore.getState().updateScript('ask-why', 'opening', 'Hi');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(JSON.stringify(await everyRecord(db))).toBe(before);
  });

  it('still shows what is saved when storage is full at start-up, and says why the old data stayed put', async () => {
    await db.open();
    await db.calls.put({ key: 'call-a', v: 1, data: good });
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    db.meta.put = () => Promise.reject(quota) as never;
    const storage = memoryStorage({ [LEGACY_STORAGE_KEY]: V1_BLOB_TEXT });
    const state = await load(storage);
    expect(state.calls).toEqual([good]);
    expect(state.storage.problem).toBe("Your browser's storage for this site is full, so this wasn't saved.");
    expect(storage.items.get(LEGACY_STORAGE_KEY)).toBe(V1_BLOB_TEXT);
  });

  it('saves a recorded answer with its call, so the debrief can play it after the page is closed', async () => {
    await load(memoryStorage());
    keepRecording(LIVE_RECORDINGS, 1, new Blob(['spoken answer'], { type: 'audio/webm' }));
    fileLiveRecordings('call-recorded');
    await until(async () => (await db.recordings.count()) === 1);
    const record = await db.recordings.get(JSON.stringify(['call-recorded', 1]));
    expect(record?.callId).toBe('call-recorded');
    expect(await record?.clip.text()).toBe('spoken answer');
  });

  it('keeps both calls when two tabs finish one each', async () => {
    await load(memoryStorage());
    const otherTab = new CallbackDatabase(db.name);
    await otherTab.calls.put({ key: 'call-other', v: 1, data: finishedCall('call-other') });
    useAppStore.getState().addCall(finishedCall('call-here'));
    await until(() => useAppStore.getState().calls.length === 2);
    expect((await db.calls.toArray()).map((record) => record.key).sort()).toEqual(['call-here', 'call-other']);
    otherTab.close();
  });

  it('keeps a finished call on screen and says so in words when the write fails', async () => {
    await load(memoryStorage());
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    db.calls.bulkPut = () => Promise.reject(quota) as never;
    useAppStore.getState().addCall(finishedCall('call-unsaved'));
    await until(() => useAppStore.getState().storage.problem !== null);
    const { storage, calls } = useAppStore.getState();
    expect(storage.problem).toBe("Your browser's storage for this site is full, so this wasn't saved.");
    expect(storage.unsavedCalls.map((call) => call.id)).toEqual(['call-unsaved']);
    expect(calls.map((call) => call.id)).toEqual(['call-unsaved']);
  });

  it('reads any junk in any record as damaged, never as a crash, and keeps every good record (property)', async () => {
    await db.open();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TABLE_NAMES), fc.jsonValue(), async (name, junk) => {
        const { readTable } = await import('../../src/store/persistence.ts');
        const contents = readTable(name, [
          { key: 'junk', v: 1, data: junk },
          { key: 'also-junk', v: 7, data: junk },
        ]);
        expect(contents.items.length + contents.damaged.length).toBe(2);
        expect(contents.damaged.map((record) => record.key)).toContain('also-junk');
      }),
      { numRuns: 200 },
    );
  });
});
