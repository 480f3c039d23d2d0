import { z } from 'zod';
import { compactModelSchema } from './linear-model.ts';

/** The reader's shipped model file: the move classifier and the reason-topic classifier. */
export const readerModelFileSchema = z.object({
  version: z.literal(1),
  /** sha256 of the training data and settings this model was built from (`npm run train`). */
  dataDigest: z.string().regex(/^[0-9a-f]{64}$/),
  moves: compactModelSchema,
  topics: compactModelSchema,
});

/** The reader's model file, as `npm run train` writes it. */
export type ReaderModelFile = z.infer<typeof readerModelFileSchema>;

/** Where `npm run train` writes the model, relative to the repository root. */
export const READER_MODEL_PATH = 'src/reading/reader-model.json';
