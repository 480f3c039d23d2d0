import { and, assertEvent, assign, setup } from 'xstate';
import { nextRandom } from '../src/lib/seeded-random.ts';
import type { BranchCondition, Ending, LineVariant, Scenario, ScenarioNode } from '../src/domain/scenario/scenario-schema.ts';
import { scoreContextFor } from '../src/domain/scoring/score-context.ts';
import type { ReplyScore } from '../src/domain/scoring/score-types.ts';
import { escapeRegExp } from '../src/lib/escape-regexp.ts';
import { ownValue } from '../src/lib/own.ts';
import {
  type AssessedTurn,
  type Assessor,
  type CallInput,
  type CallOutcome,
  type CallOutput,
  type CallTiming,
  type Clock,
  DEFAULT_TIMING,
  type RetryOf,
  type TranscriptEntry,
} from '../src/domain/call/call-types.ts';
import type { CallRecord } from '../src/domain/call/call-record.ts';
import { gradeCall } from '../src/domain/scoring/grade-call.ts';

/**
 * What the machine needs from the world: a judge for replies and a clock for timestamps. Side
 * effects (saving progress, filing the finished call) are named actions the app supplies with
 * `.provide()`; by default they do nothing, so a test runs the call alone.
 */
export interface CallDependencies {
  assess: Assessor;
  now: Clock;
}

interface CallContext {
  scenario: Scenario;
  seed: number;
  rngState: number;
  timing: CallTiming;
  rings: number;
  thinkMs: number;
  dialedAtMs: number;
  /** The node being played, or the node the ending was reached from. */
  nodeId: string;
  endingId: string | null;
  endReason: 'ending' | 'hung-up' | 'no-reply' | null;
  transcript: TranscriptEntry[];
  turns: AssessedTurn[];
  /** What the candidate has told the manager so far ("reason", "evidence"…), from the reader. */
  known: string[];
  /** The reply being typed, kept so a reload or a drill's deadline doesn't lose it. */
  draft: string;
  replyDeadlineMs: number | null;
  /** When the current reply is due (clock time), in a drill. */
  replyDueAtMs: number | null;
  idPrefix: string;
  assignmentId: string | undefined;
  retryOf: RetryOf | undefined;
  /** The finished, graded call, once it has ended. */
  record: CallRecord | null;
}

type CallEvent =
  | { type: 'call.dial' }
  | { type: 'candidate.reply'; text: string }
  /** The candidate is typing (or dictating): `text` is the whole draft so far. */
  | { type: 'candidate.typing'; text: string }
  | { type: 'call.hangUp' }
  /** After restoring a saved call: timers are not saved, so the current state starts its clock again. */
  | { type: 'call.resume' };

/** The line said after a long silence, in a few wordings. */
export const NUDGE_LINES = ['Hello? Are you still there?', 'Sorry, did I lose you?', "Hello? I think the line's gone quiet."];

function pick<T>(options: readonly T[], rngState: number): { choice: T; rngState: number } {
  const draw = nextRandom(rngState);
  return { choice: options[Math.floor(draw.value * options.length)] as T, rngState: draw.state };
}

function inBand(score: number, band: { atLeast?: number; below?: number } | undefined): boolean {
  if (!band) return true;
  if (band.atLeast !== undefined && score < band.atLeast) return false;
  if (band.below !== undefined && score >= band.below) return false;
  return true;
}

function mentionsAny(phrases: readonly string[], text: string): boolean {
  return phrases.some((phrase) => new RegExp(`(^|\\W)${escapeRegExp(phrase)}($|\\W)`, 'i').test(text));
}

/**
 * Whether a reply meets a branch's condition: every stated part must hold. `known` is what the
 * candidate had told the manager before this reply; the reply's own facts count too.
 */
export function conditionHolds(condition: BranchCondition | undefined, reply: string, score: ReplyScore, known: readonly string[] = []): boolean {
  if (!condition) return true;
  if (!inBand(score.defensiveness, condition.defensiveness)) return false;
  if (!inBand(score.credibility, condition.credibility)) return false;
  if (!inBand(score.professionalism, condition.professionalism)) return false;
  if (condition.mentions && !mentionsAny(condition.mentions, reply)) return false;
  if (condition.heard && !condition.heard.some((move) => score.heard?.moves.some((heard) => heard.move === move))) return false;
  if (condition.known) {
    const told = new Set([...known, ...(score.heard?.known ?? [])]);
    if (!condition.known.every((fact) => told.has(fact))) return false;
  }
  return true;
}

