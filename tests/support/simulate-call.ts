import { createActor, SimulatedClock } from 'xstate';
import { createCallMachine } from '../../machines/call-machine.ts';
import type { CallRecord } from '../../src/domain/call/call-record.ts';
import type { CallOutput } from '../../src/domain/call/call-types.ts';
import type { Scenario } from '../../src/domain/scenario/scenario-schema.ts';
import { score } from '../../src/domain/scoring/score-reply.ts';

/**
 * Plays a call in Node exactly as the app would, with the real scorer: the same seed and the same
 * replies give the same call, so a browser test can know the ending before it starts.
 */
export interface SimulatedCall {
  output: CallOutput;
  repliesUsed: number;
  /** Who picked up: the manager, a gatekeeper or voicemail. */
  firstSpeaker: string;
}

export function simulateCall(scenario: Scenario, seed: number, replies: readonly string[]): SimulatedCall {
  const clock = new SimulatedClock();
  const actor = createActor(createCallMachine({ assess: score, now: () => clock.now() }), { input: { scenario, seed, timing: { closingMs: 0 } }, clock }).start();
  actor.send({ type: 'call.dial' });
  let used = 0;
  for (let step = 0; step < 200 && actor.getSnapshot().status === 'active'; step++) {
    const snapshot = actor.getSnapshot();
    if (snapshot.hasTag('candidateTurn')) actor.send({ type: 'candidate.reply', text: replies[Math.min(used++, replies.length - 1)] as string });
    else clock.increment(30_000);
  }
  const output = (actor.getSnapshot().output as CallRecord).output;
  return { output, repliesUsed: used, firstSpeaker: output.transcript[0]?.speaker ?? '' };
}

/** The first seed from 1 up whose simulated call is the one a test wants. */
export function seedWhere(scenario: Scenario, replies: readonly string[], accept: (result: SimulatedCall) => boolean): { seed: number; result: SimulatedCall } {
  for (let seed = 1; seed < 500; seed++) {
    const result = simulateCall(scenario, seed, replies);
    if (accept(result)) return { seed, result };
  }
  throw new Error(`no seed under 500 gives the call wanted in ${scenario.id}`);
}
