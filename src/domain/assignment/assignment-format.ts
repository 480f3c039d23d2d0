import { z } from 'zod';
import { sealedFileText } from '../../lib/checksum.ts';
import { type LoadResult, parseText, validate, type VersionedFormat } from '../../lib/versioned-format.ts';
import { builtinScenario } from '../scenario/builtin-scenarios.ts';
import { validateScenario } from '../scenario/scenario-format.ts';
import { findGraphProblems } from '../scenario/scenario-graph.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { goalProblems, goalSchema } from './goals.ts';

/** The assignment file format this build writes. */
export const ASSIGNMENT_FORMAT_VERSION = 1;

const assignmentId = z.string().regex(/^[a-z0-9-]{4,40}$/, 'expected an assignment id of 4 to 40 lower-case letters, digits and hyphens');

/**
 * One scenario in an assignment with its goals. A built-in scenario travels by id; a coach's own
 * scenario travels whole in `scenario`, so the candidate needs nothing but the assignment.
 */
const itemShape = z
  .object({
    scenarioId: z.string().min(1).max(64),
    scenario: z.unknown().optional(),
    goals: z.array(goalSchema).min(1, 'set at least one goal for each scenario').max(10),
  })
  .strict();

const itemSchema = itemShape
  .superRefine((item, ctx) => {
    let scenario: Scenario | undefined;
    if (item.scenario === undefined) {
      scenario = builtinScenario(item.scenarioId);
      if (!scenario) ctx.addIssue({ code: 'custom', path: ['scenarioId'], message: `"${item.scenarioId}" is not a built-in scenario, and no scenario came with it` });
    } else {
      const loaded = validateScenario(item.scenario);
      if (!loaded.ok) {
        for (const problem of loaded.problems) ctx.addIssue({ code: 'custom', path: ['scenario'], message: `${problem.path}: ${problem.message}` });
        return;
      }
      scenario = loaded.value;
      for (const problem of findGraphProblems(scenario)) ctx.addIssue({ code: 'custom', path: ['scenario'], message: `${problem.path}: ${problem.message}` });
      if (scenario.id !== item.scenarioId) ctx.addIssue({ code: 'custom', path: ['scenarioId'], message: `expected "${scenario.id}", the id of the scenario that came with it` });
    }
    if (!scenario) return;
    item.goals.forEach((goal, index) => {
      const problem = goalProblems(goal, scenario);
      if (problem) ctx.addIssue({ code: 'custom', path: ['goals', index], message: problem });
    });
  })
  // Safe after the checks above: the scenario is either a built-in or one that validated.
  .transform((item) => ({ scenarioId: item.scenarioId, goals: item.goals, scenario: item.scenario === undefined ? undefined : (validateScenario(item.scenario) as { value: Scenario }).value }));

const dueDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like 2026-12-01')
  .refine((text) => !Number.isNaN(Date.parse(text)), 'expected a real calendar date');

const assignmentSchema = z
  .object({
    format: z.literal('callback-assignment', { message: 'expected "callback-assignment": this is not a Callback assignment' }),
    version: z.literal(ASSIGNMENT_FORMAT_VERSION),
    id: assignmentId,
    title: z.string().trim().min(1, 'give the assignment a title').max(120),
    coach: z.string().trim().max(80),
    note: z.string().max(2000),
    due: dueDate.nullable(),
    createdAt: z.string().max(40),
    items: z.array(itemSchema).min(1, 'pick at least one scenario').max(10),
  })
  .strict()
  .superRefine((assignment, ctx) => {
    const seen = new Set<string>();
    assignment.items.forEach((item, index) => {
      if (seen.has(item.scenarioId)) ctx.addIssue({ code: 'custom', path: ['items', index, 'scenarioId'], message: `"${item.scenarioId}" is in this assignment twice` });
      seen.add(item.scenarioId);
    });
  });

/** An assignment: scenarios with goals, a due date and a note, from a coach to a candidate. */
export type Assignment = z.output<typeof assignmentSchema>;
/** One scenario of an assignment, with its goals; `scenario` is set when it is the coach's own. */
export type AssignmentItem = Assignment['items'][number];

export const assignmentFormat: VersionedFormat<typeof assignmentSchema> = {
  kind: 'assignment',
  currentVersion: ASSIGNMENT_FORMAT_VERSION,
  schema: assignmentSchema,
  migrations: {},
  maxChars: 6 * 1024 * 1024,
  checksummed: true,
};

/** The scenario an assignment item plays: the one that came with it, or the built-in. */
export function itemScenario(item: AssignmentItem): Scenario | undefined {
  return item.scenario ?? builtinScenario(item.scenarioId);
}

/** The assignment as a file: every field, plus a checksum. */
export function assignmentFileText(assignment: Assignment): string {
  const items = assignment.items.map((item) => (item.scenario ? item : { scenarioId: item.scenarioId, goals: item.goals }));
  return sealedFileText({ ...assignment, items });
}

export function parseAssignmentText(text: string): LoadResult<Assignment> {
  return parseText(assignmentFormat, text);
}

export function validateAssignment(data: unknown): LoadResult<Assignment> {
  return validate(assignmentFormat, data);
}

/** A fresh id for an assignment, from the creation time and a random part. */
export function newAssignmentId(now = new Date(), random = Math.random): string {
  return `a-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}
