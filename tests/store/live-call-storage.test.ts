import { createActor, SimulatedClock, type Snapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createCallMachine } from '../../machines/call-machine.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { score } from '../../src/domain/scoring/score-reply.ts';
import { choiceFor, LIVE_CALL_KEY, readLiveCall, saveLiveCall } from '../../src/store/live-call-storage.ts';
import { memoryStorage } from './memory-storage.ts';

const scenario = builtinScenario('ask-why')!;
const OPENING = "Hi Tom, it's Jordan Avery. Do you have two minutes?";

function machineAt(clock: SimulatedClock, snapshot?: unknown) {
  return createActor(createCallMachine({ assess: score, now: () => clock.now() }), {
    input: { scenario, seed: 1, timing: { closingMs: 0 } },
    clock,
    ...(snapshot ? { snapshot: snapshot as Snapshot<unknown> } : {}),
  }).start();
}

/** A real call one reply in, waiting for the candidate again, as the call screen saves it. */
function callInProgress() {
  const clock = new SimulatedClock();
  const actor = machineAt(clock);
  actor.send({ type: 'call.dial' });
  for (let step = 0; step < 20 && !actor.getSnapshot().hasTag('candidateTurn'); step++) clock.increment(1000);
  actor.send({ type: 'candidate.reply', text: OPENING });
  for (let step = 0; step < 20 && !actor.getSnapshot().hasTag('candidateTurn'); step++) clock.increment(1000);
  if (actor.getSnapshot().status !== 'active') throw new Error('the call ended before it could be saved');
  return actor;
}

describe('the call in progress', () => {
  it('survives a reload: it resumes where it was, for the same assignment, and goes on', () => {
    const storage = memoryStorage();
    const before = callInProgress();
    saveLiveCall({ scenarioId: 'ask-why', assignmentId: 'a-test-0001' }, before.getPersistedSnapshot(), storage);

    const read = readLiveCall(storage);
    if (read.kind !== 'found') throw new Error(`expected a saved call, found ${read.kind}`);
    expect(read.call).toMatchObject({ scenarioId: 'ask-why', assignmentId: 'a-test-0001' });
    const resumed = machineAt(new SimulatedClock(), read.call.snapshot);
    expect(resumed.getSnapshot().context.transcript).toEqual(before.getSnapshot().context.transcript);
    expect(resumed.getSnapshot().context.transcript.some((line) => line.text === OPENING)).toBe(true);
    expect(resumed.getSnapshot().hasTag('candidateTurn')).toBe(true);
    resumed.send({ type: 'candidate.reply', text: 'Thank you. What could I have done better in the panel?' });
    expect(resumed.getSnapshot().context.turns).toHaveLength(2);
  });

  it('resumes a call saved before the reader kept what was said, knowing nothing yet', () => {
    const storage = memoryStorage();
    saveLiveCall({ scenarioId: 'ask-why' }, callInProgress().getPersistedSnapshot(), storage);
    const older = JSON.parse(storage.items.get(LIVE_CALL_KEY)!);
    delete older.snapshot.context.known;
    storage.setItem(LIVE_CALL_KEY, JSON.stringify(older));
    const read = readLiveCall(storage);
    expect(read.kind === 'found' && read.call.snapshot.context.known).toEqual([]);
  });

  it('resumes a version 1 call (saved before the draft was kept) and plays on to the end, counting for its assignment', () => {
    const storage = memoryStorage();
    saveLiveCall({ scenarioId: 'ask-why', assignmentId: 'a-test-0001' }, callInProgress().getPersistedSnapshot(), storage);
    // What the previous release saved: version 1, with none of the fields the call has gained since.
    const v1 = JSON.parse(storage.items.get(LIVE_CALL_KEY)!);
    v1.version = 1;
    for (const field of ['draft', 'replyDeadlineMs', 'replyDueAtMs', 'idPrefix', 'assignmentId', 'record']) delete v1.snapshot.context[field];
    delete v1.snapshot.context.timing.closingMs;
    storage.setItem(LIVE_CALL_KEY, JSON.stringify(v1));

    const read = readLiveCall(storage);
    if (read.kind !== 'found') throw new Error(`expected a saved call, found ${read.kind}`);
    const clock = new SimulatedClock();
    const resumed = machineAt(clock, read.call.snapshot);
    resumed.send({ type: 'call.resume' });
    for (let step = 0; step < 40 && resumed.getSnapshot().status === 'active'; step++) {
      if (resumed.getSnapshot().hasTag('candidateTurn')) resumed.send({ type: 'candidate.reply', text: 'Thank you for your time, I hope our paths cross again.' });
      else clock.increment(60_000);
    }
    expect(resumed.getSnapshot().status).toBe('done');
    expect(resumed.getSnapshot().output?.assignmentId).toBe('a-test-0001');
    expect(resumed.getSnapshot().output?.output.turns[0]?.reply).toBe(OPENING);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['with a broken scenario', (text: string) => text.replace('"pickup":', '"pickedup":')],
    ['of a call that already ended', (text: string) => text.replace('"status":"active"', '"status":"done"')],
  ])('is discarded when %s, so nothing offers a call that cannot resume', (_, damage) => {
    const storage = memoryStorage();
    saveLiveCall({ scenarioId: 'ask-why' }, callInProgress().getPersistedSnapshot(), storage);
    const damaged = damage(storage.items.get(LIVE_CALL_KEY)!);
    expect(damaged).not.toBe(storage.items.get(LIVE_CALL_KEY));
    storage.setItem(LIVE_CALL_KEY, damaged);
    expect(readLiveCall(storage)).toEqual({ kind: 'damaged' });
    expect(storage.items.has(LIVE_CALL_KEY)).toBe(false);
  });

  it('is nothing at all when no call was saved', () => {
    expect(readLiveCall(memoryStorage())).toEqual({ kind: 'none' });
  });

  it('is resumed only when it is the call the link asks for', () => {
    const storage = memoryStorage();
    saveLiveCall({ scenarioId: 'ask-why' }, callInProgress().getPersistedSnapshot(), storage);
    const read = readLiveCall(storage);
    expect(choiceFor(read, 'ask-why').kind).toBe('resume');
    expect(choiceFor(read, 'ask-why', 1).kind).toBe('resume');
    expect(choiceFor(read, 'ask-why', 2).kind).toBe('other-in-progress');
    expect(choiceFor(read, 'appeal').kind).toBe('other-in-progress');
    expect(choiceFor({ kind: 'none' }, 'ask-why')).toEqual({ kind: 'none', damaged: false });
    expect(choiceFor({ kind: 'damaged' }, 'ask-why')).toEqual({ kind: 'none', damaged: true });
  });
});
