import type { Outcome, Scenario, Speaker } from '../scenario/scenario-schema.ts';
import type { ReplyScore, ScoreContext } from '../scoring/score-types.ts';

/** Judges one reply. The real scorer plugs in here; tests pass a fake so the machine is tested alone. */
export type Assessor = (reply: string, context: ScoreContext) => ReplyScore;

/** Who said a transcript line. */
export type TranscriptSpeaker = Speaker | 'candidate';

/** One line of the call: who said what, and when (milliseconds since dialing). */
export interface TranscriptEntry {
  speaker: TranscriptSpeaker;
  text: string;
  atMs: number;
  /** The scenario node this line belongs to. */
  nodeId: string;
}

/** A candidate turn with its judgement, aligned with the candidate's lines in the transcript. */
export interface AssessedTurn {
  nodeId: string;
  managerLine: string;
  reply: string;
  score: ReplyScore;
  /** Where the manager went next: a node or an ending id. */
  ledTo: string;
}

/** How the call ended. */
export type CallOutcome = { kind: 'ending'; endingId: string; title: string; outcome: Outcome } | { kind: 'hung-up' } | { kind: 'no-reply' };

/** What a finished call hands to the debrief and the history. */
export interface CallOutput {
  scenarioId: string;
  seed: number;
  outcome: CallOutcome;
  transcript: TranscriptEntry[];
  turns: AssessedTurn[];
  durationMs: number;
}

/** Milliseconds for the call's pacing. Tests shorten them; the UI uses the defaults. */
export interface CallTiming {
  dialMs: number;
  ringMs: number;
  /** The manager's pause before answering, give or take a third. */
  thinkMs: number;
  /** After "are you still there?", how long before the manager gives up. */
  hangUpMs: number;
  /** How long "Call ended" and the farewell stay up before the call is done and the debrief opens. */
  closingMs: number;
}

/** The pacing of a real call. */
export const DEFAULT_TIMING: CallTiming = { dialMs: 1200, ringMs: 2000, thinkMs: 900, hangUpMs: 12_000, closingMs: 1500 };

/** Pacing for rehearsing at speed and for browser tests: the same call, with no waiting for the line. */
export const QUICK_TIMING: CallTiming = { dialMs: 50, ringMs: 50, thinkMs: 60, hangUpMs: 12_000, closingMs: 50 };

/** What starting a call needs: a validated scenario and a seed that fixes every random choice. */
export interface CallInput {
  scenario: Scenario;
  seed: number;
  timing?: Partial<CallTiming>;
  /**
   * A deadline for every reply, as a workshop drill sets: when it passes, what the candidate has
   * typed is said, and with nothing typed the call ends. Without it the manager waits, nudges, then gives up.
   */
  replyDeadlineMs?: number;
  /** The finished call's id starts with this ("call" unless a drill names it). */
  idPrefix?: string;
  /** The assignment this call is practice for, carried into the record so its goals count it. */
  assignmentId?: string;
  /** Set when this call replays an earlier one to try one reply again: the debrief shows both. */
  retryOf?: RetryOf;
}

/** The earlier call a retry replays, and the reply (by turn index) being tried again. */
export interface RetryOf {
  callId: string;
  turn: number;
}

/** The clock reading a machine takes when it needs one. The app passes the wall clock; tests pass a simulated one. */
export type Clock = () => number;
