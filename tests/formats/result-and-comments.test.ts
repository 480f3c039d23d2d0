import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResultFile, mergeResults, parseResultText, type ResultFile, resultFileText, resultKey } from '../../src/domain/result/result-file.ts';
import { buildCommentsFile } from '../../src/domain/review/comments-export.ts';
import { commentsFileText, parseCommentsText } from '../../src/domain/review/comments-file.ts';
import { playedCall, STRONG_CHANGE_OF_HEART } from '../support/records.ts';

const source = {
  kind: 'assignment' as const,
  assignmentId: 'a-test-0001',
  title: 'Before your call to Northwind',
  coach: 'Priya',
  items: [{ scenarioId: 'change-of-heart', title: 'Change of heart', managerName: 'Dana', goals: [{ kind: 'finish-call' as const, times: 1 }] }],
};
const calls = [playedCall('call-1', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART, 'a-test-0001'), playedCall('call-2', 'change-of-heart', 4, ['hey', 'whatever, your loss'], 'a-test-0001')];
const results = buildResultFile('Jordan Avery', source, calls, new Date('2026-11-24T12:00:00Z'));

describe('the results file', () => {
  it('round-trips every transcript, score and goal', () => {
    expect(parseResultText(resultFileText(results))).toEqual({ ok: true, value: results });
  });

  it('refuses a file whose scores were edited, and says why', () => {
    const edited = JSON.parse(resultFileText(results));
    edited.calls[1].grade.scores.professionalism = 99;
    expect(parseResultText(JSON.stringify(edited))).toMatchObject({ ok: false, problems: [{ path: 'checksum', message: expect.stringMatching(/changed after Callback wrote it/) }] });
  });

  it('refuses a truncated file, and never throws on a hostile one (property)', () => {
    const text = resultFileText(results);
    expect(parseResultText(text.slice(0, 1000))).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/truncated/) }] });
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.nat(text.length), (junk, at) => {
        // Junk spliced into a real file is refused, unless it changed nothing (spaces between
        // tokens): then the content read back is exactly the original. It never throws.
        const read = parseResultText(text.slice(0, at) + junk + text.slice(at));
        if (read.ok) expect(read.value).toEqual(results);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps one file per person and assignment, the newest (property)', () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 12, minute)).toISOString();
    fc.assert(
      fc.property(fc.array(fc.record({ who: fc.constantFrom('Ana', 'ana ', 'Bo', 'Cy'), minute: fc.nat(59) }), { maxLength: 12 }), (exports) => {
        const files: ResultFile[] = exports.map(({ who, minute }) => ({ ...results, participant: who, exportedAt: at(minute) }));
        const { results: kept } = mergeResults([], files);
        const keys = kept.map(resultKey);
        expect(new Set(keys).size).toBe(keys.length);
        for (const file of files) {
          const mine = kept.find((each) => resultKey(each) === resultKey(file));
          expect(mine && mine.exportedAt >= file.exportedAt).toBe(true);
        }
      }),
    );
  });
});

describe('the comments file', () => {
  it('carries a coach comment per reply back to the candidate, and round-trips', () => {
    const comments = buildCommentsFile(results, { 'call-1': { '1': 'Great, specific reason.', '0': '  ' }, 'call-unknown': { '0': 'Not this one' } }, new Date('2026-11-25T09:00:00Z'));
    expect(comments).toMatchObject({ coach: 'Priya', participant: 'Jordan Avery', about: 'Before your call to Northwind', comments: [{ callId: 'call-1', turn: 1, text: 'Great, specific reason.' }] });
    expect(comments?.comments).toHaveLength(1);
    expect(parseCommentsText(commentsFileText(comments!))).toEqual({ ok: true, value: comments });
  });

  it('has nothing to send when no comment was written', () => {
    expect(buildCommentsFile(results, { 'call-1': { '0': ' ' } })).toBeNull();
  });

  it('refuses an edited comments file', () => {
    const comments = buildCommentsFile(results, { 'call-1': { '0': 'Good opening.' } })!;
    const text = commentsFileText(comments).replace('Good opening.', 'Terrible opening.');
    expect(parseCommentsText(text)).toMatchObject({ ok: false, problems: [{ path: 'checksum' }] });
  });
});
