import type { AssessedTurn, CallOutcome } from '../call/call-types.ts';
import { MIN_MOVE_CONFIDENCE, shippedReader } from '../reading/read-reply.ts';
import { RUBRIC_VERSION } from './rubric.ts';
import { readAndScore } from './score-reply.ts';
import { DIMENSIONS, fallsShortOfClear, findingCost, type Dimension, type Finding } from './score-types.ts';

/**
 * Which scorer graded a call: the rubric's version and the reader model's data digest. Saved with
 * every call, so a score can be traced to the judgement that gave it. Bump the rubric's `version`
 * when its points change.
 */
export const SCORER_VERSION = `rubric-${RUBRIC_VERSION}+reader-${shippedReader.digest.slice(0, 12)}`;

/** How likely a clause must be defensive to count as pushback in a closing. */
const PUSHBACK_PROBABILITY = 0.5;

/** The closing check: after a "no", was there a gracious thank-you? */
export interface ClosingCheck {
  /** Whether the call ended on a "no" at all; if not, the check doesn't apply. */
  applies: boolean;
  thanked: boolean;
  noPushback: boolean;
  doorLeftOpen: boolean;
  gracious: boolean;
  /** The reply that was checked. */
  reply: string;
  advice: string;
}

/** A whole call's grade: a number and a one-sentence verdict per dimension, the best and worst reply. */
export interface CallGrade {
  /**
   * Hung up or fell silent before answering the manager's first question: not a call to grade as
   * good or bad, and left out of bests and progress.
   */
  abandoned?: boolean;
  /** SCORER_VERSION when graded; missing on calls saved before it was recorded. */
  scorerVersion?: string;
  scores: Record<Dimension, number>;
  verdicts: Record<Dimension, string>;
  bestTurn: number | null;
  worstTurn: number | null;
  closing: ClosingCheck;
}

/**
 * Checks a closing reply for the three parts of a gracious thank-you, from the moves the reader
 * hears: the same judgement as the scorer, with no word list of its own.
 */
export function checkClosing(reply: string, managerLine: string, applies = true): ClosingCheck {
  const { score: judged, reading } = readAndScore(shippedReader, reply, { managerLine });
  const has = (move: string) => reading.moves.some((clause) => clause.move === move && clause.confidence >= MIN_MOVE_CONFIDENCE);
  const thanked = has('thanks');
  // After a "no", any pushback more likely than not spoils the close, even below the score's cut for "defensive".
  const noPushback = judged.defensiveness < 25 && !reading.moves.some((clause) => clause.defensive >= PUSHBACK_PROBABILITY || clause.move === 'begs');
  const doorLeftOpen = has('leaves-door-open');
  const gracious = thanked && noPushback && doorLeftOpen;
  const missing = [
    thanked ? null : 'thank them for their time and candour',
    noPushback ? null : 'drop the pushback',
    doorLeftOpen ? null : 'leave the door open ("I hope our paths cross again")',
  ].filter(Boolean);
  const advice = gracious ? 'A gracious thank-you: thanks, no pushback, and the door left open.' : `To make it gracious: ${missing.join('; ')}.`;
  return { applies, thanked, noPushback, doorLeftOpen, gracious, reply, advice };
}

/** Whether a call ended before the manager's first question was answered: silence, or a hang-up. */
export function isAbandoned(turns: readonly AssessedTurn[], outcome: CallOutcome): boolean {
  return outcome.kind !== 'ending' && turns.length < 2;
}

function verdict(dimension: Dimension, value: number): string {
  if (dimension === 'defensiveness') {
    if (value >= 50) return 'A manager would hear this call as defensive.';
    if (fallsShortOfClear(dimension, value)) return 'Some defensive moments; the manager may have noticed.';
    return 'Open and non-defensive throughout.';
  }
  const noun = dimension === 'credibility' ? 'believable' : 'professional';
  if (!fallsShortOfClear(dimension, value)) return `Clearly ${noun}.`;
  if (value >= 50) return `Mostly ${noun}, with room to tighten.`;
  return dimension === 'credibility' ? 'A manager would doubt much of what you said.' : 'A manager would find this call unprofessional.';
}

/** How good a reply was overall, for picking the best and the worst. */
function turnQuality(turn: AssessedTurn): number {
  return turn.score.credibility + turn.score.professionalism - turn.score.defensiveness;
}

/**
 * Grades a finished call. Defensiveness takes the mean pulled toward the worst reply, since one
 * outburst colours a call; the others are means.
 */
export function gradeCall(turns: readonly AssessedTurn[], outcome: CallOutcome): CallGrade {
  const scores = Object.fromEntries(
    DIMENSIONS.map((dimension) => {
      if (turns.length === 0) return [dimension, 0];
      const values = turns.map((turn) => turn.score[dimension]);
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      const worst = dimension === 'defensiveness' ? Math.max(...values) : Math.min(...values);
      return [dimension, Math.round(mean * 0.6 + worst * 0.4)];
    }),
  ) as Record<Dimension, number>;
  const verdicts = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, turns.length === 0 ? 'No replies to judge.' : verdict(dimension, scores[dimension])])) as Record<Dimension, string>;

  let bestTurn: number | null = null;
  let worstTurn: number | null = null;
  turns.forEach((turn, index) => {
    if (bestTurn === null || turnQuality(turn) > turnQuality(turns[bestTurn] as AssessedTurn)) bestTurn = index;
    if (worstTurn === null || turnQuality(turn) < turnQuality(turns[worstTurn] as AssessedTurn)) worstTurn = index;
  });

  const last = turns[turns.length - 1];
  const endedOnNo = outcome.kind === 'ending' && outcome.outcome === 'no';
  const closing = checkClosing(last?.reply ?? '', last?.managerLine ?? '', endedOnNo);
  if (isAbandoned(turns, outcome)) {
    const abandonedVerdict = 'The call ended before the first question was answered, so there is nothing to grade.';
    return {
      abandoned: true,
      scorerVersion: SCORER_VERSION,
      scores,
      verdicts: { defensiveness: abandonedVerdict, credibility: abandonedVerdict, professionalism: abandonedVerdict },
      bestTurn,
      worstTurn,
      closing,
    };
  }
  return { scorerVersion: SCORER_VERSION, scores, verdicts, bestTurn, worstTurn, closing };
}

/** The findings that cost the most points in a reply, worst first. */
export function worstFindings(findings: readonly Finding[], count = 3): Finding[] {
  return [...findings]
    .filter((finding) => findingCost(finding) > 0)
    .sort((a, b) => findingCost(b) - findingCost(a))
    .slice(0, count);
}
