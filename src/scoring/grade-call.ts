import type { AssessedTurn, CallOutcome } from '../../machines/call-machine.ts';
import { score } from './score-reply.ts';
import { DIMENSIONS, type Dimension, type Finding } from './score-types.ts';

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
  scores: Record<Dimension, number>;
  verdicts: Record<Dimension, string>;
  bestTurn: number | null;
  worstTurn: number | null;
  closing: ClosingCheck;
}

const THANKS = /\bthank(?:s| you)\b|\bappreciate\b|\bgrateful\b/i;
const DOOR_OPEN = /\bpaths cross\b|\b(?:keep|stay) in touch\b|\bif anything (?:changes|opens|comes up)\b|\bkeep me in mind\b|\bdoor\b|\bfuture\b|\bwish you (?:all the best|well|luck)\b|\ball the best\b|\bgood luck\b|\bhope (?:to|we)\b|\bwould love to (?:be considered|hear)\b|\bcross paths\b/i;
const PUSHBACK = /\bbut\b|\breconsider\b|\bare you sure\b|\bchange your mind\b|\bunfair\b|\bmistake\b/i;

/** Checks a closing reply for the three parts of a gracious thank-you. */
export function checkClosing(reply: string, managerLine: string, applies = true): ClosingCheck {
  const judged = score(reply, { managerLine });
  const thanked = THANKS.test(reply);
  const noPushback = judged.defensiveness < 25 && !PUSHBACK.test(reply);
  const doorLeftOpen = DOOR_OPEN.test(reply);
  const gracious = thanked && noPushback && doorLeftOpen;
  const missing = [
    thanked ? null : 'thank them for their time and candour',
    noPushback ? null : 'drop the pushback',
    doorLeftOpen ? null : 'leave the door open ("I hope our paths cross again")',
  ].filter(Boolean);
  const advice = gracious ? 'A gracious thank-you: thanks, no pushback, and the door left open.' : `To make it gracious: ${missing.join('; ')}.`;
  return { applies, thanked, noPushback, doorLeftOpen, gracious, reply, advice };
}

function verdict(dimension: Dimension, value: number): string {
  if (dimension === 'defensiveness') {
    if (value >= 50) return 'A manager would hear this call as defensive.';
    if (value >= 25) return 'Some defensive moments; the manager may have noticed.';
    return 'Open and non-defensive throughout.';
  }
  const noun = dimension === 'credibility' ? 'believable' : 'professional';
  if (value >= 80) return `Clearly ${noun}.`;
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
  return { scores, verdicts, bestTurn, worstTurn, closing };
}

/** The findings that cost the most points in a reply, worst first. */
export function worstFindings(findings: readonly Finding[], count = 3): Finding[] {
  const cost = (finding: Finding) => (finding.dimension === 'defensiveness' ? finding.points : -finding.points);
  return [...findings].filter((finding) => cost(finding) > 0).sort((a, b) => cost(b) - cost(a)).slice(0, count);
}
