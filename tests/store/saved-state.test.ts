import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import type { CallOutput } from '../../machines/call-machine.ts';
import { createCallMachine } from '../../machines/call-machine.ts';
import { builtinScenario } from '../../src/scenario/builtin-scenarios.ts';
import { gradeCall } from '../../src/scoring/grade-call.ts';
import { score } from '../../src/scoring/score-reply.ts';
import { migrateSavedState } from '../../src/store/app-store.ts';
import type { CallRecord } from '../../src/store/history-slice.ts';
import { DEFAULT_SETTINGS } from '../../src/store/settings-slice.ts';

function finishedCall(id: string): CallRecord {
  const clock = new SimulatedClock();
  const actor = createActor(createCallMachine({ assess: score, now: () => clock.now() }), { input: { scenario: builtinScenario('ask-why')!, seed: 9 }, clock }).start();
  actor.send({ type: 'call.dial' });
  clock.increment(60_000);
  clock.increment(60_000);
  actor.send({ type: 'candidate.reply', text: "Hi Tom, it's Jordan Avery. Do you have two minutes?" });
  actor.send({ type: 'call.hangUp' });
  const output = actor.getSnapshot().output as CallOutput;
  return { id, finishedAt: '2026-11-24T10:00:00.000Z', output, grade: gradeCall(output.turns, output.outcome) };
}

describe('saved data', () => {
  const good = finishedCall('call-a');
  const saved = { calls: [good], settings: { ...DEFAULT_SETTINGS, practiceMode: true }, scripts: { 'ask-why': { opening: 'Hi Tom', reason: '', ask: '', thankYou: '' } } };

  it('round-trips through JSON unchanged', () => {
    expect(migrateSavedState(JSON.parse(JSON.stringify(saved)), 1)).toEqual(saved);
  });

  it('drops only the damaged call and keeps everything else', () => {
    const damaged = { ...saved, calls: [good, { id: 'call-b', output: 'garbage' }, { ...good, id: 'call-c' }] };
    const result = migrateSavedState(JSON.parse(JSON.stringify(damaged)), 1);
    expect(result.calls.map((call) => call.id)).toEqual(['call-a', 'call-c']);
    expect(result.settings.practiceMode).toBe(true);
    expect(result.scripts['ask-why']?.opening).toBe('Hi Tom');
  });

  it('falls back to default settings when they are corrupt, without losing the history', () => {
    const result = migrateSavedState({ ...saved, settings: { voiceOn: 'yes', rate: 99 } }, 1);
    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.calls).toHaveLength(1);
  });

  it('never throws on anything at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = migrateSavedState(value, 1);
        expect(Array.isArray(result.calls)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
