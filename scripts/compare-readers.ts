/**
 * `npm run eval:compare`: the two approaches measured for the reader, on the same grouped 5-fold
 * split of the training data, written and spoken: the shipped logistic regression (word and
 * character n-grams, lexicon counts, distilled word vectors) and wink's naive Bayes text
 * classifier over words and word pairs. Prints accuracy, how often each tells defensive from not,
 * the time to classify one clause and the size of the trained model.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { featuresOf } from '../src/domain/reading/features.ts';
import { LinearModel } from '../src/domain/reading/linear-model.ts';
import { MOVES, isDefensiveMove } from '../src/domain/reading/moves.ts';
import { toSpokenForm, tokenize } from '../src/domain/reading/text.ts';
import { buildModel, textSeed, TRAINING_SETTINGS } from './lib/reader/build-model.ts';
import { foldsOf, loadUtterances, splitFold } from './lib/reader/training-data.ts';
import { loadWordVectors } from './lib/reader/word-vectors.ts';

interface NaiveBayes {
  definePrepTasks: (tasks: ((text: string) => string[])[]) => void;
  defineConfig: (config: { considerOnlyPresence: boolean; smoothingFactor: number }) => void;
  learn: (text: string, label: string) => void;
  consolidate: () => void;
  predict: (text: string) => string;
  exportJSON: () => string;
}
const createNaiveBayes = createRequire(import.meta.url)('wink-naive-bayes-text-classifier') as () => NaiveBayes;

const root = join(import.meta.dirname, '..');
const utterances = loadUtterances(root);
const labels = [...MOVES.keys()];
const vectors = loadWordVectors(TRAINING_SETTINGS.frequentWords, new Set(utterances.flatMap((utterance) => tokenize(utterance.text).map((token) => token.norm))), TRAINING_SETTINGS.vectorLength);
const wordsAndPairs = (text: string) => {
  const words = tokenize(text).map((token) => token.norm);
  return [...words, ...words.slice(1).map((word, index) => `${words[index]}_${word}`)];
};

type Tally = { right: number; sideRight: number; total: number; nanoseconds: bigint; size: number };
const tallies = new Map<string, Tally>();
const tally = (name: string) => tallies.get(name) ?? tallies.set(name, { right: 0, sideRight: 0, total: 0, nanoseconds: 0n, size: 0 }).get(name)!;

const foldOfUtterance = foldsOf(utterances, TRAINING_SETTINGS.folds);
for (let fold = 0; fold < TRAINING_SETTINGS.folds; fold++) {
  const { training, testing } = splitFold(utterances, foldOfUtterance, fold);
  const compact = buildModel(training, labels, (utterance) => utterance.move, vectors, TRAINING_SETTINGS);
  const linear = new LinearModel(compact);
  const bayes = createNaiveBayes();
  bayes.definePrepTasks([wordsAndPairs]);
  bayes.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  for (const utterance of training) {
    bayes.learn(utterance.text, utterance.move);
    bayes.learn(toSpokenForm(utterance.text, textSeed(utterance.text)), utterance.move);
  }
  bayes.consolidate();
  tally('logistic regression').size += JSON.stringify(compact).length / TRAINING_SETTINGS.folds;
  tally('naive Bayes').size += bayes.exportJSON().length / TRAINING_SETTINGS.folds;
  const classifiers: [string, (text: string) => string][] = [
    ['logistic regression', (text) => linear.ranked(featuresOf(text))[0]?.label ?? 'other'],
    ['naive Bayes', (text) => bayes.predict(text)],
  ];
  for (const utterance of testing) {
    for (const form of ['written', 'spoken'] as const) {
      const text = form === 'written' ? utterance.text : toSpokenForm(utterance.text, textSeed(utterance.text));
      for (const [name, classify] of classifiers) {
        const entry = tally(`${name}|${form}`);
        const started = process.hrtime.bigint();
        const move = classify(text);
        entry.nanoseconds += process.hrtime.bigint() - started;
        entry.total++;
        if (move === utterance.move) entry.right++;
        if (isDefensiveMove(move) === isDefensiveMove(utterance.move)) entry.sideRight++;
      }
    }
  }
}

console.log(`Reader approaches, grouped ${TRAINING_SETTINGS.folds}-fold cross-validation over ${utterances.length} utterances (${labels.length} moves)`);
console.log('approach              form      move accuracy   defensive-or-not   per clause   model size');
for (const name of ['logistic regression', 'naive Bayes']) {
  for (const form of ['written', 'spoken']) {
    const entry = tally(`${name}|${form}`);
    const size = tally(name).size;
    console.log(
      `${name.padEnd(21)} ${form.padEnd(9)} ${((entry.right / entry.total) * 100).toFixed(1).padStart(12)}%  ${((entry.sideRight / entry.total) * 100).toFixed(1).padStart(16)}%  ${(Number(entry.nanoseconds) / entry.total / 1e6).toFixed(3).padStart(8)} ms  ${(size / 1024).toFixed(0).padStart(7)} KB`,
    );
  }
}
