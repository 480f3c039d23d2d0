import { createActor, SimulatedClock } from 'xstate';
import { createCallMachine } from '../../../machines/call-machine.ts';
import type { CallRecord } from '../../../src/domain/call/call-record.ts';
import type { CallOutput } from '../../../src/domain/call/call-types.ts';
import type { Scenario } from '../../../src/domain/scenario/scenario-schema.ts';
import { score } from '../../../src/domain/scoring/score-reply.ts';

/** Steps allowed beyond two per reply (a reply, then the manager's turn): a looping scenario still stops. */
const SPARE_STEPS = 40;

/**
 * Plays one call with scripted replies, exactly as the app would with the real reader and scorer,
 * on a simulated clock: no waiting. When the replies run out before an ending, the candidate
 * hangs up. The same scenario, seed and replies always give the same call.
 */
export function playScriptedCall(scenario: Scenario, seed: number, replies: readonly string[]): CallOutput {
  const clock = new SimulatedClock();
  const machine = createCallMachine({ assess: score, now: () => clock.now() });
  const actor = createActor(machine, { input: { scenario, seed, timing: { closingMs: 0 } }, clock }).start();
  actor.send({ type: 'call.dial' });
  let said = 0;
  const maxSteps = replies.length * 2 + SPARE_STEPS;
  for (let step = 0; step < maxSteps && actor.getSnapshot().status === 'active'; step++) {
    const snapshot = actor.getSnapshot();
    if (!snapshot.hasTag('candidateTurn')) clock.increment(5_000);
    else if (said < replies.length) actor.send({ type: 'candidate.reply', text: replies[said++] as string });
    else actor.send({ type: 'call.hangUp' });
  }
  if (actor.getSnapshot().status === 'active') actor.send({ type: 'call.hangUp' });
  const { output } = actor.getSnapshot().output as CallRecord;
  actor.stop();
  return output;
}
