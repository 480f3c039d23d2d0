import { clauseFrames, splitClauses, withFullStop, type Clause } from './clauses.ts';
import { featuresOf, type TextFeatures } from './features.ts';
import { LinearModel } from './linear-model.ts';
import { isDefensiveMove, NO_MOVE, type MoveId } from './moves.ts';
import modelFile from './reader-model.json';
import { readerModelFileSchema, type ReaderModelFile } from './reader-model-format.ts';
import { answersQuestion, questionAsked, type QuestionKind } from './question.ts';
import { findFacts, type FoundFacts, type SlotValue } from './slots.ts';
import { tokenize } from './text.ts';

/** Below this confidence a clause is read as doing nothing in particular. */
export const MIN_MOVE_CONFIDENCE = 0.35;

/** One clause of a reply and the move the reader heard in it. */
export interface HeardMove extends Clause, ClauseVerdict {
  /** How likely people would rate the clause polite, from the politeness classifier. */
  polite: number;
}

/** What the reader found named or settled in a reply. */
export interface ReplySlots extends FoundFacts {
  /** What the reason given is about (commute, money, family…), when one was given. */
  reasonTopic: { topic: string; confidence: number; clause: SlotValue } | null;
  /** What the manager's last line asked, if it asked anything. */
  question: QuestionKind | null;
  /** Whether the reply answered it; null when nothing was asked. */
  answered: boolean | null;
  /** The clause that answered it. */
  answer: SlotValue | null;
}

/** One reply as the reader understood it. */
export interface Reading {
  moves: HeardMove[];
  slots: ReplySlots;
  words: number;
  /** How much of the reply was read, in characters: all of it, unless it ran past MAX_READ_CLAUSES. */
  readChars: number;
}

/**
 * The most clauses, and words, read in one reply. A call reply has a few dozen clauses and a few
 * hundred words; these bound the work on any paste (thousands of one-word clauses, "!a!a!a…", or
 * 10,000 words in a row), so reading always finishes in a few tens of milliseconds.
 */
export const MAX_READ_CLAUSES = 250;
export const MAX_READ_WORDS = 2_000;

/** Where a reply was said: what the reader may use beyond the reply's own words. */
export interface ReadingContext {
  managerLine?: string;
  /** Names to leave out of the reply's names: the manager's and the company's. */
  excludedNames?: readonly string[];
}

/** A clause's reading on its own: the move, its confidence, how defensive it is, and the runner-up. */
export interface ClauseVerdict {
  move: MoveId;
  /** The classifier's calibrated probability for this move. */
  confidence: number;
  /**
   * The probability that the clause is defensive at all: every defensive move's share summed. For a
   * clause with a neighbour in its frame (see `clauseFrames`), the geometric mean of that share for
   * the clause alone and for its frame.
   */
  defensive: number;
  /** Whether that probability reached the model's fitted cut: the clause is heard as defensive. */
  heardAsDefensive: boolean;
  /** The next most likely move on the same side, for evaluation and for explaining a reading. */
  alternative: { move: MoveId; confidence: number };
}

function defensiveShare(ranked: readonly { label: MoveId; probability: number }[]): number {
  return ranked.reduce((sum, entry) => sum + (isDefensiveMove(entry.label) ? entry.probability : 0), 0);
}

/**
 * Classifies one clause. It first decides whether the clause is defensive (the defensive moves'
 * probabilities summed, which ranks far better than any one of them), then which move within that
 * side it makes. Given the features of the clause's frame (see `clauseFrames`), the reading alone
 * and the reading in the frame are averaged geometrically before the cut: the model learnt from
 * whole utterances, and a scrap like "whatever comes of it" means what its sentence makes it mean.
 * A sure reading on one side can carry a weak one on the other, so this is a blend, not an "and".
 */
function classifyWith(moveModel: LinearModel, defensiveThreshold: number, features: TextFeatures, frame?: TextFeatures): ClauseVerdict {
  const ranked = moveModel.ranked(features);
  const alone = defensiveShare(ranked);
  const defensive = frame ? Math.sqrt(alone * defensiveShare(moveModel.ranked(frame))) : alone;
  const heardAsDefensive = defensive >= defensiveThreshold;
  const side = ranked.filter((entry) => isDefensiveMove(entry.label) === heardAsDefensive);
  const [top, next] = side;
  const chosen = top ?? { label: NO_MOVE, probability: 1 };
  if (!heardAsDefensive && chosen.probability < MIN_MOVE_CONFIDENCE && chosen.label !== NO_MOVE) {
    // Too unsure of any move: the clause does nothing in particular, and the likeliest move is the runner-up.
    const none = ranked.find((entry) => entry.label === NO_MOVE)?.probability ?? 0;
    return { move: NO_MOVE, confidence: none, defensive, heardAsDefensive, alternative: { move: chosen.label, confidence: chosen.probability } };
  }
  return { move: chosen.label, confidence: chosen.probability, defensive, heardAsDefensive, alternative: { move: next?.label ?? NO_MOVE, confidence: next?.probability ?? 0 } };
}

