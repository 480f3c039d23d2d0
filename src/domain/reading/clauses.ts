import { tokenize, type Token } from './text.ts';

/** A stretch of a reply that does one thing, with its offsets into the reply. */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

/** Words that open a new clause when they follow a few words: where a reply turns. */
const TURNING_WORDS = new Set(['but', 'however', 'though', 'although', 'because', 'cause', 'cos', 'whereas', 'otherwise', 'anyway', 'honestly', 'frankly']);
/** Subjects after which "and" or "so" usually start a new clause rather than join two nouns ("your time and your candour"). */
const SUBJECTS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'im', 'ive', 'id', 'you', "you're", "you've", "you'll", 'we', "we're", "we've", 'they', "they're", 'he', 'she', "it's", "that's"]);
/**
 * A clause cut out by "and", "so" or a comma needs this many words on each side to be read on its
 * own; before a turning word ("Thanks, but…") only what follows it does.
 */
const MIN_INNER_CLAUSE_WORDS = 3;
const SPOKEN_BREAKS = new Set(['um', 'uh', 'er', 'erm']);
/** Longer than this, an unpunctuated stretch is cut into windows: recognisers write no full stops. */
const MAX_CLAUSE_WORDS = 22;
const WINDOW_WORDS = 14;

function isSentenceEnd(text: string, from: number, to: number): boolean {
  return /[.!?;\n]/.test(text.slice(from, to));
}

/** A comma, a dash, or a colon that opens an elaboration (not one inside "10:30"). */
function isCommaBreak(text: string, from: number, to: number): boolean {
  return /[,—–]|\s-\s|:\s/.test(text.slice(from, to));
}

/** Where a new clause starts, as a token index, given the tokens since the last break. */
function breaksBefore(text: string, tokens: readonly Token[]): Set<number> {
  const breaks = new Set<number>();
  let sinceBreak = 0;
  // Words left before the next sentence end, so an inner cut never leaves a scrap behind it.
  const untilSentenceEnd = new Array<number>(tokens.length).fill(0);
  for (let index = tokens.length - 1, run = 0; index >= 0; index--) {
    run = index + 1 < tokens.length && isSentenceEnd(text, (tokens[index] as Token).end, (tokens[index + 1] as Token).start) ? 1 : run + 1;
    untilSentenceEnd[index] = run;
  }
  for (let index = 1; index < tokens.length; index++) {
    const previous = tokens[index - 1] as Token;
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    sinceBreak++;
    const remaining = untilSentenceEnd[index] as number;
    let cut = isSentenceEnd(text, previous.end, token.start);
    if (!cut && remaining >= MIN_INNER_CLAUSE_WORDS && TURNING_WORDS.has(token.norm)) cut = true;
    else if (!cut && sinceBreak >= MIN_INNER_CLAUSE_WORDS && remaining >= MIN_INNER_CLAUSE_WORDS) {
      if ((token.norm === 'and' || token.norm === 'so') && next && SUBJECTS.has(next.norm)) cut = true;
      else if (isCommaBreak(text, previous.end, token.start) && sinceBreak >= 4) cut = true;
      else if (SPOKEN_BREAKS.has(token.norm) && sinceBreak >= 4 && remaining >= 4) cut = true;
    }
    if (cut) {
      breaks.add(index);
      sinceBreak = 0;
    }
  }
  return breaks;
}

/** Cuts an over-long unpunctuated run into windows, so one clause can't hide three moves. */
function windowed(tokens: readonly Token[], breaks: Set<number>): Set<number> {
  const out = new Set<number>();
  let last = 0;
  for (const at of [...[...breaks].sort((a, b) => a - b), tokens.length]) {
    for (let cut = last + WINDOW_WORDS; at - cut >= 4 && at - last > MAX_CLAUSE_WORDS; cut += WINDOW_WORDS) out.add(cut);
    if (at < tokens.length) out.add(at);
    last = at;
  }
  return out;
}

/**
 * Splits a reply into clauses: at sentence ends, before words where a reply turns ("but",
 * "because"), at commas between longer stretches, and into windows when a transcript runs on.
 * Spans cover the words and a closing "?" or "!", never the punctuation or spaces between clauses.
 */
export function splitClauses(text: string): Clause[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const starts = [0, ...[...windowed(tokens, breaksBefore(text, tokens))].sort((a, b) => a - b)];
  return starts.map((first, index) => {
    const last = (index + 1 < starts.length ? (starts[index + 1] as number) : tokens.length) - 1;
    const start = (tokens[first] as Token).start;
    let end = (tokens[last] as Token).end;
    // Keep a closing question mark or exclamation with its clause: it is part of how it sounds.
    while (end < text.length && /[?!]/.test(text[end] as string)) end++;
    return { start, end, text: text.slice(start, end) };
  });
}

/**
 * Turning words that set what follows against what came before: a frame never crosses them. The
 * causal ones ("because", "cause", "cos") explain what came before, so a frame reaches across those.
 */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set([...TURNING_WORDS].filter((word) => !['because', 'cause', 'cos'].includes(word)));

/**
 * The stretch of a reply that frames each clause: the clause with its neighbours on either side,
 * never past its own sentence and never across a contrast ("Thanks for calling, but your screener
 * never read my file": the thanks says nothing about the stance that follows "but"). Training
 * utterances are mostly whole sentences, so a clause cut from one ("whatever comes of it") is read
 * again in its frame before it is called defensive.
 */
export function clauseFrames(text: string, clauses: readonly Clause[]): { start: number; end: number }[] {
  // A clause's own closing "?" or "!" ends its sentence as surely as what lies between clauses.
  const endsSentence = (index: number) => {
    const clause = clauses[index] as Clause;
    const next = clauses[index + 1];
    return next === undefined || /[.!?;\n]/.test(text.slice(Math.max(clause.start, clause.end - 1), next.start));
  };
  const opensWithContrast = (index: number) => {
    const clause = clauses[index];
    return clause !== undefined && CONTRAST_WORDS.has(tokenize(clause.text)[0]?.norm ?? '');
  };
  return clauses.map((clause, index) => {
    const first = index > 0 && !endsSentence(index - 1) && !opensWithContrast(index) ? index - 1 : index;
    const last = endsSentence(index) || opensWithContrast(index + 1) ? index : index + 1;
    return { start: (clauses[first] as Clause).start, end: (clauses[last] as Clause).end };
  });
}

/** A stretch of a reply with the full stop that ends it, if one does. */
export function withFullStop(reply: string, start: number, end: number): string {
  return reply.slice(start, reply[end] === '.' ? end + 1 : end);
}
