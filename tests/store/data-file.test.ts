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
    expect(parseDataFile(JSON.stringify({ ...file, format: 'something-else' }))).toMatchObject({ ok: false, problems: [{ path: 'format', message: expect.stringMatching(/not a Callback data file/) }] });
  });

  it('merges without losing or doubling a call', () => {
    const current = { calls: [finishedCall('call-a')], scripts: {} };
    const merged = mergeDataFile(current, file);
    expect(merged.calls.map((call) => call.id).sort()).toEqual(['call-a', 'call-b']);
    expect(merged.added).toBe(1);
    expect(merged.scripts).toEqual(scripts);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseDataFile(text).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
