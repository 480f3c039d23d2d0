/**
 * `npm run train`: rebuilds the reader's model from data/reading deterministically. Fits the
 * softmax temperature on grouped cross-validation, then trains on everything and writes the
 * compact model with the digest of the data it came from.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { READER_MODEL_PATH, type ReaderModelFile } from '../src/domain/reading/reader-model-format.ts';
import { buildModel, crossValidate, TRAINING_SETTINGS } from './lib/reader/build-model.ts';
import { fitDefensiveThreshold, fitTemperature } from './lib/reader/train-linear.ts';
import { isDefensiveMove } from '../src/domain/reading/moves.ts';
import { loadMoveList, loadUtterances, trainingDigest } from './lib/reader/training-data.ts';
import { loadWordVectors } from './lib/reader/word-vectors.ts';
import { tokenize } from '../src/domain/reading/text.ts';
import { politenessItems, trainPoliteness } from './lib/politeness-data.ts';

const root = join(import.meta.dirname, '..');
const started = Date.now();
const { moves, topics } = loadMoveList(root);
const utterances = loadUtterances(root);
const words = new Set(utterances.flatMap((utterance) => tokenize(utterance.text).map((token) => token.norm)));
const vectors = loadWordVectors(TRAINING_SETTINGS.frequentWords, words, TRAINING_SETTINGS.vectorLength);
const moveLabels = moves.map((move) => move.id);

const heldOut = crossValidate(utterances, moveLabels, (utterance) => utterance.move, vectors, TRAINING_SETTINGS);
const temperature = fitTemperature(heldOut.map((prediction) => ({ logits: prediction.logProbabilities, label: prediction.label })));
const defensiveThreshold = fitDefensiveThreshold(
  heldOut,
  moveLabels.map((label) => isDefensiveMove(label)),
  temperature,
);
const politeness = politenessItems();
const reasons = utterances.filter((utterance) => utterance.move === 'gives-reason' && utterance.topic !== undefined);

const file: ReaderModelFile = {
  version: 1,
  dataDigest: trainingDigest(root, TRAINING_SETTINGS),
  moves: buildModel(utterances, moveLabels, (utterance) => utterance.move, vectors, TRAINING_SETTINGS, temperature),
  defensiveThreshold,
  topics: buildModel(reasons, topics, (utterance) => utterance.topic as string, null, TRAINING_SETTINGS),
  politeness: trainPoliteness(politeness.items, politeness.low, politeness.high),
};
const json = `${JSON.stringify(file)}\n`;
writeFileSync(join(root, READER_MODEL_PATH), json);
const correct = heldOut.filter((prediction) => prediction.logProbabilities.indexOf(Math.max(...prediction.logProbabilities)) === prediction.label).length;
console.log(`${utterances.length} utterances, ${moveLabels.length} moves, ${reasons.length} reasons with a topic`);
console.log(`grouped ${TRAINING_SETTINGS.folds}-fold accuracy (written and spoken): ${((correct / heldOut.length) * 100).toFixed(1)}%; temperature ${temperature}; defensive at ${defensiveThreshold}`);
console.log(`wrote ${READER_MODEL_PATH}: ${(json.length / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