function topicWith(topicModel: LinearModel, features: TextFeatures): { topic: string; confidence: number } {
  const [top] = topicModel.ranked(features);
  return { topic: top?.label ?? 'other', confidence: top?.probability ?? 0 };
}

/** The three classifiers a reader runs, each on features computed once per clause. */
interface Classifiers {
  classify: (features: TextFeatures, frame?: TextFeatures) => ClauseVerdict;
  topic: (features: TextFeatures) => { topic: string; confidence: number };
  politeness: (features: TextFeatures) => number;
}

/**
 * Reads one reply: splits it into clauses, hears a move in each, and picks out the facts it names
 * and whether it answered the manager's question. Each clause is turned into features once.
 */
function readWith(classifiers: Classifiers, reply: string, context: ReadingContext): Reading {
  const everyClause = splitClauses(reply);
  const clauses: { clause: Clause; features: TextFeatures }[] = [];
  let wordsRead = 0;
  for (const clause of everyClause) {
    if (clauses.length === MAX_READ_CLAUSES || wordsRead >= MAX_READ_WORDS) break;
    // Read a clause with the full stop that ends it, as a closing "?" or "!" already is: it is
    // how the sentence was written, and tells a typed statement from a transcript's run-on.
    const features = featuresOf(withFullStop(reply, clause.start, clause.end));
    wordsRead += features.words.length;
    clauses.push({ clause, features });
  }
  const readChars = clauses.length < everyClause.length ? (clauses[clauses.length - 1]?.clause.end ?? 0) : reply.length;
  const read = readChars < reply.length ? reply.slice(0, readChars) : reply;
  const frames = clauseFrames(
    reply,
    clauses.map(({ clause }) => clause),
  );
  // Clauses of a two-clause sentence share one frame: read it once.
  const frameFeatures = new Map<string, TextFeatures>();
  const featuresOfFrame = ({ start, end }: { start: number; end: number }) => {
    const key = `${start}:${end}`;
    return frameFeatures.get(key) ?? frameFeatures.set(key, featuresOf(withFullStop(reply, start, end))).get(key)!;
  };
  const moves: HeardMove[] = clauses.map(({ clause, features }, index) => {
    const frame = frames[index] as { start: number; end: number };
    const framed = frame.start < clause.start || frame.end > clause.end ? featuresOfFrame(frame) : undefined;
    return { ...clause, ...classifiers.classify(features, framed), polite: classifiers.politeness(features) };
  });
  const facts = findFacts(read, context.excludedNames);
  const reasonIndex = moves.reduce((best, heard, index) => (heard.move === 'gives-reason' && (best < 0 || heard.confidence > (moves[best] as HeardMove).confidence) ? index : best), -1);
  const reasonClause = moves[reasonIndex];
  const reasonFeatures = clauses[reasonIndex]?.features;
  const reasonTopic = reasonClause && reasonFeatures ? { ...classifiers.topic(reasonFeatures), clause: { text: reasonClause.text, start: reasonClause.start, end: reasonClause.end } } : null;
  const question = questionAsked(context.managerLine ?? '');
  const answer = question ? (moves.find((heard) => answersQuestion(question, heard, facts)) ?? null) : null;
  return {
    moves,
    slots: {
      ...facts,
      reasonTopic,
      question,
      answered: question ? answer !== null : null,
      answer: answer ? { text: answer.text, start: answer.start, end: answer.end } : null,
    },
    words: tokenize(read).length,
    readChars,
  };
}

/** A reader built on one model: the shipped one, or one trained on some folds for evaluation. */
export interface Reader {
  /** The digest of the training data the model came from. */
  digest: string;
  classifyClause: (text: string) => ClauseVerdict;
  /** What a reason is about, from the topic classifier. */
  topicOf: (text: string) => { topic: string; confidence: number };
  /** How likely people would rate this clause polite, from the politeness classifier. */
  politenessOf: (text: string) => number;
  readReply: (reply: string, context?: ReadingContext) => Reading;
}

/** Builds a reader around a model file. */
export function createReader(file: ReaderModelFile): Reader {
  const moveModel = new LinearModel(file.moves);
  const topicModel = new LinearModel(file.topics);
  const politenessModel = new LinearModel(file.politeness);
  const polite = file.politeness.labels.indexOf('polite');
  const classifiers: Classifiers = {
    classify: (features, frame) => classifyWith(moveModel, file.defensiveThreshold, features, frame),
    topic: (features) => topicWith(topicModel, features),
    politeness: (features) => politenessModel.probabilities(features)[polite] ?? 0.5,
  };
  return {
    digest: file.dataDigest,
    classifyClause: (text) => classifiers.classify(featuresOf(text)),
    topicOf: (text) => classifiers.topic(featuresOf(text)),
    politenessOf: (text) => classifiers.politeness(featuresOf(text)),
    readReply: (reply, context = {}) => readWith(classifiers, reply, context),
  };
}

/** The reader the app ships, on the committed model. */
export const shippedReader: Reader = createReader(readerModelFileSchema.parse(modelFile));
