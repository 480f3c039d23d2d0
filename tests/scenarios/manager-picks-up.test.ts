import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import { callMachine } from '../../src/components/call/call-actor.ts';
import { BUILTIN_SCENARIOS } from '../../src/domain/scenario/builtin-scenarios.ts';
import { managerPicksUp } from '../../src/domain/scenario/manager-picks-up.ts';
import type { Scenario } from '../../src/domain/scenario/scenario-schema.ts';

function firstSpeaker(scenario: Scenario, seed: number): string | undefined {
  const clock = new SimulatedClock();
  const actor = createActor(callMachine, { input: { scenario, seed }, clock }).start();
  actor.send({ type: 'call.dial' });
  for (let step = 0; step < 20 && actor.getSnapshot().context.transcript.length === 0; step++) clock.increment(1_000);
  const speaker = actor.getSnapshot().context.transcript[0]?.speaker;
  actor.stop();
  return speaker;
}

describe('a drill where the manager always picks up', () => {
  it.each(BUILTIN_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))('%s: the manager answers on every seed', (_, scenario) => {
    const seeds = Array.from({ length: 30 }, (__, seed) => seed);
    expect(new Set(seeds.map((seed) => firstSpeaker(managerPicksUp(scenario), seed)))).toEqual(new Set(['manager']));
  });

  it('leaves a screener or voicemail to the scenario otherwise', () => {
    const screener = BUILTIN_SCENARIOS.find((scenario) => scenario.id === 'past-the-screener')!;
    const speakers = new Set(Array.from({ length: 30 }, (_, seed) => firstSpeaker(screener, seed)));
    expect(speakers.size).toBeGreaterThan(1);
  });
});
