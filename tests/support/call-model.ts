import { __unsafe_getAllOwnEventDescriptors as ownEventTypes, type EventFromLogic, type SnapshotFrom } from 'xstate';
import { getShortestPaths, TestModel } from 'xstate/graph';
import { type CallMachine, createCallMachine } from '../../machines/call-machine.ts';
import type { Scenario } from '../../src/domain/scenario/scenario-schema.ts';
import { PROFILES, profileAssessor } from './profile-assessor.ts';

export type CallSnapshot = SnapshotFrom<CallMachine>;
export type CallEventObject = EventFromLogic<CallMachine>;

/** The machine under test, with the fake assessor and a clock that the simulated clock drives. */
export function modelMachine(now: () => number = () => 0): CallMachine {
  return createCallMachine({ assess: profileAssessor, now });
}

/**
 * The replies the model tries at every candidate turn: each way a reply can land, alone and with
 * every phrase the scenario's branches listen for, so keyword branches are explored too.
 */
export function candidateReplies(scenario: Scenario): CallEventObject[] {
  const phrases = new Set<string>();
  const moves = new Set<string>(scenario.onHostile?.heard.slice(0, 1) ?? []);
  const facts = new Set<string>();
  for (const node of Object.values(scenario.nodes)) {
    for (const branch of node.next) {
      for (const phrase of branch.when?.mentions ?? []) phrases.add(phrase);
      for (const move of branch.when?.heard ?? []) moves.add(move);
      if (branch.when?.known) facts.add(branch.when.known.join(','));
    }
  }
  const replies: CallEventObject[] = [];
  for (const profile of Object.keys(PROFILES)) {
    replies.push({ type: 'candidate.reply', text: `${profile} reply` });
    for (const phrase of phrases) replies.push({ type: 'candidate.reply', text: `${profile} reply, ${phrase}.` });
    for (const move of moves) replies.push({ type: 'candidate.reply', text: `${profile} reply, heard ${move}.` });
    for (const told of facts) replies.push({ type: 'candidate.reply', text: `${profile} reply, tells ${told}.` });
  }
  return replies;
}

/**
 * Every event possible from a snapshot: the candidate's replies, hanging up, and the passing of
 * time. Delayed transitions appear as their `xstate.after.*` events, which the simulated clock
 * fires when the path is played against a live actor.
 */
export function eventsFor(scenario: Scenario, options: { hangUp: boolean }) {
  const replies = candidateReplies(scenario);
  return (snapshot: CallSnapshot): CallEventObject[] =>
    ownEventTypes(snapshot).flatMap((type): CallEventObject[] => {
      if (type === 'candidate.reply') return replies;
      if (type === 'candidate.typing') return [];
      if (type === 'call.hangUp') return options.hangUp ? [{ type }] : [];
      return [{ type } as CallEventObject]; // eslint-disable-line @typescript-eslint/no-unnecessary-type-assertion -- the descriptor is a string; the cast names the event it stands for
    });
}

/**
 * Conversation position: the machine state plus where in the scenario it is. The transcript grows
 * forever, so it is left out; the seeded generator state is left out too and covered by seeds.
 */
export function serializePosition(snapshot: CallSnapshot): string {
  return `${JSON.stringify(snapshot.value)}|${snapshot.context.nodeId}|${snapshot.context.endingId}|${snapshot.context.endReason}|${snapshot.context.known.join(',')}`;
}

/** What the model reached across many seeds: scenario nodes visited and endings reached. */
export interface Coverage {
  nodes: Set<string>;
  endings: Set<string>;
  /** For each ending, the first seed and path found that reaches it. */
  pathToEnding: Map<string, { seed: number; events: CallEventObject[] }>;
}

/** The seeds the model explores; enough that a branch with a chance of 0.1 is almost surely taken. */
export const MODEL_SEEDS = Array.from({ length: 48 }, (_, index) => index * 7919 + 1);

export function exploreScenario(scenario: Scenario, seeds: readonly number[] = MODEL_SEEDS): Coverage {
  const coverage: Coverage = { nodes: new Set(), endings: new Set(), pathToEnding: new Map() };
  const machine = modelMachine();
  const events = eventsFor(scenario, { hangUp: false });
  for (const seed of seeds) {
    const paths = getShortestPaths(machine, { input: { scenario, seed }, events, serializeState: serializePosition });
    for (const path of paths) {
      const { context, value } = path.state;
      if (value !== 'idle' && value !== 'dialing' && value !== 'ringing') coverage.nodes.add(context.nodeId);
      if (path.state.status === 'done' && context.endingId) {
        coverage.endings.add(context.endingId);
        if (!coverage.pathToEnding.has(context.endingId)) {
          coverage.pathToEnding.set(context.endingId, { seed, events: path.steps.slice(1).map((step) => step.event) });
        }
      }
    }
  }
  return coverage;
}

/**
 * A test model over the call machine. createTestModel refuses machines with delayed transitions,
 * so this builds the TestModel directly with the same traversal options; time is then played by
 * a simulated clock when a path runs against a live actor.
 */
export function callTestModel(scenario: Scenario, seed: number, options: { hangUp: boolean }) {
  return new TestModel(modelMachine(), {
    input: { scenario, seed },
    events: eventsFor(scenario, options),
    serializeState: serializePosition,
    stateMatcher: (snapshot, key) => snapshot.matches(key as never),
  });
}
