import { fillers } from 'fillers';
import { knownFrom } from '../reading/known-facts.ts';
import { isDefensiveMove } from '../reading/moves.ts';
import { shippedReader, type HeardMove, type Reader, type Reading } from '../reading/read-reply.ts';
import { withFullStop } from '../reading/clauses.ts';
import { factsWithin } from '../reading/slots.ts';
import { tokenize } from '../reading/text.ts';
import { BASE_SCORES, moveRow, structuralRow } from './rubric.ts';
import { DIMENSIONS, type Dimension, type Finding, type ReplyScore, type ScoreContext } from './score-types.ts';

/**
 * Replies longer than this are read on their first part only: about 3,000 words, far past
 * anything said in one turn of a call, so a 1 MB paste costs no more than the longest real reply.
 * The reader also stops after MAX_READ_CLAUSES clauses; together they bound the work on any input.
 */
export const MAX_SCORED_CHARS = 20_000;

/** Moves whose clauses can carry evidence: a number said while insulting someone is not evidence. */
const EVIDENCE_MOVES = new Set(['gives-evidence', 'gives-reason', 'explains-omission', 'negotiates', 'commits']);
const FILLERS = new Set([...fillers, 'um', 'uh', 'er', 'erm']);
/** A manager's line that delivers bad news; read from the scenario's text, never the candidate's. */
const BAD_NEWS = /\b(?:moved on|went with|gone with|decision stands|decision is made|not going to change|filled|won't be|can't reopen|i'm sorry|afraid)\b/i;
/** Confidence at or above which a move counts in full; below it, its points shrink with the doubt. */
const FULL_CONFIDENCE = 0.6;
const MIN_CONFIDENCE = 0.35;

/**
 * How much of a move's points count. A clause heard as defensive has passed the model's fitted
 * threshold and counts in full; any other move counts in proportion to the reader's confidence.
 */
function weightOf(heard: HeardMove): number {
  if (isDefensiveMove(heard.move)) return heard.heardAsDefensive ? 1 : 0;
  return Math.max(0, Math.min(1, (heard.confidence - MIN_CONFIDENCE) / (FULL_CONFIDENCE - MIN_CONFIDENCE)));
}

class Findings {
  readonly list: Finding[] = [];
  constructor(private readonly reply: string) {}

  add(rule: string, row: { points: Partial<Record<Dimension, number>>; heard: string; better?: string }, start: number, end: number, scale = 1, fill: Record<string, string> = {}): void {
    const heard = row.heard.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(fill, key) ? (fill[key] as string) : whole));
    for (const dimension of DIMENSIONS) {
      const points = Math.round((row.points[dimension] ?? 0) * scale);
      if (points === 0) continue;
      const finding: Finding = { dimension, start, end, phrase: this.reply.slice(start, end), points, rule, heard };
      if (row.better) finding.better = row.better;
      this.list.push(finding);
    }
  }
}

/** Each heard move, scored by the rubric. A constructive move counts once per reply; a harmful one each time. */
function scoreMoves(reading: Reading, found: Findings, skip: ReadonlySet<HeardMove>): void {
  const counted = new Set<string>();
  for (const heard of reading.moves) {
    const row = moveRow(heard.move);
    if (!row || skip.has(heard)) continue;
    const helps = Object.values(row.points).every((points) => points >= 0) && !isDefensiveMove(heard.move);
    if (helps && counted.has(heard.move)) continue;
    const weight = weightOf(heard);
    if (weight === 0) continue;
    counted.add(heard.move);
    found.add(heard.move, row, heard.start, heard.end, weight);
  }
}

function scoreEvidence(reading: Reading, found: Findings, skip: ReadonlySet<HeardMove>): void {
  const row = structuralRow('evidence-detail');
  let given = 0;
  for (const heard of reading.moves) {
    if (!EVIDENCE_MOVES.has(heard.move) || weightOf(heard) < 1 || skip.has(heard)) continue;
    for (const fact of factsWithin(reading.slots, heard)) {
      if (given >= (row.max ?? 1)) return;
      given++;
      found.add('evidence-detail', row, fact.start, fact.end);
    }
  }
}

/** How sure the politeness classifier must be before a clause's tone counts either way. */
const TONE_CONFIDENCE = 0.85;

/**
 * The tone of each clause, from the politeness classifier: courteous phrasing of a constructive
 * clause earns a little, blunt phrasing of a neutral or defensive one costs a little. A clause never
 * gets a tone that pulls against its move.
 */
