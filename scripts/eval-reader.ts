/**
 * `npm run eval:reader`: how well the reader and the scorer built on it do on replies the model
 * never saw while it was tuned. Two sources of evidence:
 *  1. grouped 5-fold cross-validation over the training data (each idea's paraphrases in one fold);
 *  2. the held-out test set in data/reading/heldout, written blind to the training data before any
 *     training, scored with the shipped model.
 * Every figure is given for the text as typed and for its spoken form (lower case, no punctuation,
 * fillers), as a speech recogniser would write it.
 */
import { join } from 'node:path';
import { createReader, shippedReader } from '../src/domain/reading/read-reply.ts';
import { toSpokenForm } from '../src/domain/reading/text.ts';
import { scoreWith } from '../src/domain/scoring/score-reply.ts';
import type { Dimension } from '../src/domain/scoring/score-types.ts';
import modelFile from '../src/domain/reading/reader-model.json';
import { buildModel, textSeed, TRAINING_SETTINGS } from './lib/reader/build-model.ts';
import { calibrationError, pairAccuracy, percent, precisionRecall } from './lib/reader/measures.ts';
import { evaluateHeldOut, heldOutLine } from './lib/reader/evaluate-held-out.ts';
import { foldsOf, loadMoveList, loadUtterances, splitFold, type Utterance } from './lib/reader/training-data.ts';
import { loadWordVectors } from './lib/reader/word-vectors.ts';
import { tokenize } from '../src/domain/reading/text.ts';

const root = join(import.meta.dirname, '..');
const FORMS = ['written', 'spoken'] as const;
type Form = (typeof FORMS)[number];
const formOf = (text: string, form: Form) => (form === 'written' ? text : toSpokenForm(text, textSeed(text)));

const { moves, topics } = loadMoveList(root);
const moveIds = moves.map((move) => move.id);

// ── 1. Grouped cross-validation ─────────────────────────────────────────────────────────────
const utterances = loadUtterances(root);
const vectors = loadWordVectors(TRAINING_SETTINGS.frequentWords, new Set(utterances.flatMap((utterance) => tokenize(utterance.text).map((token) => token.norm))), TRAINING_SETTINGS.vectorLength);
interface Judged {
  utterance: Utterance;
  form: Form;
  move: string;
  confidence: number;
  scores: Record<Dimension, number>;
}
const judged: Judged[] = [];
const foldOfUtterance = foldsOf(utterances, TRAINING_SETTINGS.folds);
for (let fold = 0; fold < TRAINING_SETTINGS.folds; fold++) {
  const { training, testing } = splitFold(utterances, foldOfUtterance, fold);
  const reasons = training.filter((utterance) => utterance.move === 'gives-reason' && utterance.topic !== undefined);
  const reader = createReader({
    version: 1,
    dataDigest: '0'.repeat(64),
    moves: buildModel(training, moveIds, (utterance) => utterance.move, vectors, TRAINING_SETTINGS, modelFile.moves.temperature),
    defensiveThreshold: modelFile.defensiveThreshold,
    politeness: modelFile.politeness,
    topics: buildModel(reasons, topics, (utterance) => utterance.topic as string, null, TRAINING_SETTINGS),
  });
  for (const utterance of testing) {
    for (const form of FORMS) {
      const text = formOf(utterance.text, form);
      const verdict = reader.classifyClause(text);
      const scored = scoreWith(reader, text, {});
      judged.push({ utterance, form, move: verdict.move, confidence: verdict.confidence, scores: scored });
    }
  }
}

