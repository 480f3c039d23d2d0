import { createActor, SimulatedClock } from 'xstate';
import { createCallMachine } from '../../machines/call-machine.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { score } from '../../src/domain/scoring/score-reply.ts';
import type { CallRecord } from '../../src/domain/call/call-record.ts';

/** A real finished call, as the history stores it: one reply, then the candidate hangs up. */
export function finishedCall(id: string): CallRecord {
  const clock = new SimulatedClock();
  const actor = createActor(createCallMachine({ assess: score, now: () => clock.now() }), { input: { scenario: builtinScenario('ask-why')!, seed: 9, timing: { closingMs: 0 } }, clock }).start();
  actor.send({ type: 'call.dial' });
  clock.increment(60_000);
  clock.increment(60_000);
  actor.send({ type: 'candidate.reply', text: "Hi Tom, it's Jordan Avery. Do you have two minutes?" });
  actor.send({ type: 'call.hangUp' });
  const record = actor.getSnapshot().output as CallRecord;
  return { ...record, id, finishedAt: '2026-11-24T10:00:00.000Z' };
}
