import { z } from 'zod';
import { compactModelSchema } from './linear-model.ts';

/** The reader's shipped model file: the move, reason-topic and politeness classifiers. */
export const readerModelFileSchema = z.object({
  version: z.literal(1),
  /** sha256 of the training data and settings this model was built from (`npm run train`). */
  dataDigest: z.string().regex(/^[0-9a-f]{64}$/),
  moves: compactModelSchema,
  /**
   * A clause is heard as defensive when the defensive moves' probabilities add up to at least this:
   * fitted on out-of-fold predictions, like the temperature.
   */
  defensiveThreshold: z.number().min(0.05).max(0.95),
  topics: compactModelSchema,
  /** Polite or impolite, trained on the Stanford Politeness Corpus (Wikipedia requests). */
  politeness: compactModelSchema,
});

/** The reader's model file, as `npm run train` writes it. */
export type ReaderModelFile = z.infer<typeof readerModelFileSchema>;

/** Where `npm run train` writes the model, relative to the repository root. */
export const READER_MODEL_PATH = 'src/domain/reading/reader-model.json';
