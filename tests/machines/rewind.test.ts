import { describe, expect, it } from 'vitest';
import { rewindTo } from '../../src/components/call/rewind.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';

describe('trying a reply again', () => {
  it('rewinds to the turn asked for, still counting for the assignment the call was for', () => {
    const replies = ["Hi Tom, it's Jordan Avery. Do you have two minutes?"];
    const snapshot = rewindTo(builtinScenario('ask-why')!, 1, replies, 'a-test-0001') as { context: { assignmentId?: string; turns: { reply: string }[] } };
    expect(snapshot.context.assignmentId).toBe('a-test-0001');
    expect(snapshot.context.turns.map((turn) => turn.reply)).toEqual(replies);
  });
});
