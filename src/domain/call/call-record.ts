import { z } from 'zod';
import { outcomeSchema, SPEAKERS } from '../scenario/scenario-schema.ts';
import type { CallGrade } from '../scoring/grade-call.ts';
import { DIMENSIONS, type Dimension } from '../scoring/score-types.ts';
import type { CallOutput, RetryOf } from './call-types.ts';

/** A finished call as the history keeps it. */
export interface CallRecord {
  id: string;
  finishedAt: string;
  output: CallOutput;
  grade: CallGrade;
  /** The assignment this call was practice for, so its goals count it. */
  assignmentId?: string;
  /** The earlier call and reply this call tried again, when it was a retry. */
  retryOf?: RetryOf;
}

const dimensionScores = { defensiveness: z.number(), credibility: z.number(), professionalism: z.number() } satisfies Record<Dimension, z.ZodNumber>;
const findingSchema = z.object({
  dimension: z.enum(DIMENSIONS),
  start: z.number(),
  end: z.number(),
  phrase: z.string(),
  points: z.number(),
  rule: z.string(),
  heard: z.string(),
  better: z.string().optional(),
});

const heardSchema = z.object({
  moves: z.array(z.object({ move: z.string(), start: z.number(), end: z.number(), confidence: z.number() })),
  known: z.array(z.string()),
});

/** One saved call. Checked record by record, so one damaged call never costs the others. */
export const callRecordSchema = z.object({
  id: z.string(),
  finishedAt: z.string(),
  output: z.object({
    scenarioId: z.string(),
    seed: z.number(),
    outcome: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('ending'), endingId: z.string(), title: z.string(), outcome: outcomeSchema }),
      z.object({ kind: z.literal('hung-up') }),
      z.object({ kind: z.literal('no-reply') }),
    ]),
    transcript: z.array(z.object({ speaker: z.enum([...SPEAKERS, 'candidate']), text: z.string(), atMs: z.number(), nodeId: z.string() })),
    turns: z.array(
      z.object({
        nodeId: z.string(),
        managerLine: z.string(),
        reply: z.string(),
        ledTo: z.string(),
        score: z.object({ ...dimensionScores, findings: z.array(findingSchema), heard: heardSchema.optional() }),
      }),
    ),
    durationMs: z.number(),
  }),
  grade: z.object({
    abandoned: z.boolean().optional(),
    scorerVersion: z.string().optional(),
    scores: z.object(dimensionScores),
    verdicts: z.object({ defensiveness: z.string(), credibility: z.string(), professionalism: z.string() } satisfies Record<Dimension, z.ZodString>),
    bestTurn: z.number().nullable(),
    worstTurn: z.number().nullable(),
    closing: z.object({ applies: z.boolean(), thanked: z.boolean(), noPushback: z.boolean(), doorLeftOpen: z.boolean(), gracious: z.boolean(), reply: z.string(), advice: z.string() }),
  }),
  assignmentId: z.string().optional(),
  retryOf: z.object({ callId: z.string(), turn: z.number().int().nonnegative() }).optional(),
});
