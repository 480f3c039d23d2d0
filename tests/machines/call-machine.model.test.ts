import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { getAdjacencyMap, getSimplePaths } from 'xstate/graph';
import { parseScenarioText } from '../../src/domain/scenario/scenario-format.ts';
import type { Scenario } from '../../src/domain/scenario/scenario-schema.ts';
import { callTestModel, type CallEventObject, type CallSnapshot, eventsFor, exploreScenario, modelMachine, serializePosition } from '../support/call-model.ts';
import { scenarioFiles } from '../support/scenario-files.ts';

function load(text: string): Scenario {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.value;
}

/** Plays model events against a live actor: time passes on a simulated clock, never real time. */
function play(scenario: Scenario, seed: number, events: readonly CallEventObject[]) {
  const clock = new SimulatedClock();
  const actor = createActor(
    modelMachine(() => clock.now()),
    { input: { scenario, seed }, clock },
  ).start();
  for (const event of events) {
    // Each state has at most one pending timer; advancing far fires exactly that one.
    if (event.type.startsWith('xstate.after')) clock.increment(10 * 60 * 1000);
    else actor.send(event);
  }
  return actor;
}

describe.each(scenarioFiles())('$file', ({ text }) => {
  const scenario = load(text);
  const coverage = exploreScenario(scenario);

  it('visits every node', () => {
    const missing = Object.keys(scenario.nodes).filter((id) => !coverage.nodes.has(id));
    expect(missing, `nodes no generated path reaches`).toEqual([]);
  });

  it('reaches every ending by a generated path', () => {
    const missing = Object.keys(scenario.endings).filter((id) => !coverage.endings.has(id));
    expect(missing, `endings no generated path reaches`).toEqual([]);
  });

  it('plays each ending path against a live actor on a simulated clock and ends there', () => {
    for (const [endingId, { seed, events }] of coverage.pathToEnding) {
      const actor = play(scenario, seed, events);
      const snapshot = actor.getSnapshot();
      expect(snapshot.status, `path to ${endingId}`).toBe('done');
      expect(snapshot.output?.output.outcome).toMatchObject({ kind: 'ending', endingId });
      // The transcript alternates company and candidate, and every candidate line was judged.
      const candidateLines = snapshot.output?.output.transcript.filter((entry) => entry.speaker === 'candidate') ?? [];
      expect(snapshot.output?.output.turns.map((turn) => turn.reply)).toEqual(candidateLines.map((entry) => entry.text));
    }
  });

  it('matches the model at every step of its shortest paths, hang-ups included', async () => {
    const model = callTestModel(scenario, 11, { hangUp: true });
    const paths = model.getShortestPaths();
    expect(paths.length).toBeGreaterThan(Object.keys(scenario.nodes).length);
    for (const path of paths) {
      const clock = new SimulatedClock();
      const actor = createActor(
        modelMachine(() => clock.now()),
        { input: { scenario, seed: 11 }, clock },
      ).start();
      await path.test({
        events: {
          'call.dial': () => void actor.send({ type: 'call.dial' }),
          'call.hangUp': () => void actor.send({ type: 'call.hangUp' }),
          'call.resume': () => void actor.send({ type: 'call.resume' }),
          'candidate.reply': ({ event }) => void actor.send(event as CallEventObject),
        },
        states: {
          '*': (expected) => {
            // Delayed transitions are not events to send: the clock makes them happen.
            const live = actor.getSnapshot();
            if (serializePosition(live) !== serializePosition(expected)) clock.increment(10 * 60 * 1000);
            expect(serializePosition(actor.getSnapshot())).toBe(serializePosition(expected));
          },
        },
      });
    }
  });

  it('never leaves a live call with no way forward', () => {
    // Every state the model can reach has some sequence of replies and time that ends the call.
    const adjacency = getAdjacencyMap(modelMachine(), {
      input: { scenario, seed: 3 },
      events: eventsFor(scenario, { hangUp: false }),
      serializeState: serializePosition,
    });
    const canFinish = new Set(Object.keys(adjacency).filter((key) => adjacency[key as keyof typeof adjacency]?.state.status === 'done'));
    let grew = true;
    while (grew) {
      grew = false;
      for (const [key, value] of Object.entries(adjacency)) {
        if (canFinish.has(key)) continue;
        if (Object.values(value.transitions).some((next) => canFinish.has(serializePosition((next as { state: CallSnapshot }).state)))) {
          canFinish.add(key);
          grew = true;
        }
      }
    }
    const stuck = Object.keys(adjacency).filter((key) => !canFinish.has(key));
    expect(stuck).toEqual([]);
  });
});

describe('replay', () => {
  const scenario = load(scenarioFiles().find((f) => f.file.endsWith('change-of-heart.json'))!.text);
  const replies = ['gracious reply', 'vague reply', 'defensive reply'].map((text): CallEventObject => ({ type: 'candidate.reply', text }));
  const paths = getSimplePaths(modelMachine(), {
    input: { scenario, seed: 42 },
    // Pacing timers and three kinds of reply; silences and hang-ups are covered by the model above
    // and would multiply the simple paths past what a unit test should enumerate.
    events: (snapshot) =>
      eventsFor(scenario, { hangUp: false })(snapshot)
        .filter((event) => event.type !== 'candidate.reply' && !/silenceDelay|hangUpDelay/.test(event.type))
        .concat(snapshot.hasTag('candidateTurn') ? replies : []),
    serializeState: serializePosition,
    toState: (snapshot) => snapshot.status === 'done',
  });

  it('gives the same call for the same seed and replies, on every simple path', () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const events = path.steps.slice(1).map((step) => step.event);
      const first = play(scenario, 42, events).getSnapshot().output;
      const second = play(scenario, 42, events).getSnapshot().output;
      expect(first).toBeDefined();
      expect(second).toEqual(first);
    }
  });

  it('varies the manager between seeds', () => {
    const longest = paths.reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
    const events = longest.steps.slice(1).map((step) => step.event);
    const transcripts = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        JSON.stringify(
          play(scenario, seed, events)
            .getSnapshot()
            .context.transcript.map((e) => e.text),
        ),
      ),
    );
    expect(transcripts.size).toBeGreaterThan(1);
  });
});