function scoreTone(reading: Reading, found: Findings, skip: ReadonlySet<HeardMove>): void {
  let courteous = 0;
  for (const heard of reading.moves) {
    if (skip.has(heard)) continue;
    const helps = !isDefensiveMove(heard.move) && Object.values(moveRow(heard.move)?.points ?? {}).every((points) => points >= 0);
    const { polite } = heard;
    if (helps && polite >= TONE_CONFIDENCE && courteous++ === 0) found.add('courteous', structuralRow('courteous'), heard.start, heard.end);
    else if ((heard.move === 'other' || isDefensiveMove(heard.move)) && polite <= 1 - TONE_CONFIDENCE) found.add('blunt', structuralRow('blunt'), heard.start, heard.end);
  }
}

/** What each reason in a reply is about, by the topic classifier, where it is sure enough to say. */
function reasonTopics(reader: Reader, reply: string, reading: Reading): string[] {
  return reading.moves
    .filter((heard) => heard.move === 'gives-reason')
    .map((heard) => reader.topicOf(withFullStop(reply, heard.start, heard.end)))
    .filter((topic) => topic.confidence >= 0.5)
    .map((topic) => topic.topic);
}

/**
 * The reasons in replies said earlier in the call. Every turn compares with every earlier reply, so
 * each reply is read once per reader, not once per later turn; the cache is bounded, as a drill
 * can run for hours.
 */
