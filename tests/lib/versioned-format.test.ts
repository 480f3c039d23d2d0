import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sealedFileText } from '../../src/lib/checksum.ts';
import { type LoadResult, type MigrationStep, type Migrations, parseText, type VersionedFormat } from '../../src/lib/versioned-format.ts';
import { assignmentFormat } from '../../src/domain/assignment/assignment-format.ts';
import { dataFileFormat } from '../../src/domain/history/data-file.ts';
import { resultFileFormat } from '../../src/domain/result/result-file.ts';
import { commentsFileFormat } from '../../src/domain/review/comments-file.ts';
import { scenarioFormat } from '../../src/domain/scenario/scenario-format.ts';

/**
 * Only the scenario format has changed so far, once; the loop's ordering, chaining and refusals
 * need a format that changed twice. A prep note: version 1 had `text`, version 2 renamed it `body`,
 * version 3 keeps it as a list of `lines`.
 */
const noteSchema = z.object({ version: z.literal(3), title: z.string(), lines: z.array(z.string()) }).strict();

interface StepCall {
  step: string;
  input: Record<string, unknown>;
  output: Record<string, unknown>;
}

function noteFormat(options: { steps?: 'both' | 'only-second' | 'only-first'; checksummed?: boolean } = {}) {
  const calls: StepCall[] = [];
  const recorded =
    (name: string, step: MigrationStep): MigrationStep =>
    (input) => {
      const output = step(input);
      calls.push({ step: name, input: structuredClone(input), output: structuredClone(output) });
      return output;
    };
  const noteV1ToV2 = recorded('1→2', ({ text, ...rest }) => ({ ...rest, body: text }));
  // Written for well-formed version 2 notes only, as real steps are.
  const noteV2ToV3 = recorded('2→3', ({ body, ...rest }) => ({ ...rest, lines: (body as string).split('\n') }));
  const which = options.steps ?? 'both';
  const migrations: Migrations = which === 'both' ? { 1: noteV1ToV2, 2: noteV2ToV3 } : which === 'only-first' ? { 1: noteV1ToV2 } : { 2: noteV2ToV3 };
  const format: VersionedFormat<typeof noteSchema> = { kind: 'prep note', currentVersion: 3, schema: noteSchema, migrations, maxChars: 10_000, checksummed: options.checksummed ?? false };
  return { format, calls, parse: (data: unknown) => parseText(format, typeof data === 'string' ? data : JSON.stringify(data)) };
}

const v1Note = { version: 1, title: 'Call Dana back', text: 'Thank her first.\nAsk whether the role is open.' };

