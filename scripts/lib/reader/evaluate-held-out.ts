/**
 * The reader and scorer on the held-out test set (data/reading/heldout): replies and pairs written
 * blind to the training data, before any training, and never used for tuning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MOVES, NO_MOVE } from '../../../src/domain/reading/moves.ts';
import type { Reader } from '../../../src/domain/reading/read-reply.ts';
import { toSpokenForm } from '../../../src/domain/reading/text.ts';
import { builtinScenario } from '../../../src/domain/scenario/builtin-scenarios.ts';
import { scoreWith } from '../../../src/domain/scoring/score-reply.ts';
import { scoreContextFor } from '../../../src/domain/scoring/score-context.ts';
import type { Dimension } from '../../../src/domain/scoring/score-types.ts';
import { textSeed } from './build-model.ts';
import { pairAccuracy, percent, precisionRecall, type PrecisionRecall } from './measures.ts';
import { READING_DATA } from './training-data.ts';

const heldOutReply = z.object({
  id: z.string(),
  scenario: z.string(),
  managerLine: z.string(),
  text: z.string(),
  moves: z.array(z.string()),
  defensive: z.boolean(),
  credible: z.boolean().nullable(),
  professional: z.boolean().nullable(),
});
const heldOutPair = z.object({
  id: z.string(),
  scenario: z.string(),
  managerLine: z.string(),
  dimension: z.enum(['defensiveness', 'credibility', 'professionalism']),
  better: z.string(),
  worse: z.string(),
});
type HeldOutReply = z.infer<typeof heldOutReply>;

/** One dimension's figures on the held-out set, in one form. */
export interface HeldOutDimension {
  form: 'written' | 'spoken';
  dimension: Dimension;
  /** Replies whose verdict (50 splits it) matches the label, of those labelled. */
  threshold: number;
  labelled: number;
  /** How often a reply labelled high outranks one labelled low. */
  ranked: number;
  pairsRight: number;
  pairsTied: number;
  pairsWrong: number;
}

/** Everything the held-out evaluation measures, for the written and the spoken form. */
export interface HeldOutFigures {
  replies: number;
  pairs: number;
  forms: { form: 'written' | 'spoken'; movePrecision: number; moveRecall: number; perMove: PrecisionRecall[]; dimensions: HeldOutDimension[] }[];
}

/** One line of figures, as `npm run eval:reader` prints it and the README quotes it. */
export function heldOutLine(row: HeldOutDimension): string {
  const pairs = row.pairsRight + row.pairsTied + row.pairsWrong;
  return `${row.form} ${row.dimension}: threshold ${percent(row.threshold)} of ${row.labelled}; ranked ${percent(row.ranked)}; pairs right ${row.pairsRight}, tied ${row.pairsTied}, wrong ${row.pairsWrong} of ${pairs}`;
}

/** Reads every held-out reply and pair with `reader`, typed and in spoken form, and measures it. */
export function evaluateHeldOut(root: string, reader: Reader): HeldOutFigures {
  const readLines = <T>(file: string, schema: z.ZodType<T>) =>
    readFileSync(join(root, READING_DATA, 'heldout', file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => schema.parse(JSON.parse(line)));
  const replies = readLines('replies.jsonl', heldOutReply);
  const pairs = readLines('pairs.jsonl', heldOutPair);
  const contextFor = (scenarioId: string, managerLine: string) => scoreContextFor(builtinScenario(scenarioId), managerLine);
  const labels: [Dimension, (reply: HeldOutReply) => boolean | null][] = [
    ['defensiveness', (reply) => reply.defensive],
    ['credibility', (reply) => reply.credible],
    ['professionalism', (reply) => reply.professional],
  ];
  const forms = (['written', 'spoken'] as const).map((form) => {
    const as = (text: string) => (form === 'written' ? text : toSpokenForm(text, textSeed(text)));
    const items = replies.map((reply) => {
      const scored = scoreWith(reader, as(reply.text), contextFor(reply.scenario, reply.managerLine));
      return { reply, scored, predicted: new Set((scored.heard?.moves ?? []).map((heard) => heard.move).filter((move) => move !== NO_MOVE)) };
    });
    let truePositive = 0;
    let predicted = 0;
    let gold = 0;
    for (const item of items) {
      predicted += item.predicted.size;
      gold += item.reply.moves.length;
      truePositive += [...item.predicted].filter((move) => item.reply.moves.includes(move)).length;
    }
    const perMove = precisionRecall(
      [...MOVES.keys()].filter((move) => move !== NO_MOVE),
      items.map((item) => ({ gold: new Set(item.reply.moves), predicted: item.predicted })),
    ).filter((row) => row.support > 0);
    const dimensions = labels.map(([dimension, label]): HeldOutDimension => {
      const labelled = items.filter((item) => label(item.reply) !== null);
      const high = items.filter((item) => label(item.reply) === true).map((item) => item.scored[dimension]);
      const low = items.filter((item) => label(item.reply) === false).map((item) => item.scored[dimension]);
      const outcomes = pairs
        .filter((pair) => pair.dimension === dimension)
        .map((pair) => {
          const context = contextFor(pair.scenario, pair.managerLine);
          const better = scoreWith(reader, as(pair.better), context)[dimension];
          const worse = scoreWith(reader, as(pair.worse), context)[dimension];
          if (better === worse) return 'tied';
          return (dimension === 'defensiveness' ? better < worse : better > worse) ? 'right' : 'wrong';
        });
      return {
        form,
        dimension,
        threshold: labelled.filter((item) => item.scored[dimension] >= 50 === label(item.reply)).length / labelled.length,
        labelled: labelled.length,
        ranked: pairAccuracy(high, low),
        pairsRight: outcomes.filter((outcome) => outcome === 'right').length,
        pairsTied: outcomes.filter((outcome) => outcome === 'tied').length,
        pairsWrong: outcomes.filter((outcome) => outcome === 'wrong').length,
      };
    });
    return { form, movePrecision: truePositive / predicted, moveRecall: truePositive / gold, perMove, dimensions };
  });
  return { replies: replies.length, pairs: pairs.length, forms };
}
