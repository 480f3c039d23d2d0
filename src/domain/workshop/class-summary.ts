import { DIMENSIONS, type Dimension, type Finding, overallScore } from '../scoring/score-types.ts';
import type { CallRecord } from '../call/call-record.ts';
import { escapeRegExp } from '../../lib/escape-regexp.ts';

/** One participant's results in a drill, from their result file or from this machine. */
export interface DrillParticipant {
  name: string;
  calls: readonly CallRecord[];
}

/** How the class's calls spread over one dimension. */
export interface Distribution {
  dimension: Dimension;
  /** Calls per band of 20 points: 0-19, 20-39, 40-59, 60-79, 80-100. */
  bands: number[];
  min: number;
  median: number;
  max: number;
}

/** A finding many participants' replies drew. */
export interface CommonFinding {
  rule: string;
  dimension: Dimension;
  heard: string;
  better?: string;
  /** How many replies drew it, and from how many participants. */
  replies: number;
  participants: number;
  /** Positive findings are habits to keep; negative ones, habits to break. */
  helps: boolean;
}

/** A reply worth reading out to the room. */
export interface StandoutReply {
  who: string;
  scenarioId: string;
  managerLine: string;
  reply: string;
  score: number;
}

/** The class summary a facilitator shows at the end of a drill. */
export interface ClassSummary {
  /** Display names, in the order given; "Participant 1"… when anonymised. */
  names: string[];
  callCount: number;
  distributions: Distribution[];
  commonFindings: CommonFinding[];
  bestReplies: StandoutReply[];
}

export const BAND_LABELS = ['0-19', '20-39', '40-59', '60-79', '80-100'] as const;

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}

/**
 * Takes a participant's own name out of what they said: people introduce themselves on a call
 * ("it's Ana Lopez"), so hiding the label alone would not anonymise a projected reply.
 */
export function redactName(text: string, name: string): string {
  const parts = name
    .split(/\s+/)
    .filter((part) => part.length >= 2)
    .sort((a, b) => b.length - a.length);
  if (parts.length === 0) return text;
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu'), '[name]');
}

/** Whether a finding is a habit to keep: it lowers defensiveness or raises the other two. */
export function findingHelps(finding: Finding): boolean {
  return finding.dimension === 'defensiveness' ? finding.points < 0 : finding.points > 0;
}

/**
 * Whether a reply is one to hold up to the room: it earned points and lost none (a notice worth no
 * points loses nothing). A reply whose faults are merely outweighed ("hi it's me. whatever, things
 * changed") is no model to copy.
 */
export function isModelReply(findings: readonly Finding[]): boolean {
  return findings.some(findingHelps) && findings.every((finding) => finding.points === 0 || findingHelps(finding));
}

/** The name a participant is shown under, honouring the facilitator's choice to anonymise. */
export function displayNames(participants: readonly DrillParticipant[], anonymise: boolean): string[] {
  return participants.map((participant, index) => (anonymise ? `Participant ${index + 1}` : participant.name));
}

export function summariseClass(participants: readonly DrillParticipant[], options: { anonymise: boolean; topFindings?: number; topReplies?: number }): ClassSummary {
  const names = displayNames(participants, options.anonymise);
  const calls = participants.flatMap((participant) => participant.calls);

  const distributions = DIMENSIONS.map((dimension): Distribution => {
    const values = calls
      .filter((call) => call.output.turns.length > 0)
      .map((call) => call.grade.scores[dimension])
      .sort((a, b) => a - b);
    const bands = [0, 0, 0, 0, 0];
    for (const value of values) bands[Math.min(4, Math.floor(value / 20))]! += 1;
    return { dimension, bands, min: values[0] ?? 0, median: median(values), max: values.at(-1) ?? 0 };
  });

  const findings = new Map<string, CommonFinding & { who: Set<number> }>();
  participants.forEach((participant, who) => {
    for (const call of participant.calls) {
      for (const turn of call.output.turns) {
        // A rule that fires twice in one reply is one habit, counted once.
        const seenInReply = new Set<string>();
        for (const finding of turn.score.findings) {
          if (seenInReply.has(finding.rule)) continue;
          seenInReply.add(finding.rule);
          const entry = findings.get(finding.rule) ?? {
            rule: finding.rule,
            dimension: finding.dimension,
            heard: finding.heard,
            better: finding.better,
            replies: 0,
            participants: 0,
            helps: findingHelps(finding),
            who: new Set<number>(),
          };
          entry.replies++;
          entry.who.add(who);
          entry.participants = entry.who.size;
          findings.set(finding.rule, entry);
        }
      }
    }
  });
  const commonFindings = [...findings.values()]
    .sort((a, b) => b.participants - a.participants || b.replies - a.replies || a.rule.localeCompare(b.rule))
    .slice(0, options.topFindings ?? 8)
    .map(({ who: _who, ...finding }) => finding);

  const replies: StandoutReply[] = participants.flatMap((participant, who) =>
    participant.calls.flatMap((call) =>
      call.output.turns
        .filter((turn) => isModelReply(turn.score.findings))
        .map((turn) => ({
          who: names[who] as string,
          scenarioId: call.output.scenarioId,
          managerLine: turn.managerLine,
          reply: options.anonymise ? redactName(turn.reply, participant.name) : turn.reply,
          score: overallScore(turn.score),
        })),
    ),
  );
  // A participant saying the same words twice is one standout reply, not two.
  const seen = new Set<string>();
  const bestReplies = replies
    .sort((a, b) => b.score - a.score || a.reply.length - b.reply.length)
    .filter((reply) => {
      const key = `${reply.who}|${reply.reply.trim().toLowerCase()}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, options.topReplies ?? 5);

  return { names, callCount: calls.length, distributions, commonFindings, bestReplies };
}