/** The wordings a node may use now: the first variant whose facts the candidate has given, or its plain lines. */
export function linesFor(node: ScenarioNode, known: readonly string[], saidSoFar: string): readonly string[] {
  const holds = (variant: LineVariant) => (variant.known ?? []).every((fact) => known.includes(fact)) && (!variant.mentions || mentionsAny(variant.mentions, saidSoFar));
  return node.linesWhen?.find(holds)?.lines ?? node.lines;
}

function lastLineFromCompany(transcript: readonly TranscriptEntry[]): string {
  for (let index = transcript.length - 1; index >= 0; index--) {
    const entry = transcript[index];
    if (entry && entry.speaker !== 'candidate') return entry.text;
  }
  return '';
}

/** The point the call is at, looked up as the scenario's own: an id like "constructor" is just an id. */
function currentNode(context: { scenario: Scenario; nodeId: string }): ScenarioNode | undefined {
  return ownValue(context.scenario.nodes, context.nodeId);
}

/** The ending a call reached, if it reached one. */
export function endingOf(context: { scenario: Scenario; endingId: string | null }): Ending | null {
  return (context.endingId && ownValue(context.scenario.endings, context.endingId)) || null;
}

/**
 * Builds the call machine around its dependencies. The scenario and seed come in as input; nothing
 * here imports scenario files, and every random choice is drawn from the seeded state in context,
 * so the same seed and the same replies replay the same call.
 */
