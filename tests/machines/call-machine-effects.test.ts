import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import type { CallRecord } from '../../src/domain/call/call-record.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { modelMachine } from '../support/call-model.ts';

const scenario = builtinScenario('request-to-talk')!;

/** A call whose side effects are recorded, as the app supplies them with .provide(). */
function observedCall(input: { replyDeadlineMs?: number; closingMs?: number; assignmentId?: string } = {}) {
  const clock = new SimulatedClock();
  clock.set(Date.UTC(2026, 10, 27, 9, 0, 0));
  const filed: CallRecord[] = [];
  let saves = 0;
  const machine = modelMachine(() => clock.now()).provide({
    actions: {
      fileCall: (_, record: CallRecord) => void filed.push(record),
      saveProgress: () => void saves++,
    },
  });
  const { replyDeadlineMs, closingMs = 1500, assignmentId } = input;
  const actor = createActor(machine, {
    input: {
      scenario,
      seed: 5,
      timing: { dialMs: 1000, ringMs: 1000, thinkMs: 900, hangUpMs: 8000, closingMs },
      ...(replyDeadlineMs ? { replyDeadlineMs } : {}),
      ...(assignmentId ? { assignmentId } : {}),
    },
    clock,
  }).start();
  actor.send({ type: 'call.dial' });
  clock.increment(1000);
  clock.increment(3000);
  return { actor, clock, filed, saves: () => saves };
}

describe('the call machine files the call it grades', () => {
  it('files exactly one graded record when the call ends, before the closing pause is over', () => {
    const { actor, clock, filed } = observedCall({ assignmentId: 'a-1' });
    actor.send({ type: 'candidate.reply', text: 'defensive reply' });
    actor.send({ type: 'call.hangUp' });
    expect(filed).toHaveLength(1);
    expect(actor.getSnapshot().status).toBe('active');
    clock.increment(1500);
    expect(actor.getSnapshot().status).toBe('done');
    const record = actor.getSnapshot().output!;
    expect(record).toEqual(filed[0]);
    expect(record.output.outcome).toEqual({ kind: 'hung-up' });
    expect(record.assignmentId).toBe('a-1');
    // The grade is the machine's: a hung-up call with one defensive reply is not a clean one.
    expect(record.grade.scores.defensiveness).toBeGreaterThan(0);
    // Timestamps come from the machine's clock, not the wall clock.
    expect(record.finishedAt).toBe('2026-11-27T09:00:04.000Z');
  });

  it('saves progress each time the call moves on, and never after it has ended', () => {
    const { actor, saves } = observedCall();
    const before = saves();
    expect(before).toBeGreaterThanOrEqual(3); // dialing, ringing, the first turn
    actor.send({ type: 'candidate.reply', text: 'solid reply' });
    expect(saves()).toBe(before + 1);
    actor.send({ type: 'call.hangUp' });
    expect(saves()).toBe(before + 1);
  });

  it('keeps the draft in the call, so a saved call resumes with what was being typed', () => {
    const { actor } = observedCall();
    actor.send({ type: 'candidate.typing', text: 'I wanted to ask' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(modelMachine(), { snapshot: saved, input: { scenario, seed: 5 } });
    expect(restored.getSnapshot().context.draft).toBe('I wanted to ask');
  });
});

describe("a drill's reply deadline is the machine's", () => {
  it('says what was typed when the time runs out', () => {
    const { actor, clock } = observedCall({ replyDeadlineMs: 20_000, closingMs: 0 });
    actor.send({ type: 'candidate.typing', text: 'solid reply about my notice period' });
    clock.increment(19_000);
    expect(actor.getSnapshot().hasTag('candidateTurn')).toBe(true);
    clock.increment(1_000);
    const turns = actor.getSnapshot().context.turns;
    expect(turns.map((turn) => turn.reply)).toEqual(['solid reply about my notice period']);
  });

  it('does not restart the deadline while the candidate types', () => {
    const { actor, clock } = observedCall({ replyDeadlineMs: 20_000, closingMs: 0 });
    for (let second = 0; second < 20; second++) {
      actor.send({ type: 'candidate.typing', text: `solid reply ${second}` });
      clock.increment(1_000);
    }
    expect(actor.getSnapshot().context.turns).toHaveLength(1);
  });

  it('ends the call with no reply when nothing was typed, and never nudges first', () => {
    // Longer than the manager's patience: without a deadline, they would have nudged by now.
    const deadline = scenario.persona.patienceSeconds * 1000 + 5_000;
    const { actor, clock, filed } = observedCall({ replyDeadlineMs: deadline, closingMs: 0 });
    clock.increment(deadline - 5_000);
    expect(actor.getSnapshot().context.transcript).toHaveLength(1);
    clock.increment(5_000);
    expect(actor.getSnapshot().status).toBe('done');
    expect(filed[0]?.output.outcome).toEqual({ kind: 'no-reply' });
    expect(filed[0]?.output.transcript.some((entry) => /still there|lose you|gone quiet/.test(entry.text))).toBe(false);
  });
});
