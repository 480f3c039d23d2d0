import { z } from 'zod';
import { sealedFileText } from '../../lib/checksum.ts';
import { fileSlug } from '../../lib/download.ts';
import { type LoadResult, parseText, type VersionedFormat } from '../../lib/versioned-format.ts';
import { callRecordSchema } from '../call/call-record.ts';
import type { CallRecord } from '../call/call-record.ts';
import { goalSchema } from '../assignment/goals.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';

/** The result file format this build writes. */
export const RESULT_FORMAT_VERSION = 1;

const scenarioSummary = z.object({ scenarioId: z.string().max(64), title: z.string().max(120), managerName: z.string().max(80) }).strict();

/** What the results are for: a coach's assignment (with its goals) or a workshop drill (by code). */
const sourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('assignment'),
      assignmentId: z.string().max(40),
      title: z.string().max(120),
      coach: z.string().max(80),
      items: z.array(scenarioSummary.extend({ goals: z.array(goalSchema) }).strict()).max(10),
    })
    .strict(),
  z.object({ kind: z.literal('drill'), code: z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/), scenarios: z.array(scenarioSummary).max(10) }).strict(),
]);

const resultFileSchema = z
  .object({
    format: z.literal('callback-results', { message: 'expected "callback-results": this is not a Callback results file' }),
    version: z.literal(RESULT_FORMAT_VERSION),
    exportedAt: z.string().max(40),
    participant: z.string().trim().min(1, 'the participant has no name').max(80),
    source: sourceSchema,
    calls: z.array(callRecordSchema).max(500),
  })
  .strict();

/** A candidate's or participant's results: every call with its transcript and scores. */
export type ResultFile = z.output<typeof resultFileSchema>;
/** What a result file is for. */
export type ResultSource = ResultFile['source'];
/** A scenario as a result file names it, so a reviewer needs no copy of it. */
export type ScenarioSummary = z.output<typeof scenarioSummary>;

export const resultFileFormat: VersionedFormat<typeof resultFileSchema> = {
  kind: 'results file',
  currentVersion: RESULT_FORMAT_VERSION,
  schema: resultFileSchema,
  migrations: {},
  maxChars: 20 * 1024 * 1024,
  checksummed: true,
};

/** How a result file names a scenario: its title and manager, so a reviewer needs no copy of it. */
export function summariseScenario(scenarioId: string, scenario: Pick<Scenario, 'title' | 'persona'> | undefined): ScenarioSummary {
  return { scenarioId, title: scenario?.title ?? scenarioId, managerName: scenario?.persona.name ?? 'Manager' };
}

export function buildResultFile(participant: string, source: ResultSource, calls: readonly CallRecord[], now = new Date()): ResultFile {
  return { format: 'callback-results', version: RESULT_FORMAT_VERSION, exportedAt: now.toISOString(), participant: participant.trim(), source, calls: [...calls] };
}

export function resultFileText(file: ResultFile): string {
  return sealedFileText(file);
}

export function parseResultText(text: string): LoadResult<ResultFile> {
  return parseText(resultFileFormat, text);
}

/** Which results a newer file from the same person, for the same thing, replaces. */
export function resultKey(file: Pick<ResultFile, 'participant' | 'source'>): string {
  const what = file.source.kind === 'assignment' ? `assignment:${file.source.assignmentId}` : `drill:${file.source.code}`;
  return `${what}|${file.participant.trim().toLowerCase()}`;
}

/** A file name a person can recognise in a folder of exports. */
export function resultFileName(file: ResultFile): string {
  const what = file.source.kind === 'assignment' ? fileSlug(file.source.title, 'assignment') : `drill-${file.source.code.toLowerCase()}`;
  return `callback-results-${what}-${fileSlug(file.participant, 'participant')}.json`;
}

/** Adds imported files to those kept, a newer export from the same person replacing the older one. */
export function mergeResults(kept: readonly ResultFile[], incoming: readonly ResultFile[]): { results: ResultFile[]; added: number; replaced: number; older: number } {
  const byKey = new Map(kept.map((file) => [resultKey(file), file]));
  let added = 0;
  let replaced = 0;
  let older = 0;
  for (const file of incoming) {
    const key = resultKey(file);
    const existing = byKey.get(key);
    if (!existing) added++;
    else if (existing.exportedAt < file.exportedAt) replaced++;
    else {
      older++;
      continue;
    }
    byKey.set(key, file);
  }
  return { results: [...byKey.values()], added, replaced, older };
}