export function createCallMachine({ assess, now }: CallDependencies) {
  return setup({
    types: {
      context: {} as CallContext,
      events: {} as CallEvent,
      input: {} as CallInput,
      output: {} as CallRecord,
    },
    delays: {
      dialDelay: ({ context }) => context.timing.dialMs,
      ringDelay: ({ context }) => context.timing.ringMs * context.rings,
      thinkDelay: ({ context }) => context.thinkMs,
      silenceDelay: ({ context }) => context.scenario.persona.patienceSeconds * 1000,
      hangUpDelay: ({ context }) => context.timing.hangUpMs,
      replyDeadline: ({ context }) => context.replyDeadlineMs ?? 0,
      closingDelay: ({ context }) => context.timing.closingMs,
    },
    guards: {
      hasReachedEnding: ({ context }) => context.endingId !== null,
      hasText: ({ event }) => event.type === 'candidate.reply' && event.text.trim().length > 0,
      hasReplyDeadline: ({ context }) => context.replyDeadlineMs !== null,
      hasNoReplyDeadline: ({ context }) => context.replyDeadlineMs === null,
      hasDraft: ({ context }) => context.draft.trim().length > 0,
      hasNoClosingPause: ({ context }) => context.timing.closingMs <= 0,
    },
    actions: {
      startDialing: assign(({ context }) => {
        const draw = nextRandom(context.rngState);
        return { dialedAtMs: now(), rings: 1 + Math.floor(draw.value * 3), rngState: draw.state };
      }),
      pickUp: assign(({ context }) => {
        const total = context.scenario.pickup.reduce((sum, option) => sum + option.weight, 0);
        const draw = nextRandom(context.rngState);
        let remaining = draw.value * total;
        const chosen = context.scenario.pickup.find((option) => (remaining -= option.weight) < 0) ?? context.scenario.pickup[0];
        return { nodeId: chosen?.to ?? context.nodeId, rngState: draw.state };
      }),
      speakLine: assign(({ context }) => {
        const node = currentNode(context);
        if (!node) return {};
        const saidSoFar = context.turns.map((turn) => turn.reply).join('\n');
        const { choice, rngState } = pick(linesFor(node, context.known, saidSoFar), context.rngState);
        const entry: TranscriptEntry = { speaker: node.speaker, text: choice, atMs: now() - context.dialedAtMs, nodeId: context.nodeId };
        return { transcript: [...context.transcript, entry], rngState };
      }),
      // Silences don't draw from the generator, so replaying only the replies reproduces the call.
      sayNudge: assign(({ context }) => {
        const speaker = currentNode(context)?.speaker ?? 'manager';
        const text = NUDGE_LINES[context.transcript.length % NUDGE_LINES.length] as string;
        const entry: TranscriptEntry = { speaker, text, atMs: now() - context.dialedAtMs, nodeId: context.nodeId };
        return { transcript: [...context.transcript, entry] };
      }),
      sayFarewell: assign(({ context }) => {
        const ending = endingOf(context);
        if (!ending?.farewell) return {};
        const speaker = currentNode(context)?.speaker ?? 'manager';
        const { choice, rngState } = pick(ending.farewell, context.rngState);
        const entry: TranscriptEntry = { speaker, text: choice, atMs: now() - context.dialedAtMs, nodeId: context.nodeId };
        return { transcript: [...context.transcript, entry], rngState };
      }),
      keepDraft: assign(({ event }) => {
        assertEvent(event, 'candidate.typing');
        return { draft: event.text };
      }),
      startReplyClock: assign(({ context }) => ({ replyDueAtMs: context.replyDeadlineMs === null ? null : now() + context.replyDeadlineMs })),
      recordReply: assign(({ context, event }) => {
        // A reply is what was sent, or, when a drill's time runs out, what had been typed.
        const reply = (event.type === 'candidate.reply' ? event.text : context.draft).trim();
        const node = currentNode(context);
        const managerLine = lastLineFromCompany(context.transcript);
        const score = assess(reply, {
          ...scoreContextFor(
            context.scenario,
            managerLine,
            context.turns.map((turn) => turn.reply),
          ),
          listener: node?.speaker ?? 'manager',
        });

        let rngState = context.rngState;
        let ledTo = context.nodeId;
        const hostile = context.scenario.onHostile;
        const branches = hostile ? [{ to: hostile.to, when: { heard: hostile.heard } }, ...(node?.next ?? [])] : (node?.next ?? []);
        for (const branch of branches) {
          if (!conditionHolds(branch.when, reply, score, context.known)) continue;
          if (branch.chance !== undefined) {
            const roll = nextRandom(rngState);
            rngState = roll.state;
            if (roll.value >= branch.chance) continue;
          }
          ledTo = branch.to;
          break;
        }
        const think = nextRandom(rngState);
        const entry: TranscriptEntry = { speaker: 'candidate', text: reply, atMs: now() - context.dialedAtMs, nodeId: context.nodeId };
        const reachedEnding = Object.hasOwn(context.scenario.endings, ledTo);
        return {
          known: [...new Set([...context.known, ...(score.heard?.known ?? [])])],
          draft: '',
          transcript: [...context.transcript, entry],
          turns: [...context.turns, { nodeId: context.nodeId, managerLine, reply, score, ledTo }],
          nodeId: reachedEnding ? context.nodeId : ledTo,
          endingId: reachedEnding ? ledTo : null,
          endReason: reachedEnding ? ('ending' as const) : null,
          thinkMs: Math.round(context.timing.thinkMs * (0.67 + think.value * 0.67)),
          rngState: think.state,
        };
      }),
      markHungUp: assign({ endReason: 'hung-up' as const }),
      markNoReply: assign({ endReason: 'no-reply' as const }),
      finishCall: assign(({ context }) => ({ record: recordOf(context, now()) })),
      // Supplied by the app with .provide(): keep the call where a reload can resume it.
      saveProgress: () => {},
      // Supplied by the app with .provide(): put the finished call in the history (or the drill's results).
      fileCall: (_, _record: CallRecord) => {},
    },
  }).createMachine({
    id: 'call',
    context: ({ input }) => ({
      scenario: input.scenario,
      seed: input.seed,
      rngState: input.seed,
      timing: { ...DEFAULT_TIMING, ...input.timing },
      rings: 1,
      thinkMs: input.timing?.thinkMs ?? DEFAULT_TIMING.thinkMs,
      dialedAtMs: 0,
      nodeId: input.scenario.pickup[0]?.to ?? '',
      endingId: null,
      endReason: null,
      transcript: [],
      turns: [],
      known: [],
      draft: '',
      replyDeadlineMs: input.replyDeadlineMs ?? null,
      replyDueAtMs: null,
      idPrefix: input.idPrefix ?? 'call',
      assignmentId: input.assignmentId,
      retryOf: input.retryOf,
      record: null,
    }),
    initial: 'idle',
    states: {
      idle: {
        on: { 'call.dial': { target: 'dialing', actions: 'startDialing' } },
      },
      dialing: {
        tags: ['connecting'],
        entry: 'saveProgress',
        after: { dialDelay: 'ringing' },
        on: { 'call.hangUp': { target: 'ended', actions: 'markHungUp' }, 'call.resume': { target: 'dialing', reenter: true } },
      },
      ringing: {
        tags: ['connecting'],
        entry: 'saveProgress',
        after: { ringDelay: { target: 'connected', actions: ['pickUp', 'speakLine'] } },
        on: { 'call.hangUp': { target: 'ended', actions: 'markHungUp' }, 'call.resume': { target: 'ringing', reenter: true } },
      },
      connected: {
        tags: ['live'],
        initial: 'listening',
        on: { 'call.hangUp': { target: 'ended', actions: 'markHungUp' } },
        states: {
          listening: {
            tags: ['candidateTurn'],
            entry: ['startReplyClock', 'saveProgress'],
            after: {
              silenceDelay: { guard: 'hasNoReplyDeadline', target: 'nudged', actions: 'sayNudge' },
              replyDeadline: [
                { guard: and(['hasReplyDeadline', 'hasDraft']), target: 'thinking', actions: 'recordReply' },
                { guard: 'hasReplyDeadline', target: '#call.ended', actions: 'markNoReply' },
              ],
            },
            on: {
              'candidate.reply': { guard: 'hasText', target: 'thinking', actions: 'recordReply' },
              'candidate.typing': [
                // Against a drill's deadline, typing keeps the draft and the clock runs on.
                { guard: 'hasReplyDeadline', actions: 'keepDraft' },
                // Otherwise typing shows the candidate is still there, so the silence clock starts over.
                { target: 'listening', reenter: true, actions: 'keepDraft' },
              ],
              'call.resume': { target: 'listening', reenter: true },
            },
          },
          nudged: {
            tags: ['candidateTurn'],
            after: { hangUpDelay: { target: '#call.ended', actions: 'markNoReply' } },
            on: {
              'candidate.reply': { guard: 'hasText', target: 'thinking', actions: 'recordReply' },
              'candidate.typing': { target: 'listening', actions: 'keepDraft' },
              'call.resume': { target: 'listening' },
            },
          },
          thinking: {
            tags: ['managerTurn'],
            entry: 'saveProgress',
            on: { 'call.resume': { target: 'thinking', reenter: true } },
            after: {
              thinkDelay: [
                { guard: 'hasReachedEnding', target: '#call.ended', actions: 'sayFarewell' },
                { target: 'listening', actions: 'speakLine' },
              ],
            },
          },
        },
      },
      // Filed at once, so nothing is lost; the call is done once the farewell has been seen.
      ended: {
        tags: ['ended'],
        entry: ['finishCall', { type: 'fileCall', params: ({ context }) => context.record as CallRecord }],
        always: { guard: 'hasNoClosingPause', target: 'done' },
        after: { closingDelay: 'done' },
      },
      done: {
        type: 'final',
        tags: ['ended'],
      },
    },
    output: ({ context }) => context.record ?? recordOf(context, now()),
  });
}

