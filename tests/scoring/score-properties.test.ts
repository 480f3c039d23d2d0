import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkClosing } from '../../src/domain/scoring/grade-call.ts';
import { scoreLine } from '../../src/domain/scoring/score-cli-line.ts';
import { MAX_SCORED_CHARS, score } from '../../src/domain/scoring/score-reply.ts';
import { MAX_READ_CLAUSES } from '../../src/domain/reading/read-reply.ts';
import { parseCsv, toCsv } from '../../scripts/lib/csv.ts';

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom(
    '',
    '   ',
    '\n\t\r',
    '"unbalanced \'quotes',
    '\u202Eright-to-left override\u202C',
    'مرحبا، أود أن أتحدث عن العرض',
    '你好，我想谈谈这个职位。谢谢！',
    '😀🔥👍 thanks!!! 🙏',
    '\u0000\u0007\u001b[31m',
    'a'.repeat(5000),
    '<img src=x onerror=alert(1)>',
    '((((((((((((((((((((a',
  ),
  fc.array(fc.constantFrom('honestly', 'but', 'sorry', 'kind of', 'maybe', '!!!', 'THANK', 'you', 'because', '110%', 'HR', 'fell through'), { maxLength: 60 }).map((words) => words.join(' ')),
);

describe('score() on any input', () => {
  it('never throws, keeps every score in 0-100, and every finding points at its phrase', () => {
    fc.assert(
      fc.property(hostile, fc.option(fc.string({ maxLength: 200 })), fc.array(fc.string({ maxLength: 100 }), { maxLength: 3 }), (reply, managerLine, previousReplies) => {
        const result = score(reply, { managerLine: managerLine ?? undefined, previousReplies });
        for (const value of [result.defensiveness, result.credibility, result.professionalism]) {
          expect(Number.isInteger(value) && value >= 0 && value <= 100).toBe(true);
        }
        for (const finding of result.findings) {
          expect(finding.end).toBeGreaterThanOrEqual(finding.start);
          expect(reply.slice(finding.start, finding.end)).toBe(finding.phrase);
          expect(finding.heard.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('explains every point: the scores are the base plus the findings, clamped', () => {
    fc.assert(
      fc.property(hostile, (reply) => {
        const result = score(reply);
        const sum = (dimension: string, base: number) => result.findings.filter((f) => f.dimension === dimension).reduce((total, f) => total + f.points, base);
        expect(result.defensiveness).toBe(Math.max(0, Math.min(100, sum('defensiveness', 0))));
        expect(result.credibility).toBe(Math.max(0, Math.min(100, sum('credibility', 70))));
        expect(result.professionalism).toBe(Math.max(0, Math.min(100, sum('professionalism', 75))));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(hostile, (reply) => {
        expect(score(reply)).toEqual(score(reply));
      }),
      { numRuns: 100 },
    );
  });

  it('scores a 1 MB paste on its first part and says so', () => {
    const paste = 'I was thinking, honestly, that we could talk about it. '.repeat(20_000);
    expect(paste.length).toBeGreaterThan(1_000_000);
    const result = score(paste);
    expect(result.findings.some((finding) => finding.rule === 'scored-first-part')).toBe(true);
    expect(result.findings.every((finding) => finding.end <= MAX_SCORED_CHARS)).toBe(true);
  });

  it('reads thousands of one-word clauses only up to its clause limit, and says the rest was not read', () => {
    const reply = `I messed up${'! sorry'.repeat(5_000)}`;
    const result = score(reply);
    const cut = result.findings.find((finding) => finding.rule === 'scored-first-part');
    expect(cut?.heard).toMatch(/^Only the first [\d,]+ of 35,011 characters were read/);
    expect(Math.max(...result.findings.map((finding) => finding.end))).toBeLessThanOrEqual('I messed up'.length + MAX_READ_CLAUSES * '! sorry'.length);
  });

  it('hears a blaming sentence as defensive whatever comes before it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (reply) => {
        const withBlame = `${reply}. Your recruiter never passed my portfolio on.`;
        expect(score(withBlame).defensiveness).toBeGreaterThanOrEqual(50);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the closing check', () => {
  it('passes a gracious thank-you and names what is missing otherwise', () => {
    const gracious = checkClosing('Thank you for your time and for being straight with me. I hope our paths cross again.', "We've moved on.");
    expect(gracious).toMatchObject({ thanked: true, noPushback: true, doorLeftOpen: true, gracious: true });
    const pushy = checkClosing('Thanks, but are you sure you will not reconsider?', "We've moved on.");
    expect(pushy).toMatchObject({ thanked: true, noPushback: false, gracious: false });
    expect(pushy.advice).toMatch(/drop the pushback/);
    expect(checkClosing('Okay. Bye.', "We've moved on.")).toMatchObject({ thanked: false, doorLeftOpen: false, gracious: false });
  });
});

describe('the score CLI line', () => {
  it('answers every line with scores or an error, never a throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.record({ text: fc.string(), scenario: fc.constantFrom('ask-why', 'nope', 'appeal') }).map((v) => JSON.stringify(v)),
        ),
        (line) => {
          const result = scoreLine(line);
          expect('error' in result || 'professionalism' in result).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the order and goes on after a malformed line, with nothing else on stdout', () => {
    const input = ['{"text":"Thank you for your time."}', '{oops', '{"text":"Whatever.","scenario":"no-such-scenario"}', '{"text": 3}'].join('\n');
    const root = join(import.meta.dirname, '..', '..');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/score-cli.ts'], { cwd: root, input, encoding: 'utf8' });
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0].professionalism).toBeGreaterThan(75);
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2].defensiveness).toBeGreaterThan(0);
    expect(lines[3].error).toMatch(/text/);
  });
});

describe('the CSV reader behind the politeness evaluation', () => {
  it('round-trips any table of fields', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
