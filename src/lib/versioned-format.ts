import { isRecord } from './is-record.ts';
import type { z } from 'zod';
import { checksumOf } from './checksum.ts';
import { jsonTextDepth, MAX_NESTING, valueDepth } from './json-depth.ts';

/** One thing wrong with a file: where (a field path like `nodes.opening.next[0].to`) and what was expected. */
export interface FormatProblem {
  path: string;
  message: string;
}

/** The result of reading a file: the value, or every problem found, never a throw. */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; problems: FormatProblem[] };

/** Upgrades data written as one version to the next; the loop stamps the new version on its output. */
export type MigrationStep = (data: Record<string, unknown>) => Record<string, unknown>;

/** A format's upgrade steps, each keyed by the version it upgrades from. */
export type Migrations = Readonly<Record<number, MigrationStep>>;

/** A versioned file format: its name for messages, its current version, schema and migrations. */
export interface VersionedFormat<Schema extends z.ZodType> {
  /** What the file is, for messages: "scenario", "assignment". */
  kind: string;
  currentVersion: number;
  schema: Schema;
  migrations: Migrations;
  /** Largest text accepted, in characters; a bigger paste is refused before parsing. */
  maxChars: number;
  /**
   * Files Callback writes for someone else to trust (results, comments) carry a checksum of their
   * content; a file whose checksum doesn't match was edited or damaged, and is refused.
   */
  checksummed?: boolean;
}

/** Formats a zod issue path as `a.b[0].c`, the way coaches see it in the editor and on the CLI. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(the whole file)' : out;
}

/** Brings parsed data up to the current version, or says why it can't. */
export function migrate<Schema extends z.ZodType>(format: VersionedFormat<Schema>, data: unknown): LoadResult<Record<string, unknown>> {
  if (!isRecord(data)) {
    return { ok: false, problems: [{ path: '(the whole file)', message: `expected a ${format.kind} object, found ${describe(data)}` }] };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      problems: [{ path: 'version', message: `expected a whole-number format version (this app writes ${format.currentVersion}), found ${describe(version)}` }],
    };
  }
  if (version > format.currentVersion) {
    return {
      ok: false,
      problems: [{ path: 'version', message: `this ${format.kind} was written by a newer Callback (format ${version}; this app reads up to ${format.currentVersion}). Update the app to open it.` }],
    };
  }
  if (format.checksummed && (typeof data.checksum !== 'string' || data.checksum !== checksumOf(data))) {
    return {
      ok: false,
      problems: [{ path: 'checksum', message: `this ${format.kind} was changed after Callback wrote it (its checksum doesn't match its content), so it can't be trusted. Ask for a fresh export.` }],
    };
  }
  // The checksum is checked once, here; the schemas see the content alone.
  const { checksum: _checked, ...content } = data;
  let current: Record<string, unknown> = format.checksummed ? content : data;
  for (let from = version; from < format.currentVersion; from++) {
    const step = format.migrations[from];
    if (!step) {
      return {
        ok: false,
        problems: [{ path: 'version', message: `this ${format.kind} is in format ${version}, and this app has no way to bring format ${from} up to format ${from + 1}, so it can't open it` }],
      };
    }
    // A step written for well-formed old files may meet anything; reading a file never throws.
    try {
      current = { ...step(current), version: from + 1 };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, problems: [{ path: '(the whole file)', message: `this ${format.kind} could not be brought from format ${from} up to format ${from + 1} (${detail})` }] };
    }
  }
  return { ok: true, value: current };
}

/** Migrates and validates already-parsed data. */
export function validate<Schema extends z.ZodType>(format: VersionedFormat<Schema>, data: unknown): LoadResult<z.output<Schema>> {
  if (valueDepth(data) > MAX_NESTING) return { ok: false, problems: [tooDeep(format)] };
  const migrated = migrate(format, data);
  if (!migrated.ok) return migrated;
  const parsed = format.schema.safeParse(migrated.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** Parses file text: size limit, JSON syntax, migration and schema, each with a clear message. */
export function parseText<Schema extends z.ZodType>(format: VersionedFormat<Schema>, text: string): LoadResult<z.output<Schema>> {
  if (text.length > format.maxChars) {
    return {
      ok: false,
      problems: [{ path: '(the whole file)', message: `this file is ${Math.round(text.length / 1024)} KB; a ${format.kind} file is at most ${Math.round(format.maxChars / 1024)} KB` }],
    };
  }
  if (text.trim() === '') return { ok: false, problems: [{ path: '(the whole file)', message: `the file is empty; expected a ${format.kind} in JSON` }] };
  if (jsonTextDepth(text) > MAX_NESTING) return { ok: false, problems: [tooDeep(format)] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(the whole file)', message: `not valid JSON (${detail}); the file may be truncated or not a ${format.kind}` }] };
  }
  return validate(format, data);
}

function tooDeep<Schema extends z.ZodType>(format: VersionedFormat<Schema>): FormatProblem {
  return { path: '(the whole file)', message: `nested more than ${MAX_NESTING} levels deep; Callback never writes a ${format.kind} like that, so this one is damaged or came from elsewhere` };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