const earlierTopics = new WeakMap<Reader, Map<string, string[]>>();
const TOPIC_CACHE_SIZE = 200;
function reasonTopicsOfEarlier(reader: Reader, previous: string): string[] {
  const cache = earlierTopics.get(reader) ?? earlierTopics.set(reader, new Map()).get(reader)!;
  const cached = cache.get(previous);
  if (cached) return cached;
  const text = previous.slice(0, MAX_SCORED_CHARS);
  const topics = reasonTopics(reader, text, reader.readReply(text));
  if (cache.size >= TOPIC_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(previous, topics);
  return topics;
}

/** Reasons compared across the call and with what the candidate said before it, by the topic classifier. */
function scoreConsistency(reader: Reader, reply: string, reading: Reading, context: ScoreContext, found: Findings): HeardMove | null {
  const reason = reading.slots.reasonTopic;
  if (!reason || reason.confidence < 0.5) return null;
  const clause = reading.moves.find((heard) => heard.start === reason.clause.start) ?? null;
  // Every reason counts, now and before, not just each reply's main one: a candidate who gave two
  // reasons and comes back to either has not changed their story.
  const earlier = (context.previousReplies ?? []).flatMap((previous) => reasonTopicsOfEarlier(reader, previous));
  const now = reasonTopics(reader, reply, reading);
  if (earlier.length > 0 && !now.some((topic) => earlier.includes(topic))) {
    found.add('reason-changed', structuralRow('reason-changed'), reason.clause.start, reason.clause.end, 1, { before: new Intl.ListFormat('en').format([...new Set(earlier)]), now: reason.topic });
    return clause;
  }
  const said = context.briefingFacts?.[0];
  if (said) {
    const before = reader.topicOf(said);
    if (before.confidence >= 0.5 && before.topic === reason.topic) found.add('consistent-with-before', structuralRow('consistent-with-before'), reason.clause.start, reason.clause.end);
  }
  return null;
}

function scoreShape(reply: string, reading: Reading, context: ScoreContext, found: Findings, skip: ReadonlySet<HeardMove>): void {
  const whole = reply.trimEnd().length;
  const hasMove = (move: string) => reading.moves.some((heard) => heard.move === move && weightOf(heard) > 0);
  const words = String(reading.words);
  if (reading.slots.answered && reading.slots.answer) {
    const answer = reading.moves.find((heard) => heard.start === reading.slots.answer?.start);
    if (answer && !isDefensiveMove(answer.move) && !skip.has(answer)) found.add('answered', structuralRow('answered'), answer.start, answer.end);
  }
  if (context.listener === 'voicemail') {
    if (reading.words > 75) found.add('rambling-voicemail', structuralRow('rambling-voicemail'), 0, whole, 1, { words });
    if (!reading.slots.phone) found.add('voicemail-no-callback', structuralRow('voicemail-no-callback'), 0, whole);
    if (!hasMove('introduces-self')) found.add('voicemail-no-name', structuralRow('voicemail-no-name'), 0, whole);
  } else if (reading.words > 300) {
    found.add('rambling-long', structuralRow('rambling-long'), 0, whole, 1, { words });
  } else if (reading.words > 130) {
    found.add('rambling', structuralRow('rambling'), 0, whole, 1, { words });
  }
  const anythingGracious = reading.moves.some((heard) => !isDefensiveMove(heard.move) && weightOf(heard) > 0 && Object.values(moveRow(heard.move)?.points ?? {}).some((points) => points > 0));
  if (BAD_NEWS.test(context.managerLine ?? '') && reading.words > 0 && reading.words <= 3 && !anythingGracious) {
    found.add('curt-after-no', structuralRow('curt-after-no'), 0, whole);
  }
  const tokens = tokenize(reply);
  const fillerCount = tokens.filter((token) => FILLERS.has(token.norm)).length;
  if (fillerCount >= 4 && fillerCount / Math.max(tokens.length, 1) >= 0.14) {
    found.add('filler-heavy', structuralRow('filler-heavy'), 0, whole, 1, { count: String(fillerCount), words });
  }
  const shouted = tokens.filter((token) => token.end - token.start >= 4 && /^[\p{Lu}\d$£€.,'’%]+$/u.test(reply.slice(token.start, token.end)) && /\p{Lu}/u.test(reply.slice(token.start, token.end)));
  const exclaimed = /!{2,}/.exec(reply);
  if (shouted.length >= 2 && shouted.length < tokens.length)
    found.add('shouting', structuralRow('shouting'), (shouted[0] as { start: number }).start, (shouted[shouted.length - 1] as { end: number }).end);
  else if (exclaimed) found.add('shouting', structuralRow('shouting'), exclaimed.index, exclaimed.index + exclaimed[0].length);
}

/** A dimension's number: the rubric's base plus every finding's points (clamped by the caller). */
function totalOf(dimension: Dimension, findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.dimension === dimension).reduce((sum, finding) => sum + finding.points, BASE_SCORES[dimension]);
}

/**
 * Scores one reply from what the reader heard in it. Pure and synchronous; the same in Node and the
 * browser. A reply with nothing notable scores the rubric's base, and every point away from it is
 * a finding with the words it came from.
 */
export function score(reply: string, context: ScoreContext = {}): ReplyScore {
  return scoreWith(shippedReader, reply, context);
}

/** Scores one reply with a given reader: the shipped one, or one trained on some folds for evaluation. */
export function scoreWith(reader: Reader, reply: string, context: ScoreContext = {}): ReplyScore {
  return readAndScore(reader, reply, context).score;
}

/** Scores one reply and hands back the reading the score came from, for checks that need both. */
export function readAndScore(reader: Reader, reply: string, context: ScoreContext = {}): { score: ReplyScore; reading: Reading } {
  const cut = reply.length > MAX_SCORED_CHARS ? reply.slice(0, MAX_SCORED_CHARS) : reply;
  const reading = reader.readReply(cut, { managerLine: context.managerLine, excludedNames: context.ownNames });
  const read = reading.readChars < cut.length ? cut.slice(0, reading.readChars) : cut;
  const found = new Findings(reply);
  const replaced = scoreConsistency(reader, cut, reading, context, found);
  // A reason that contradicts the earlier one earns nothing for itself: its words carry one finding.
  const skip = new Set(replaced ? [replaced] : []);
  scoreMoves(reading, found, skip);
  scoreEvidence(reading, found, skip);
  scoreTone(reading, found, skip);
  scoreShape(read, reading, context, found, skip);
  // Points-free, so it is pushed directly: the debrief still says the paste was cut.
  if (read.length < reply.length)
    found.list.push({
      dimension: 'professionalism',
      start: 0,
      end: 0,
      phrase: '',
      points: 0,
      rule: 'scored-first-part',
      heard: structuralRow('scored-first-part').heard.replace('{read}', read.length.toLocaleString('en')).replace('{total}', reply.length.toLocaleString('en')),
    });
  const clamp = (value: number) => Math.max(0, Math.min(100, Math.round(value)));
  const findings = found.list.sort((a, b) => a.start - b.start || a.end - b.end);
  const scored: ReplyScore = {
    defensiveness: clamp(totalOf('defensiveness', findings)),
    credibility: clamp(totalOf('credibility', findings)),
    professionalism: clamp(totalOf('professionalism', findings)),
    findings,
    heard: {
      moves: reading.moves.map(({ move, start, end, confidence }) => ({ move, start, end, confidence: Math.round(confidence * 100) / 100 })),
      known: knownFrom(reading),
    },
  };
  return { score: scored, reading };
}
