import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { callMachine } from '../../src/components/call/call-actor.ts';
import { rewindTo } from '../../src/components/call/rewind.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import type { CallRecord } from '../../src/domain/call/call-record.ts';

describe('trying a reply again', () => {
  const scenario = builtinScenario('ask-why')!;
  const replies = ["Hi Tom, it's Jordan Avery. Do you have two minutes?"];

  it('rewinds to the turn asked for, still counting for the assignment the call was for', () => {
    const snapshot = rewindTo(scenario, 1, replies, { assignmentId: 'a-test-0001', retryOf: { callId: 'call-old', turn: 1 } }) as {
      context: { assignmentId?: string; retryOf?: unknown; turns: { reply: string }[] };
    };
    expect(snapshot.context.assignmentId).toBe('a-test-0001');
    expect(snapshot.context.retryOf).toEqual({ callId: 'call-old', turn: 1 });
    expect(snapshot.context.turns.map((turn) => turn.reply)).toEqual(replies);
  });

  it('files the retried call with the reply it tried again, so the debrief can set them side by side', () => {
    const snapshot = rewindTo(scenario, 1, replies, { retryOf: { callId: 'call-old', turn: 1 } });
    const clock = new SimulatedClock();
    const actor = createActor(callMachine, { snapshot: snapshot as never, input: { scenario, seed: 1 }, clock }).start();
    actor.send({ type: 'candidate.reply', text: 'I wanted to ask what I could have done better in the interview.' });
    actor.send({ type: 'call.hangUp' });
    for (let step = 0; step < 50 && actor.getSnapshot().status === 'active'; step++) clock.increment(10_000);
    const record = actor.getSnapshot().output as CallRecord;
    expect(record.retryOf).toEqual({ callId: 'call-old', turn: 1 });
    expect(record.output.turns[1]?.reply).toBe('I wanted to ask what I could have done better in the interview.');
  });
});
