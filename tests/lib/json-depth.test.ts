import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAssignmentText } from '../../src/domain/assignment/assignment-format.ts';
import { parseResultText } from '../../src/domain/result/result-file.ts';
import { parseCommentsText } from '../../src/domain/review/comments-file.ts';
import { parseScenarioText } from '../../src/domain/scenario/scenario-format.ts';
import { parseDataFile } from '../../src/domain/history/data-file.ts';
import { jsonTextDepth, MAX_NESTING, valueDepth } from '../../src/lib/json-depth.ts';

/** About 200 KB of brackets: deep enough to overflow any recursive walk. */
const deepText = (open: string, close: string) => `{"format":"callback-results","version":1,"x":${open.repeat(50_000)}${close.repeat(50_000)}}`;

describe('nesting depth, measured without recursion', () => {
  it('agrees between JSON text and the value it parses to (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonTextDepth(JSON.stringify(value), 1000)).toBe(valueDepth(value, 1000));
      }),
      { numRuns: 500 },
    );
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonTextDepth(JSON.stringify({ text: '[[[{{{"\\"]]]' }))).toBe(1);
  });

  it('counts 50,000 levels without overflowing the stack', () => {
    const deep = deepText('[', ']');
    expect(jsonTextDepth(deep, Number.MAX_SAFE_INTEGER)).toBe(50_001);
    let value: unknown = [];
    for (let level = 0; level < 50_000; level++) value = [value];
    expect(valueDepth(value, Number.MAX_SAFE_INTEGER)).toBe(50_001);
  });
});

describe('every file format refuses a deeply nested file in words, before its checksum or schema runs', () => {
  const parsers = { results: parseResultText, comments: parseCommentsText, assignment: parseAssignmentText, scenario: parseScenarioText, 'data file': parseDataFile };
  for (const [kind, parse] of Object.entries(parsers)) {
    it(`the ${kind} format`, () => {
      for (const [open, close] of [
        ['[', ']'],
        ['{"a":', '}'],
      ] as const) {
        const result = parse(deepText(open, close));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems).toEqual([{ path: '(the whole file)', message: expect.stringContaining(`nested more than ${MAX_NESTING} levels deep`) }]);
      }
    });
  }
});
