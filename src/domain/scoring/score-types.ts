import type { Speaker } from '../scenario/scenario-schema.ts';
/** The three things a hiring manager hears in a reply. */
export const DIMENSIONS = ['defensiveness', 'credibility', 'professionalism'] as const;

/** One of the three things a hiring manager hears; declared once, here. */
export type Dimension = (typeof DIMENSIONS)[number];

/** Each dimension's name as people read it. */
export const DIMENSION_LABELS: Readonly<Record<Dimension, string>> = { defensiveness: 'Defensiveness', credibility: 'Credibility', professionalism: 'Professionalism' };

/** One phrase that moved a score, and why. Every point lost (or gained) traces to one of these. */
export interface Finding {
  dimension: Dimension;
  /** Character offsets into the reply: `reply.slice(start, end) === phrase`. Both 0 for a whole-reply finding. */
  start: number;
  end: number;
  phrase: string;
  /** Points this finding moved its dimension: positive raises the number, negative lowers it. */
  points: number;
  /** The rule that fired, for tests and for grouping the most common findings in a class summary. */
  rule: string;
  /** How the manager hears it, in one sentence. */
  heard: string;
  /** A better wording, where one fits. */
  better?: string;
}

/** A reply's scores: defensiveness 0 = none; credibility and professionalism 100 = fully. */
export interface ReplyScore {
  defensiveness: number;
  credibility: number;
  professionalism: number;
  findings: Finding[];
  /** What the reader heard: the moves, clause by clause, and the facts the reply settled. */
  heard?: HeardSummary;
}

/** One clause's move, as saved with a scored reply. */
export interface HeardClause {
  move: string;
  start: number;
  end: number;
  confidence: number;
}

/** The reader's verdict on a reply, small enough to keep with every turn. */
export interface HeardSummary {
  moves: HeardClause[];
  /** What this reply told the manager: "reason", "evidence", "name", "start-date"… */
  known: string[];
}

/** What the scorer knows about where a reply was said. */
export interface ScoreContext {
  /** A built-in scenario id; an unknown id is scored without scenario context. */
  scenarioId?: string;
  /** The manager's line just before the reply. */
  managerLine?: string;
  /** The candidate's earlier replies in this call, oldest first. */
  previousReplies?: readonly string[];
  /** What the candidate said before the call, and facts from the briefing. */
  briefingFacts?: readonly string[];
  /** The manager's and company's names: naming them is not evidence. */
  ownNames?: readonly string[];
  /** Who is listening: a voicemail message is judged on its own rules. */
  listener?: Speaker;
}

/** One number for a call or reply: the three dimensions averaged, defensiveness counted the other way up. */
export function overallScore(scores: Record<Dimension, number>): number {
  return Math.round((100 - scores.defensiveness + scores.credibility + scores.professionalism) / 3);
}

/** Points a finding cost the candidate: positive when it hurt, negative when it helped, whichever way its dimension runs. */
export function findingCost(finding: Finding): number {
  return finding.dimension === 'defensiveness' ? finding.points : -finding.points;
}

/**
 * Whether a call's score is short of the best verdict ("Open and non-defensive", "Clearly
 * believable / professional"): the one cut the verdicts and the debrief's advice both use.
 */
export function fallsShortOfClear(dimension: Dimension, value: number): boolean {
  return dimension === 'defensiveness' ? value >= 25 : value < 80;
}
