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
}

export const DEFAULT_TIMING: CallTiming = { dialMs: 1200, ringMs: 2000, thinkMs: 900, hangUpMs: 12_000 };

/** What starting a call needs: a validated scenario and a seed that fixes every random choice. */
export interface CallInput {
  scenario: Scenario;
  seed: number;
  timing?: Partial<CallTiming>;
}
