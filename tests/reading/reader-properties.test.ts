import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOVES } from '../../src/domain/reading/moves.ts';
import { shippedReader } from '../../src/domain/reading/read-reply.ts';
import { toSpokenForm } from '../../src/domain/reading/text.ts';
import { score } from '../../src/domain/scoring/score-reply.ts';
import type { Finding } from '../../src/domain/scoring/score-types.ts';

/** Replies built from pieces of real call talk, joined in any order, typed or spoken. */
const PIECES = [
  'Hi, this is Sam Patel',
  'thanks for taking my call',
  'I was treasurer for four years',
  'your recruiter never read my file',
  "that's just not true",
  'is the role still open?',
  'um you know',
  'I could start Monday',
  "I'll be talking to your CEO",
  'fair enough',
  'but',
  'and honestly',
  '$180,000',
  '555-0142',
  'I hope our paths cross again',
  'whatever',
  'lol',
];
const reply = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).chain((pieces) => fc.constantFrom(pieces.join(' '), pieces.join('. '), pieces.join(', '))),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);
/** Findings measured over the whole reply's shape (length, fillers, capitals): they sit over every clause by design. */
const SHAPE_RULES = new Set(['rambling', 'rambling-long', 'rambling-voicemail', 'filler-heavy', 'shouting', 'voicemail-no-callback', 'voicemail-no-name', 'curt-after-no']);
const helps = (finding: Finding) => (finding.dimension === 'defensiveness' ? finding.points < 0 : finding.points > 0);

describe('the reader on any reply', () => {
  it('hears moves it knows, clause by clause, in order, each span exactly the words said', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const { moves } = shippedReader.readReply(text);
        let end = 0;
        for (const heard of moves) {
          expect(MOVES.has(heard.move)).toBe(true);
          expect(heard.start).toBeGreaterThanOrEqual(end);
          expect(heard.end).toBeGreaterThan(heard.start);
          expect(heard.text).toBe(text.slice(heard.start, heard.end));
          expect(heard.text).toBe(heard.text.trim());
          expect(heard.confidence).toBeGreaterThanOrEqual(0);
          expect(heard.confidence).toBeLessThanOrEqual(1);
          end = heard.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads the spoken form of a reply without breaking: same kinds of output, no throw', () => {
    fc.assert(
      fc.property(reply, fc.integer(), (text, seed) => {
        const spoken = toSpokenForm(text, seed);
        expect(spoken).toBe(spoken.toLowerCase());
        expect(() => score(spoken)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('findings on any reply', () => {
  it('every point lost has words to show for it, and the same words never both help and hurt', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const { findings } = score(text, { managerLine: 'Why are you calling?' });
        for (const finding of findings) {
          if (finding.points === 0) continue;
          expect(finding.end, finding.rule).toBeGreaterThan(finding.start);
          expect(finding.phrase).toBe(text.slice(finding.start, finding.end));
        }
        for (const a of findings) {
          for (const b of findings) {
            const overlap = a.start < b.end && b.start < a.end;
            if (overlap && a.points !== 0 && b.points !== 0 && !SHAPE_RULES.has(a.rule) && !SHAPE_RULES.has(b.rule)) expect(helps(a), `${a.rule} and ${b.rule} on "${a.phrase}"`).toBe(helps(b));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
