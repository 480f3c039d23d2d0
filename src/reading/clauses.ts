import { tokenize, type Token } from './text.ts';

/** A stretch of a reply that does one thing, with its offsets into the reply. */
export interface Clause {
  start: number;
  end: number;
  text: string;
}

/** Words that open a new clause when they follow a few words: where a reply turns. */
const TURNING_WORDS = new Set(['but', 'however', 'though', 'although', 'because', 'cause', 'cos', 'whereas', 'otherwise', 'anyway', 'honestly', 'frankly']);
/** Subjects after which "and" or "so" usually start a new clause rather than join two nouns. */
const SUBJECTS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'you', "you're", "you've", 'we', "we're", 'they', "they're", 'it', "it's", 'that', "that's", 'your', 'my', 'this', 'if', 'please']);
const SPOKEN_BREAKS = new Set(['um', 'uh', 'er', 'erm']);
/** Longer than this, an unpunctuated stretch is cut into windows: recognisers write no full stops. */
const MAX_CLAUSE_WORDS = 22;
const WINDOW_WORDS = 14;

function isSentenceEnd(text: string, from: number, to: number): boolean {
  return /[.!?;\n]/.test(text.slice(from, to));
}

function isCommaBreak(text: string, from: number, to: number): boolean {
  return /[,:—–]|\s-\s/.test(text.slice(from, to));
}

/** Where a new clause starts, as a token index, given the tokens since the last break. */
function breaksBefore(text: string, tokens: readonly Token[]): Set<number> {
  const breaks = new Set<number>();
  let sinceBreak = 0;
  for (let index = 1; index < tokens.length; index++) {
    const previous = tokens[index - 1] as Token;
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    sinceBreak++;
    const remaining = tokens.length - index;
    let cut = isSentenceEnd(text, previous.end, token.start);
    if (!cut && sinceBreak >= 1 && remaining >= 2) {
      if (TURNING_WORDS.has(token.norm)) cut = true;
      else if ((token.norm === 'and' || token.norm === 'so') && sinceBreak >= 3 && next && SUBJECTS.has(next.norm)) cut = true;
      else if (isCommaBreak(text, previous.end, token.start) && sinceBreak >= 4 && remaining >= 3) cut = true;
      else if (SPOKEN_BREAKS.has(token.norm) && sinceBreak >= 4 && remaining >= 4) cut = true;
    }
    if (!cut && sinceBreak >= MAX_CLAUSE_WORDS) cut = true;
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
 * Spans cover the words only, never the punctuation or spaces between clauses.
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