function problemsOf<T>(result: LoadResult<T>) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('bringing an old file up to the current version', () => {
  it('runs every step from the file version up, in order, each seeing the output of the one before', () => {
    const { parse, calls } = noteFormat();
    expect(parse(v1Note)).toEqual({ ok: true, value: { version: 3, title: 'Call Dana back', lines: ['Thank her first.', 'Ask whether the role is open.'] } });
    expect(calls.map((call) => call.step)).toEqual(['1→2', '2→3']);
    expect(calls[0]?.input).toEqual(v1Note);
    // The second step reads `body`, which only the first step writes: it got that output, stamped version 2.
    expect(calls[1]?.input).toEqual({ ...calls[0]?.output, version: 2 });
  });

  it('starts at the version the file says: a version 2 file takes only the last step, a current one none', () => {
    const fromTwo = noteFormat();
    expect(fromTwo.parse({ version: 2, title: 'Ask why', body: 'Listen.' })).toEqual({ ok: true, value: { version: 3, title: 'Ask why', lines: ['Listen.'] } });
    expect(fromTwo.calls.map((call) => call.step)).toEqual(['2→3']);

    const current = noteFormat();
    expect(current.parse({ version: 3, title: 'Ask why', lines: ['Listen.'] })).toMatchObject({ ok: true });
    expect(current.calls).toEqual([]);
  });

  it('says in words which step is missing, and opens nothing half-migrated', () => {
    const gapFirst = noteFormat({ steps: 'only-second' });
    const [problem] = problemsOf(gapFirst.parse(v1Note));
    expect(problem).toEqual({ path: 'version', message: "this prep note is in format 1, and this app has no way to bring format 1 up to format 2, so it can't open it" });
    expect(gapFirst.calls).toEqual([]);

    const gapSecond = noteFormat({ steps: 'only-first' });
    expect(problemsOf(gapSecond.parse(v1Note))).toEqual([{ path: 'version', message: expect.stringMatching(/format 1, .*bring format 2 up to format 3/) }]);
  });

  it('refuses a file from a newer app, naming its version and the newest this app reads', () => {
    const { parse, calls } = noteFormat();
    expect(problemsOf(parse({ version: 4, title: 'From the future', lines: [] }))).toEqual([
      { path: 'version', message: 'this prep note was written by a newer Callback (format 4; this app reads up to 3). Update the app to open it.' },
    ]);
    expect(calls).toEqual([]);
  });

  it.each([
    ['a fraction', 1.5],
    ['text', '1'],
    ['zero', 0],
    ['a negative number', -1],
    ['null', null],
    ['true', true],
  ])('refuses a version that is %s, saying which versions it expects', (_, version) => {
    const { parse, calls } = noteFormat();
    expect(problemsOf(parse({ ...v1Note, version }))).toEqual([{ path: 'version', message: expect.stringMatching(/^expected a whole-number format version \(this app writes 3\), found /) }]);
    expect(calls).toEqual([]);
  });

  it('refuses a file with no version at all', () => {
    const { title, text } = v1Note;
    expect(problemsOf(noteFormat().parse({ title, text }))).toEqual([{ path: 'version', message: expect.stringMatching(/found nothing$/) }]);
  });

  it('reports a step that cannot handle an odd old file instead of throwing', () => {
    expect(problemsOf(noteFormat().parse({ ...v1Note, text: 42 }))).toEqual([
      { path: '(the whole file)', message: expect.stringMatching(/^this prep note could not be brought from format 2 up to format 3 \(/) },
    ]);
  });

  it('checks a sealed old file against what was written, before any step, and the steps never see the checksum', () => {
    const sealed = noteFormat({ checksummed: true });
    expect(sealed.parse(sealedFileText(v1Note))).toMatchObject({ ok: true, value: { lines: ['Thank her first.', 'Ask whether the role is open.'] } });
    expect(sealed.calls[0]?.input).toEqual(v1Note);

    const edited = noteFormat({ checksummed: true });
    expect(problemsOf(edited.parse(sealedFileText(v1Note).replace('Thank her first.', 'Skip the thanks.')))).toEqual([
      { path: 'checksum', message: expect.stringMatching(/changed after Callback wrote it/) },
    ]);
    expect(edited.calls).toEqual([]);
  });
});

describe('reading any text', () => {
  const formats: VersionedFormat<z.ZodType>[] = [noteFormat().format, scenarioFormat, assignmentFormat, dataFileFormat, resultFileFormat, commentsFileFormat];

  /** A refusal a person can act on: at least one problem, each saying where and what. */
  function expectExplained(result: LoadResult<unknown>) {
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.path).toMatch(/\S/);
      expect(problem.message).toMatch(/\S/);
    }
  }

  it('never throws on any JSON or other text, and refuses it with problems that say where and what (property)', () => {
    const anyText = fc.oneof(
      fc.json(),
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify({ version: 1, format: 'callback-data', value })),
    );
    fc.assert(
      fc.property(anyText, fc.constantFrom(...formats), (text, format) => {
        const result = parseText(format, text);
        expectExplained(result);
        // Random JSON is never a real Callback file; only the note format is loose enough to be hit.
        if (format.kind !== 'prep note') expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('opens a note of any version with anything in its fields only when it is well-formed, carrying its content (property)', () => {
    const field = fc.oneof(fc.string(), fc.jsonValue());
    const note = fc.record(
      {
        version: fc.oneof(fc.constantFrom(1, 2, 3), fc.integer({ min: -2, max: 6 }), fc.double(), fc.string(), fc.constant(null)),
        title: field,
        text: field,
        body: field,
        lines: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(note, (data) => {
        const result = noteFormat().parse(data);
        expectExplained(result);
        if (!result.ok) return;
        // What each version of the note kept its content in.
        const expected = data.version === 1 ? (data.text as string).split('\n') : data.version === 2 ? (data.body as string).split('\n') : data.lines;
        expect(result.value).toEqual({ version: 3, title: data.title, lines: expected });
      }),
      { numRuns: 500 },
    );
  });

  it('opens every well-formed note of every version with its content (property)', () => {
    const lines = fc.array(
      fc.string().filter((line) => !line.includes('\n')),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3), fc.string(), lines, (version, title, content) => {
        const written = version === 1 ? { version, title, text: content.join('\n') } : version === 2 ? { version, title, body: content.join('\n') } : { version, title, lines: content };
        expect(noteFormat().parse(written)).toEqual({ ok: true, value: { version: 3, title, lines: content } });
      }),
      { numRuns: 200 },
    );
  });
});