/** The finished call, graded, as the history keeps it. */
function recordOf(context: CallContext, finishedAtMs: number): CallRecord {
  const output = callOutputOf(context);
  const id = `${context.idPrefix}-${finishedAtMs.toString(36)}-${(context.seed >>> 0).toString(36)}`.slice(0, 80);
  return {
    id,
    finishedAt: new Date(finishedAtMs).toISOString(),
    output,
    grade: gradeCall(output.turns, output.outcome),
    ...(context.assignmentId ? { assignmentId: context.assignmentId } : {}),
    ...(context.retryOf ? { retryOf: context.retryOf } : {}),
  };
}

function callOutputOf(context: CallContext): CallOutput {
  const ending = endingOf(context);
  const outcome: CallOutcome =
    context.endReason === 'ending' && ending && context.endingId
      ? { kind: 'ending', endingId: context.endingId, title: ending.title, outcome: ending.outcome }
      : { kind: context.endReason === 'no-reply' ? 'no-reply' : 'hung-up' };
  const last = context.transcript[context.transcript.length - 1];
  return {
    scenarioId: context.scenario.id,
    seed: context.seed,
    outcome,
    transcript: context.transcript,
    turns: context.turns,
    durationMs: last ? last.atMs : 0,
  };
}

/** The call machine type, for components and tests that hold one. */
export type CallMachine = ReturnType<typeof createCallMachine>;
