import { z } from 'zod';
import rubricFile from './rubric.json';
import type { Dimension } from './score-types.ts';

const pointsSchema = z.object({ defensiveness: z.number().optional(), credibility: z.number().optional(), professionalism: z.number().optional() }).strict();

const entrySchema = z
  .object({
    points: pointsSchema,
    /** How the manager hears it. `{name}` placeholders are filled from the finding. */
    heard: z.string(),
    better: z.string().optional(),
    /** What replaces the phrase in a stronger version of the reply; "" leaves it out, [brackets] are the candidate's own facts. */
    rewrite: z.string().optional(),
    /** How many times it may count in one reply. */
    max: z.number().int().positive().optional(),
  })
  .strict();

const rubricSchema = z.object({
  version: z.literal(2),
  about: z.string(),
  base: z.object({ defensiveness: z.number(), credibility: z.number(), professionalism: z.number() }).strict(),
  moves: z.record(z.string(), entrySchema),
  structural: z.record(z.string(), entrySchema),
  /** What to work on when a whole call's dimension falls short with no phrase to blame. */
  gaps: z
    .object({
      defensiveness: z.object({ heard: z.string(), better: z.string() }),
      credibility: z.object({ heard: z.string(), better: z.string() }),
      professionalism: z.object({ heard: z.string(), better: z.string() }),
    })
    .strict(),
});

/** One row of the rubric: what a move or a measured feature is worth, and how it is heard. */
export type RubricEntry = z.infer<typeof entrySchema>;

const rubric = rubricSchema.parse(rubricFile);

/** A neutral reply scores these; every point away from them is a finding. */
export const BASE_SCORES: Readonly<Record<Dimension, number>> = rubric.base;

/** The rubric's version, saved with every graded call. */
export const RUBRIC_VERSION = rubric.version;

const MOVE_ROWS: ReadonlyMap<string, RubricEntry> = new Map(Object.entries(rubric.moves));
const STRUCTURAL_ROWS: ReadonlyMap<string, RubricEntry> = new Map(Object.entries(rubric.structural));

/** What to work on when a call's dimension falls short and no phrase is to blame, by dimension. */
export const GAP_ADVICE: Readonly<Record<Dimension, { heard: string; better: string }>> = rubric.gaps;

/** The rubric row for a move the reader heard; a move with no row moves nothing. */
export function moveRow(move: string): RubricEntry | undefined {
  return MOVE_ROWS.get(move);
}

/** The rubric row for a measured (not classified) finding. Throws for a row the table lacks: a programming error. */
export function structuralRow(id: string): RubricEntry {
  const row = STRUCTURAL_ROWS.get(id);
  if (!row) throw new Error(`The rubric has no structural row "${id}".`);
  return row;
}

/** Every move id that has a rubric row, for checking the table against the reader's moves. */
export function rubricMoves(): string[] {
  return [...MOVE_ROWS.keys()];
}
