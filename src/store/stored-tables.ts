import { z } from 'zod';
import { type Assignment, assignmentFormat } from '../domain/assignment/assignment-format.ts';
import { type CallRecord, callRecordSchema } from '../domain/call/call-record.ts';
import { type ResultFile, resultFileFormat, resultKey } from '../domain/result/result-file.ts';
import { validateScenario } from '../domain/scenario/scenario-format.ts';
import type { Scenario } from '../domain/scenario/scenario-schema.ts';
import { SCRIPT_PARTS, type ScriptPart } from '../domain/script/script.ts';
import { validate } from '../lib/versioned-format.ts';
import type { TableName } from './tables.ts';
import { type Settings, settingsSchema } from '../domain/settings.ts';

/** The result of checking one stored record's data. */
export type Checked<Item> = { ok: true; value: Item } | { ok: false };

/** How one table's records are read and keyed. */
export interface TableSpec<Item> {
  /** Checks a record's data against its schema; a record that fails is damaged, and kept aside. */
  check: (data: unknown) => Checked<Item>;
  /** The record's key, from the item it holds. */
  keyOf: (item: Item) => string;
  /** How the table is named to a person, one and many: "saved call", "saved calls". */
  noun: readonly [string, string];
}

/** One part of one scenario's script: stored apart, so two tabs editing different parts both keep theirs. */
export interface ScriptPartRecord {
  scenarioId: string;
  part: ScriptPart;
  text: string;
}

/** One draft comment a coach is writing: on a reply of a call in a result file. */
export interface DraftCommentRecord {
  resultKey: string;
  callId: string;
  turn: string;
  text: string;
}

/** A coach's comments on one call, as the candidate's debrief shows them. */
export interface ReceivedComments {
  callId: string;
  coach: string;
  about: string;
  writtenAt: string;
  /** Comment text by reply index, from 0. */
  byTurn: Record<string, string>;
}

function fromZod<Item>(schema: z.ZodType<Item>): (data: unknown) => Checked<Item> {
  return (data) => {
    const parsed = schema.safeParse(data);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
  };
}

const scriptPartSchema = z.object({ scenarioId: z.string(), part: z.enum(SCRIPT_PARTS), text: z.string() });
const draftCommentSchema = z.object({ resultKey: z.string(), callId: z.string(), turn: z.string(), text: z.string() });
const receivedCommentsSchema = z.object({ callId: z.string(), coach: z.string(), about: z.string(), writtenAt: z.string(), byTurn: z.record(z.string(), z.string()) });

/** The item each table holds. */
export interface TableItems {
  calls: CallRecord;
  scripts: ScriptPartRecord;
  scenarios: Scenario;
  assignments: Assignment;
  receivedComments: ReceivedComments;
  results: ResultFile;
  draftComments: DraftCommentRecord;
  settings: Settings;
}

/** Every table's checks and keys. */
export const TABLE_SPECS: { [Name in TableName]: TableSpec<TableItems[Name]> } = {
  calls: { check: fromZod(callRecordSchema), keyOf: (call) => call.id, noun: ['saved call', 'saved calls'] },
  scripts: { check: fromZod(scriptPartSchema), keyOf: (part) => JSON.stringify([part.scenarioId, part.part]), noun: ['script note', 'script notes'] },
  scenarios: { check: (data) => validateScenario(data), keyOf: (scenario) => scenario.id, noun: ["coach's scenario", "coach's scenarios"] },
  // Saved assignments were checked when they arrived; the checksum belongs to the file, not the record.
  assignments: { check: (data) => validate({ ...assignmentFormat, checksummed: false }, data), keyOf: (assignment) => assignment.id, noun: ['assignment', 'assignments'] },
  receivedComments: { check: fromZod(receivedCommentsSchema), keyOf: (comments) => comments.callId, noun: ["coach's comment", "coach's comments"] },
  results: { check: (data) => validate({ ...resultFileFormat, checksummed: false }, data), keyOf: (file) => resultKey(file), noun: ['result file', 'result files'] },
  draftComments: { check: fromZod(draftCommentSchema), keyOf: (draft) => JSON.stringify([draft.resultKey, draft.callId, draft.turn]), noun: ['draft comment', 'draft comments'] },
  settings: { check: fromZod(settingsSchema), keyOf: () => 'settings', noun: ['setting', 'settings'] },
};
