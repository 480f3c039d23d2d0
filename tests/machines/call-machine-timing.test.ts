import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { NUDGE_LINES } from '../../machines/call-machine.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { modelMachine } from '../support/call-model.ts';

const scenario = builtinScenario('request-to-talk')!;
const patienceMs = scenario.persona.patienceSeconds * 1000;

function answeredCall() {
  const clock = new SimulatedClock();
  const actor = createActor(
    modelMachine(() => clock.now()),
    {
      input: { scenario, seed: 5, timing: { dialMs: 1000, ringMs: 1000, thinkMs: 900, hangUpMs: 8000, closingMs: 0 } },
      clock,
    },
  ).start();
  actor.send({ type: 'call.dial' });
  clock.increment(1000); // dialing → ringing
  clock.increment(3000); // at most three rings
  return { actor, clock };
}

describe('call timing on a simulated clock', () => {
  it('rings, then the manager speaks first and waits for the candidate', () => {
    const { actor } = answeredCall();
    const snapshot = actor.getSnapshot();
    expect(snapshot.hasTag('candidateTurn')).toBe(true);
    expect(snapshot.context.transcript).toHaveLength(1);
    expect(snapshot.context.transcript[0]?.speaker).toBe('manager');
    expect(scenario.nodes.hello?.lines).toContain(snapshot.context.transcript[0]?.text);
  });

  it('asks "are you still there?" after the persona\'s patience runs out, not before', () => {
    const { actor, clock } = answeredCall();
    clock.increment(patienceMs - 1);
    expect(actor.getSnapshot().context.transcript).toHaveLength(1);
    clock.increment(1);
    const transcript = actor.getSnapshot().context.transcript;
    expect(transcript).toHaveLength(2);
    expect(NUDGE_LINES).toContain(transcript[1]?.text);
    expect(actor.getSnapshot().matches({ connected: 'nudged' })).toBe(true);
  });

  it('gives up and ends the call when the silence goes on', () => {
    const { actor, clock } = answeredCall();
    clock.increment(patienceMs);
    clock.increment(8000);
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).toBe('done');
    expect(snapshot.output?.output.outcome).toEqual({ kind: 'no-reply' });
  });

  it('restarts the silence clock while the candidate is typing', () => {
    const { actor, clock } = answeredCall();
    clock.increment(patienceMs - 1000);
    actor.send({ type: 'candidate.typing', text: 'I was' });
    clock.increment(patienceMs - 1000);
    expect(actor.getSnapshot().matches({ connected: 'listening' })).toBe(true);
    clock.increment(1000);
    expect(actor.getSnapshot().matches({ connected: 'nudged' })).toBe(true);
  });

  it('pauses before the manager answers, then speaks the next node', () => {
    const { actor, clock } = answeredCall();
    actor.send({ type: 'candidate.reply', text: 'solid reply' });
    expect(actor.getSnapshot().hasTag('managerTurn')).toBe(true);
    expect(actor.getSnapshot().context.transcript).toHaveLength(2);
    clock.increment(1200); // thinking is 0.67x-1.33x of 900 ms
    expect(actor.getSnapshot().hasTag('candidateTurn')).toBe(true);
    expect(actor.getSnapshot().context.transcript).toHaveLength(3);
  });

  it('ignores an empty reply, and stamps each line with the time since dialing', () => {
    const { actor, clock } = answeredCall();
    actor.send({ type: 'candidate.reply', text: '   ' });
    expect(actor.getSnapshot().context.turns).toHaveLength(0);
    clock.increment(2500);
    actor.send({ type: 'candidate.reply', text: 'solid reply' });
    const [first, second] = actor.getSnapshot().context.transcript;
    expect(second!.atMs - first!.atMs).toBe(2500);
  });

  it('hangs up from any live state with the outcome "hung-up"', () => {
    const { actor } = answeredCall();
    actor.send({ type: 'call.hangUp' });
    expect(actor.getSnapshot().output?.output.outcome).toEqual({ kind: 'hung-up' });
  });

  it('resumes a saved call: the restored state starts its clock again and the call goes on', () => {
    const { actor } = answeredCall();
    actor.send({ type: 'candidate.reply', text: 'solid reply' });
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    actor.stop();

    const clock = new SimulatedClock();
    const restored = createActor(
      modelMachine(() => clock.now()),
      { snapshot: saved, input: { scenario, seed: 5 }, clock },
    ).start();
    expect(restored.getSnapshot().hasTag('managerTurn')).toBe(true);
    clock.increment(5000);
    // Without call.resume the manager's pause would never end: timers are not saved.
    expect(restored.getSnapshot().hasTag('managerTurn')).toBe(true);
    restored.send({ type: 'call.resume' });
    clock.increment(1200);
    expect(restored.getSnapshot().hasTag('candidateTurn')).toBe(true);
    expect(restored.getSnapshot().context.transcript).toHaveLength(3);
  });
});
