import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseFrames, CONTRAST_WORDS, splitClauses } from '../../src/domain/reading/clauses.ts';
import { shippedReader } from '../../src/domain/reading/read-reply.ts';

const piece = fc.constantFrom(
  'thanks for the call',
  'I ran the night shift for two years',
  'but honestly',
  'your panel never listened',
  'fair enough',
  'um so',
  'and I could start Monday',
  'whatever happens',
);
const joiner = fc.constantFrom(' ', ', ', '. ', '? ', '! ', '; ', '\n', ' and ', ' because ');
const reply = fc.oneof(
  fc.array(fc.tuple(piece, joiner), { minLength: 1, maxLength: 10 }).map((parts) => parts.map(([words, join]) => words + join).join('')),
  fc.string({ maxLength: 200 }),
);

describe('clause frames', () => {
  it('hold their clause and at most its two neighbours, never across a sentence end or a "but"', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const clauses = splitClauses(text);
        const frames = clauseFrames(text, clauses);
        expect(frames).toHaveLength(clauses.length);
        frames.forEach((frame, index) => {
          const clause = clauses[index]!;
          expect(frame.start).toBeLessThanOrEqual(clause.start);
          expect(frame.end).toBeGreaterThanOrEqual(clause.end);
          const inside = clauses.filter((other) => other.start >= frame.start && other.end <= frame.end);
          expect(inside.length).toBeLessThanOrEqual(3);
          // Between the clauses a frame joins, there is no full stop, question mark or line break.
          for (let at = 1; at < inside.length; at++) {
            expect(text.slice(inside[at - 1]!.end - 1, inside[at]!.start)).not.toMatch(/[.!?;\n]/);
            expect(CONTRAST_WORDS.has(inside[at]!.text.split(/\s/)[0]!.toLowerCase())).toBe(false);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('clause frames, by example', () => {
  const framesOf = (text: string) => {
    const clauses = splitClauses(text);
    return clauseFrames(text, clauses).map((frame) => text.slice(frame.start, frame.end));
  };

  it('join a clause to its neighbours in the same sentence, and stop at the full stop', () => {
    expect(framesOf('Why did you pick someone else?! I ran the night shift for two years, and I could start on Monday.')).toEqual([
      'Why did you pick someone else?!',
      'I ran the night shift for two years, and I could start on Monday',
      'I ran the night shift for two years, and I could start on Monday',
    ]);
  });

  it('stop at a contrast but reach across "because"', () => {
    expect(framesOf('Thanks for calling back, but your screener never opened my file.')).toEqual(['Thanks for calling back', 'but your screener never opened my file']);
    expect(framesOf('I am calling back today because the other offer fell through last week.')).toEqual([
      'I am calling back today because the other offer fell through last week',
      'I am calling back today because the other offer fell through last week',
    ]);
  });
});

describe('a clause read in its sentence', () => {
  it('is not heard as defensive when only the scrap, cut from a gracious sentence, would be', () => {
    const sentence = "I took the other job for the shorter drive, and that's not what I'd pick again.";
    const scrap = shippedReader.classifyClause("and that's not what I'd pick again");
    expect(scrap.heardAsDefensive).toBe(true);
    const inSentence = shippedReader.readReply(sentence).moves;
    expect(inSentence.length).toBeGreaterThan(1);
    expect(inSentence.some((heard) => heard.heardAsDefensive)).toBe(false);
  });

  it('still hears a jab after a polite opening and a "but" in the same sentence', () => {
    const moves = shippedReader.readReply('Thanks for calling back, but your screener clearly never opened my file.').moves;
    expect(moves.some((heard) => heard.heardAsDefensive && heard.text.startsWith('but your screener'))).toBe(true);
  });
});
