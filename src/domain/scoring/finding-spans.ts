import type { Finding } from './score-types.ts';

/** One highlighted stretch of a reply and every finding heard in it. */
export interface MarkedSpan {
  start: number;
  end: number;
  findings: Finding[];
}

/** One piece of a reply as shown: plain text, or a marked span. Pieces cover the reply exactly, in order. */
export type ReplyPiece = { start: number; end: number; findings: null } | MarkedSpan;

// Spaces and sentence punctuation at a phrase's edges are not part of what was heard.
const EDGE = /[\s.,;:!?…–—-]/u;

function trimmed(text: string, finding: Finding): { start: number; end: number } | null {
  let start = Math.max(0, finding.start);
  let end = Math.min(text.length, finding.end);
  while (start < end && EDGE.test(text.charAt(start))) start++;
  while (end > start && EDGE.test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/**
 * The findings that point at words, as spans that never overlap: each phrase trimmed of the spaces
 * and punctuation at its edges, and findings whose phrases overlap merged into one span carrying
 * them all. Whole-reply findings (no span) and spans past the text are left out.
 */
export function markedSpans(text: string, findings: readonly Finding[]): MarkedSpan[] {
  const located = findings
    .filter((finding) => finding.end > finding.start && finding.end <= text.length)
    .flatMap((finding) => {
      const span = trimmed(text, finding);
      return span ? [{ ...span, finding }] : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: MarkedSpan[] = [];
  for (const { start, end, finding } of located) {
    const last = spans[spans.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.findings.push(finding);
    } else spans.push({ start, end, findings: [finding] });
  }
  return spans;
}

/** The whole reply as pieces: the text between marked spans, and the spans themselves. */
export function replyPieces(text: string, findings: readonly Finding[]): ReplyPiece[] {
  const pieces: ReplyPiece[] = [];
  let at = 0;
  for (const span of markedSpans(text, findings)) {
    if (span.start > at) pieces.push({ start: at, end: span.start, findings: null });
    pieces.push(span);
    at = span.end;
  }
  if (at < text.length) pieces.push({ start: at, end: text.length, findings: null });
  return pieces;
}
