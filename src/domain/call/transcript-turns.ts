import type { AssessedTurn, CallOutput, TranscriptEntry } from './call-types.ts';

/** A line the candidate said, with the turn the scorer judged it in. */
export interface ScoredLine extends TranscriptEntry {
  speaker: 'candidate';
  /** Where this reply's turn sits in `output.turns`: the nth candidate line is the nth turn. */
  turnIndex: number;
  turn: AssessedTurn;
}

/**
 * A line with no judged turn: the company's side, or a candidate's line past the last turn (only a
 * damaged or hand-edited results file has one, since the call records a turn with every reply).
 */
export interface UnscoredLine extends TranscriptEntry {
  turnIndex: null;
  turn: null;
}

/** One line of a finished call's transcript, carrying its turn when it has one. */
export type TranscriptLine = ScoredLine | UnscoredLine;

/**
 * The transcript with each candidate line matched to its turn. The call appends a turn with every
 * candidate line, so they align by order; screens read the match here instead of counting lines
 * while they render.
 */
export function transcriptWithTurns(output: Pick<CallOutput, 'transcript' | 'turns'>): TranscriptLine[] {
  let replies = 0;
  return output.transcript.map((entry): TranscriptLine => {
    if (entry.speaker !== 'candidate') return { ...entry, turnIndex: null, turn: null };
    const turnIndex = replies++;
    const turn = output.turns[turnIndex];
    return turn ? { ...entry, speaker: 'candidate', turnIndex, turn } : { ...entry, turnIndex: null, turn: null };
  });
}
