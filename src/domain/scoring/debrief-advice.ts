import type { AssessedTurn } from '../call/call-types.ts';
import { markedSpans } from './finding-spans.ts';
import { GAP_ADVICE, moveRow } from './rubric.ts';
import { DIMENSIONS, fallsShortOfClear, findingCost, type Dimension, type Finding } from './score-types.ts';

/** One thing to work on: how the manager heard it, a better way, and where it happened. */
export interface WorkOnItem {
  dimension: Dimension;
  heard: string;
  better?: string;
  /** The costliest place it happened, when a phrase is to blame. */
  example?: { turn: number; phrase: string };
  /** Points it cost across the call; 0 for a shortfall no phrase explains. */
  cost: number;
}

/**
 * The three things most worth working on in a call: what cost the most points, grouped by rule
 * across replies; then, for a dimension that fell short with no phrase to blame, the rubric's
 * advice for it. An exemplary call gets an empty list, not invented faults.
 */
export function thingsToWorkOn(turns: readonly AssessedTurn[], scores: Readonly<Record<Dimension, number>>, count = 3): WorkOnItem[] {
  const byRule = new Map<string, { item: WorkOnItem; worst: number }>();
  turns.forEach((turn, index) => {
    for (const finding of turn.score.findings) {
      const cost = findingCost(finding);
      if (cost <= 0) continue;
      const entry = byRule.get(finding.rule);
      const example = finding.phrase ? { turn: index, phrase: finding.phrase } : undefined;
      if (!entry) {
        byRule.set(finding.rule, {
          item: { dimension: finding.dimension, heard: finding.heard, ...(finding.better ? { better: finding.better } : {}), ...(example ? { example } : {}), cost },
          worst: cost,
        });
        continue;
      }
      entry.item.cost += cost;
      if (cost > entry.worst && example) {
        entry.item.example = example;
        entry.worst = cost;
      }
    }
  });
  const items = [...byRule.values()].map((entry) => entry.item).sort((a, b) => b.cost - a.cost);
  for (const dimension of DIMENSIONS) {
    if (fallsShortOfClear(dimension, scores[dimension]) && !items.some((item) => item.dimension === dimension)) items.push({ dimension, ...GAP_ADVICE[dimension], cost: 0 });
  }
  return items.slice(0, count);
}

// A sentence and the space after it; the last may have no end mark.
const SENTENCE = /[^.!?]+(?:[.!?]+|$)\s*/g;

/**
 * A stronger version of a reply, built from its findings' better wordings: each sentence holding a
 * phrase that cost points is replaced by that phrase's rubric rewrite (left out where the rewrite
 * is empty; [brackets] mark the candidate's own facts, never invented ones), so the result reads
 * as whole sentences. A sentence whose costly phrase has no rewrite stays as said. Null when no
 * sentence changes.
 */
export function strongerVersion(reply: string, findings: readonly Finding[]): string | null {
  const costly = markedSpans(reply, findings).filter((span) => span.findings.some((finding) => findingCost(finding) > 0));
  if (costly.length === 0) return null;
  const used = new Set<string>();
  const sentences: string[] = [];
  let changed = false;
  for (const match of reply.matchAll(SENTENCE)) {
    const start = match.index;
    const end = start + match[0].length;
    const inside = costly.filter((span) => span.start < end && span.end > start);
    const rewrites = inside.flatMap((span) => {
      const worst = [...span.findings].sort((a, b) => findingCost(b) - findingCost(a))[0];
      const rewrite = moveRow(worst?.rule ?? '')?.rewrite;
      return rewrite === undefined ? [] : [rewrite];
    });
    if (rewrites.length === 0) {
      sentences.push(match[0].trim());
      continue;
    }
    changed = true;
    for (const rewrite of rewrites) {
      if (rewrite === '' || used.has(rewrite)) continue;
      used.add(rewrite);
      sentences.push(/[.!?]$/.test(rewrite) ? rewrite : `${rewrite}.`);
    }
  }
  const stronger = sentences.filter((sentence) => sentence !== '').join(' ');
  return changed && stronger !== '' ? stronger : null;
}

/** The reply to rewrite: the weakest one that has phrases to improve, by points lost. */
export function replyToRewrite(turns: readonly AssessedTurn[]): { turn: number; stronger: string } | null {
  let best: { turn: number; stronger: string } | null = null;
  let bestCost = -Infinity;
  for (const [index, turn] of turns.entries()) {
    const stronger = strongerVersion(turn.reply, turn.score.findings);
    if (stronger === null) continue;
    const cost = turn.score.findings.reduce((sum, finding) => sum + Math.max(0, findingCost(finding)), 0);
    if (cost > bestCost) {
      best = { turn: index, stronger };
      bestCost = cost;
    }
  }
  return best;
}

/** One line of feedback on a call, for between drill rounds: the first thing to work on, or that there was none. */
export function oneLineFeedback(turns: readonly AssessedTurn[], scores: Readonly<Record<Dimension, number>>): string {
  const [first] = thingsToWorkOn(turns, scores, 1);
  if (!first) return 'Every reply did its job: keep that shape.';
  return `Next time: ${first.better ?? first.heard}`;
}
