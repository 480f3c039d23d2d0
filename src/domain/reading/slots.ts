import type { Clause } from './clauses.ts';

/** A piece of a reply the reader picked out: what it is and where it was said. */
export interface SlotValue {
  text: string;
  start: number;
  end: number;
}

/**
 * The facts a reply carries, found by their shape (digits, calendar words, capitals). What the
 * reply *does* comes from the trained classifier; these only say what it names.
 */
export interface FoundFacts {
  names: SlotValue[];
  numbers: SlotValue[];
  /** Numbers of years, months, weeks or days: how long, not how many minutes a call takes. */
  durations: SlotValue[];
  dates: SlotValue[];
  phone: SlotValue | null;
}

// A number starts only where no digit or separator precedes it, and its separators must be
// followed by digits, so no match runs into trailing punctuation and none can restart inside a
// long run of digits and commas: every pattern here stays linear on hostile input.
const DIGITS = '(?<![\\d.,])\\d+(?:[.,]\\d+)*';
/** Counted amounts only: "a few" or "several" are not checkable evidence. */
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million)';
const NUMBER = new RegExp(`[$£€]\\s?${DIGITS}\\s?(?:k|m|million|thousand)?\\b|${DIGITS}(?:\\s?(?:%|percent|k\\b))?|\\b${NUMBER_WORD}\\b`, 'giu');
const DURATION = new RegExp(`(?:${DIGITS}|\\b${NUMBER_WORD}(?:[\\s-]${NUMBER_WORD})?)[\\s-](?:years?|months?|weeks?|days?|yrs?)\\b`, 'giu');
const DATE =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:tomorrow|today|next week|next month|this week)\b|\bthe \d{1,2}(?:st|nd|rd|th)\b/giu;
const PHONE = /(?:\+?\d[\s.-]?){6,14}\d|\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s-]+){6,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/giu;
const CAPITALISED = /\b\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)*/gu;
/** After these a capitalised word is still the start of a sentence, not a name. */
const SENTENCE_OPENERS = new Set([
  'I',
  'In',
  'On',
  'At',
  'For',
  'As',
  'After',
  'Before',
  'Since',
  'Last',
  'Hi',
  'Hello',
  'Hey',
  'Good',
  'Thanks',
  'Thank',
  'Yes',
  'No',
  'Well',
  'So',
  'And',
  'But',
  'The',
  'This',
  'That',
  'It',
  'We',
  'You',
  'My',
  'Please',
  'Sorry',
  'Okay',
  'Ok',
  'Sure',
  'Of',
  'If',
  'What',
  'Why',
  'How',
  'When',
  'Is',
  'Are',
  'Do',
  'Can',
  'Could',
  'Would',
  'Dear',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
]);

function matches(pattern: RegExp, text: string, limit = 40): SlotValue[] {
  pattern.lastIndex = 0;
  const out: SlotValue[] = [];
  for (let match = pattern.exec(text); match && out.length < limit; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const trimmed = match[0].trimEnd();
    out.push({ text: trimmed, start: match.index, end: match.index + trimmed.length });
  }
  return out;
}

function overlaps(a: SlotValue, b: SlotValue): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Names: capitalised words that are not the first word of a sentence, nor someone to leave out. */
function namesIn(text: string, excluded: ReadonlySet<string>): SlotValue[] {
  return matches(CAPITALISED, text).flatMap((found) => {
    const first = /^\p{L}+/u.exec(found.text)?.[0] ?? '';
    const sentenceStart = found.start === 0 || /[.!?]\s*$/.test(text.slice(Math.max(0, found.start - 3), found.start));
    // Drop a sentence's opening word ("Thanks", "Hi"), keeping the rest exactly as written.
    const skip = sentenceStart && SENTENCE_OPENERS.has(first) ? (/^\p{L}+[\s-]+/u.exec(found.text)?.[0].length ?? found.text.length) : 0;
    const name = found.text.slice(skip);
    const words = name.split(/[\s-]+/).filter(Boolean);
    if (words.length === 0 || words.every((word) => SENTENCE_OPENERS.has(word))) return [];
    if (words.some((word) => excluded.has(word.toLowerCase()))) return [];
    return [{ text: name, start: found.start + skip, end: found.end }];
  });
}

/** The facts named in a reply. `excludedNames` are the manager's and company's own names. */
export function findFacts(text: string, excludedNames: readonly string[] = []): FoundFacts {
  const phone = matches(PHONE, text, 1)[0] ?? null;
  const durations = matches(DURATION, text);
  const dates = matches(DATE, text);
  const numbers = matches(NUMBER, text).filter((number) => !(phone && overlaps(number, phone)));
  const names = namesIn(text, new Set(excludedNames.flatMap((name) => name.toLowerCase().split(/[\s-]+/)).filter((word) => word.length > 1)));
  return { names, numbers, durations, dates, phone };
}

/** The facts of a reply that fall inside one clause. */
export function factsWithin(facts: FoundFacts, clause: Clause): SlotValue[] {
  const inside = (value: SlotValue) => value.start >= clause.start && value.end <= clause.end;
  const all = [...facts.durations, ...facts.names, ...facts.dates, ...facts.numbers.filter((number) => !facts.durations.some((duration) => overlaps(number, duration)))];
  return all.filter(inside).sort((a, b) => a.start - b.start);
}
