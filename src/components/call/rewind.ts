import { createActor, SimulatedClock } from 'xstate';
import type { CallInput } from '../../domain/call/call-types.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { callMachine } from './call-actor.ts';

/**
 * The call as it stood just after `earlierReplies`, waiting for the next reply: rebuilt by
 * replaying the seed and those replies on a simulated clock. The seeded machine makes this exact:
 * the manager says the same lines in the same words. Returns the persisted snapshot to resume, or
 * null if the call ends before then. `carried` (the assignment, the reply being retried) travels in
 * the snapshot, since a restored call ignores the input it is given.
 */
export function rewindTo(scenario: Scenario, seed: number, earlierReplies: readonly string[], carried: Pick<CallInput, 'assignmentId' | 'retryOf'> = {}, now = Date.now()): unknown {
  const clock = new SimulatedClock();
  clock.set(now);
  const actor = createActor(callMachine, { input: { scenario, seed, ...carried }, clock }).start();
  actor.send({ type: 'call.dial' });
  let said = 0;
  for (let step = 0; step < 500 && actor.getSnapshot().status === 'active'; step++) {
    const snapshot = actor.getSnapshot();
    if (snapshot.hasTag('candidateTurn')) {
      if (said === earlierReplies.length) {
        const persisted = actor.getPersistedSnapshot();
        actor.stop();
        return persisted;
      }
      actor.send({ type: 'candidate.reply', text: earlierReplies[said++] as string });
    } else clock.increment(10_000);
  }
  actor.stop();
  return null;
}
