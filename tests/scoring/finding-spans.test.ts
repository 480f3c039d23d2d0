import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markedSpans, replyPieces } from '../../src/domain/scoring/finding-spans.ts';
import type { Finding } from '../../src/domain/scoring/score-types.ts';

const findingAt = (start: number, end: number): Finding => ({ dimension: 'credibility', start, end, phrase: '', points: -3, rule: `r${start}-${end}`, heard: 'heard' });

const replyWithFindings = fc.string({ maxLength: 80 }).chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc.tuple(fc.nat(text.length + 3), fc.nat(text.length + 3)).map(([a, b]) => findingAt(Math.min(a, b), Math.max(a, b))),
      { maxLength: 8 },
    ),
  ),
);

describe('the phrases a debrief highlights', () => {
  it('give back the reply exactly, piece by piece, whatever the findings', () => {
    fc.assert(
      fc.property(replyWithFindings, ([text, findings]) => {
        const pieces = replyPieces(text, findings);
        expect(pieces.map((piece) => text.slice(piece.start, piece.end)).join('')).toBe(text);
      }),
    );
  });

  it('never overlap, never start or end on a space or full stop, and lose no finding that points at words', () => {
    fc.assert(
      fc.property(replyWithFindings, ([text, findings]) => {
        const spans = markedSpans(text, findings);
        spans.forEach((span, index) => {
          expect(span.end).toBeGreaterThan(span.start);
          expect(/^[\s.,;:!?]/.test(text.slice(span.start))).toBe(false);
          expect(/[\s.,;:!?]$/.test(text.slice(0, span.end))).toBe(false);
          if (index > 0) expect(span.start).toBeGreaterThanOrEqual((spans[index - 1] as { end: number }).end);
        });
        const kept = new Set(spans.flatMap((span) => span.findings));
        for (const finding of findings) {
          const words = text.slice(finding.start, finding.end);
          if (finding.end <= text.length && /[^\s.,;:!?…–—-]/u.test(words)) expect(kept.has(finding)).toBe(true);
        }
      }),
    );
  });

  it('merges overlapping findings into one span', () => {
    const text = 'I have twelve years of it.';
    expect(markedSpans(text, [findingAt(7, 19), findingAt(14, 25)]).map((span) => [text.slice(span.start, span.end), span.findings.length])).toEqual([['twelve years of it', 2]]);
  });
});
