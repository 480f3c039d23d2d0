import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataFile, mergeDataFile, parseDataFile } from '../../src/domain/history/data-file.ts';
import { finishedCall } from '../support/finished-call.ts';

const scripts = { 'ask-why': { opening: "Hi Tom, it's Jordan.", reason: '', ask: 'What could I strengthen?', thankYou: 'Thank you.' } };

describe('the data file', () => {
  const file = buildDataFile([finishedCall('call-a'), finishedCall('call-b')], scripts, new Date('2026-11-24T10:00:00Z'));

  it('round-trips everything', () => {
    expect(parseDataFile(JSON.stringify(file))).toEqual({ ok: true, value: file });
  });

  it('explains a tampered, truncated or foreign file, naming the field', () => {
    const tampered = JSON.parse(JSON.stringify(file));
    tampered.calls[1].output.turns[0].score.credibility = 'high';
    const result = parseDataFile(JSON.stringify(tampered));
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'calls[1].output.turns[0].score.credibility' }] });
    expect(parseDataFile(JSON.stringify(file).slice(0, 500))).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/truncated/) }] });
    expect(parseDataFile(JSON.stringify({ ...file, format: 'something-else' }))).toMatchObject({
      ok: false,
      problems: [{ path: 'format', message: expect.stringMatching(/not a Callback data file/) }],
    });
  });

  it('merges without losing or doubling a call', () => {
    const current = { calls: [finishedCall('call-a')], scripts: {} };
    const merged = mergeDataFile(current, file);
    expect(merged.calls.map((call) => call.id).sort()).toEqual(['call-a', 'call-b']);
    expect(merged.added).toBe(1);
    expect(merged.scripts).toEqual(scripts);
  });

  it('merges any export into any history without losing or doubling a call, newest first (property)', () => {
    const ids = ['call-1', 'call-2', 'call-3', 'call-4', 'call-5', 'call-6'];
    const base = finishedCall('base');
    // The assignment id tags each copy with where it came from, to see which one the merge kept.
    const callFor = (id: string, from: 'here' | 'file') => ({ ...base, id, finishedAt: `2026-11-2${id.slice(-1)}T10:00:00.000Z`, assignmentId: from });
    fc.assert(
      fc.property(fc.shuffledSubarray(ids), fc.shuffledSubarray(ids), (here, there) => {
        const merged = mergeDataFile(
          { calls: here.map((id) => callFor(id, 'here')), scripts: {} },
          buildDataFile(
            there.map((id) => callFor(id, 'file')),
            {},
          ),
        );
        expect(merged.calls.map((call) => call.id).sort()).toEqual([...new Set([...here, ...there])].sort());
        expect(merged.added).toBe(there.filter((id) => !here.includes(id)).length);
        // A call already here is kept as it is here, not replaced by the file's copy.
        for (const call of merged.calls) expect(call.assignmentId).toBe(here.includes(call.id) ? 'here' : 'file');
        const times = merged.calls.map((call) => call.finishedAt);
        expect(times).toEqual([...times].sort().reverse());
      }),
      { numRuns: 100 },
    );
  });

  it('refuses any text that is not a data file, saying where and what (property)', () => {
    const notAFile = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((calls) => JSON.stringify({ ...file, calls })),
    );
    fc.assert(
      fc.property(notAFile, (text) => {
        const result = parseDataFile(text);
        // An empty list is the one random value that is a valid history.
        if (result.ok) {
          expect(result.value.calls).toEqual([]);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(`${problem.path}: ${problem.message}`).toMatch(/^\S.*: \S/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