console.log(`Callback reader evaluation. Model ${modelFile.dataDigest.slice(0, 12)}, ${utterances.length} training utterances, ${moveIds.length} moves.\n`);
console.log(
  `1. Grouped ${TRAINING_SETTINGS.folds}-fold cross-validation (paraphrases of one idea kept in one fold, with groups that share an utterance of four words or more), each utterance classified whole.`,
);
for (const form of FORMS) {
  const rows = judged.filter((item) => item.form === form);
  const accuracy = rows.filter((item) => item.move === item.utterance.move).length / rows.length;
  console.log(
    `   ${form}: move accuracy ${percent(accuracy)} over ${rows.length}; calibration error ${calibrationError(rows.map((item) => ({ confidence: item.confidence, correct: item.move === item.utterance.move }))).toFixed(3)}`,
  );
}
console.log('\n   per move           precision (written / spoken)   recall (written / spoken)   n');
const perForm = (form: Form) =>
  precisionRecall(
    moveIds,
    judged.filter((item) => item.form === form).map((item) => ({ gold: new Set([item.utterance.move]), predicted: new Set([item.move]) })),
  );
const writtenRows = perForm('written');
const spokenRows = perForm('spoken');
writtenRows.forEach((row, index) => {
  const spoken = spokenRows[index] as (typeof spokenRows)[number];
  console.log(
    `   ${row.label.padEnd(20)} ${percent(row.precision).padStart(7)} / ${percent(spoken.precision).padStart(7)}        ${percent(row.recall).padStart(7)} / ${percent(spoken.recall).padStart(7)}    ${row.support}`,
  );
});

/** Which training moves stand for a high or low value of each dimension, for pair and threshold checks. */
const DIMENSION_SIDES: Record<Dimension, { high: ReadonlySet<string>; low: ReadonlySet<string>; threshold: 'high-is-bad' | 'high-is-good' }> = {
  defensiveness: {
    high: new Set(moves.filter((move) => move.kind === 'defensive').map((move) => move.id)),
    low: new Set(moves.filter((move) => move.kind !== 'defensive').map((move) => move.id)),
    threshold: 'high-is-bad',
  },
  credibility: {
    high: new Set(['gives-reason', 'gives-evidence', 'explains-omission', 'owns-mistake', 'commits', 'negotiates']),
    low: new Set(['vague', 'hedges', 'over-claims']),
    threshold: 'high-is-good',
  },
  professionalism: {
    high: new Set(['greets', 'introduces-self', 'states-purpose', 'asks-good-time', 'thanks', 'leaves-door-open', 'gives-callback', 'accepts-no', 'acknowledges']),
    low: new Set(['too-casual', 'insults', 'threatens', 'begs', 'sarcasm', 'dismisses']),
    threshold: 'high-is-good',
  },
};
console.log('\n   per dimension under cross-validation: pair accuracy (a reply from the better side outranks one from the worse side) and threshold accuracy (50 splits the sides)');
for (const [dimension, sides] of Object.entries(DIMENSION_SIDES) as [Dimension, (typeof DIMENSION_SIDES)[Dimension]][]) {
  const figures = FORMS.map((form) => {
    const rows = judged.filter((item) => item.form === form);
    const high = rows.filter((item) => sides.high.has(item.utterance.move)).map((item) => item.scores[dimension]);
    const low = rows.filter((item) => sides.low.has(item.utterance.move)).map((item) => item.scores[dimension]);
    const threshold = (high.filter((value) => value >= 50).length + low.filter((value) => value < 50).length) / (high.length + low.length);
    return `${form}: pairs ${percent(pairAccuracy(high, low))}, threshold ${percent(threshold)}`;
  });
  console.log(`   ${dimension.padEnd(16)} ${figures.join('   ')}`);
}

// ── 2. The held-out test set ─────────────────────────────────────────────────────────────────
const heldOut = evaluateHeldOut(root, shippedReader);
console.log(
  `\n2. Held-out test set: ${heldOut.replies} replies and ${heldOut.pairs} pairs, written before training and never used for tuning; the shipped model, whole replies read clause by clause.`,
);
for (const form of heldOut.forms) {
  console.log(`\n   ${form.form}: moves over all replies: precision ${percent(form.movePrecision)}, recall ${percent(form.moveRecall)}`);
  console.log(`   per move (precision / recall / n): ${form.perMove.map((row) => `${row.label} ${percent(row.precision)}/${percent(row.recall)}/${row.support}`).join('; ')}`);
  for (const row of form.dimensions) console.log(`   ${heldOutLine(row)}`);
}
