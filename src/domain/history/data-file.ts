import { z } from 'zod';
import { type LoadResult, parseText, type VersionedFormat } from '../../lib/versioned-format.ts';
import { scriptSchema } from '../script/script.ts';
import { callRecordSchema } from '../call/call-record.ts';
import type { CallRecord } from '../call/call-record.ts';
import type { Script } from '../script/script.ts';

const DATA_FILE_VERSION = 1;

const dataFileSchema = z.object({
  format: z.literal('callback-data', { message: 'expected "callback-data": this is not a Callback data file' }),
  version: z.literal(DATA_FILE_VERSION),
  exportedAt: z.string(),
  calls: z.array(callRecordSchema),
  scripts: z.record(z.string(), scriptSchema),
});

/** Everything a candidate has in Callback, as one file they own. */
export type DataFile = z.infer<typeof dataFileSchema>;

export const dataFileFormat: VersionedFormat<typeof dataFileSchema> = {
  kind: 'Callback data file',
  currentVersion: DATA_FILE_VERSION,
  schema: dataFileSchema,
  migrations: {},
  maxChars: 50 * 1024 * 1024,
};

export function buildDataFile(calls: readonly CallRecord[], scripts: Readonly<Record<string, Script>>, now = new Date()): DataFile {
  return { format: 'callback-data', version: DATA_FILE_VERSION, exportedAt: now.toISOString(), calls: [...calls], scripts: { ...scripts } };
}

export function parseDataFile(text: string): LoadResult<DataFile> {
  return parseText(dataFileFormat, text);
}

/** Merges an imported file into what is saved: calls by id (none lost or doubled), scripts per scenario. */
export function mergeDataFile(current: { calls: readonly CallRecord[]; scripts: Readonly<Record<string, Script>> }, imported: DataFile) {
  const known = new Set(current.calls.map((call) => call.id));
  const added = imported.calls.filter((call) => !known.has(call.id));
  const calls = [...current.calls, ...added].sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  return { calls, scripts: { ...current.scripts, ...imported.scripts }, added: added.length };
}
