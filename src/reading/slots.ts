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

// Every pattern here is linear: no nested quantifiers and no look-behind over unbounded runs.
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|a couple of|a few|several)';
const NUMBER = new RegExp(`[$£€]\\s?\\d[\\d,.]*\\s?(?:k|m|million|thousand)?\\b|\\b\\d[\\d,.]*(?:\\s?(?:%|percent|k\\b))?|\\b${NUMBER_WORD}\\b`, 'giu');
const DURATION = new RegExp(`(?:\\b\\d[\\d,.]*|\\b${NUMBER_WORD}(?:[\\s-]${NUMBER_WORD})?)[\\s-](?:years?|months?|weeks?|days?|yrs?)\\b`, 'giu');
const DATE = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:tomorrow|today|next week|next month|this week)\b|\bthe \d{1,2}(?:st|nd|rd|th)\b/giu;
const PHONE = /(?:\+?\d[\s.-]?){7,14}\d|\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s-]+){6,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/giu;
const CAPITALISED = /\b\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)*/gu;
/** After these a capitalised word is still the start of a sentence, not a name. */
const SENTENCE_OPENERS = new Set(['I', 'Hi', 'Hello', 'Hey', 'Good', 'Thanks', 'Thank', 'Yes', 'No', 'Well', 'So', 'And', 'But', 'The', 'This', 'That', 'It', 'We', 'You', 'My', 'Please', 'Sorry', 'Okay', 'Ok', 'Sure', 'Of', 'If', 'What', 'Why', 'How', 'When', 'Is', 'Are', 'Do', 'Can', 'Could', 'Would', 'Dear', 'Mr', 'Ms', 'Mrs', 'Dr']);

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
    const words = found.text.split(/[\s-]/);
    const first = words[0] as string;
    const sentenceStart = found.start === 0 || /[.!?]\s*$/.test(text.slice(Math.max(0, found.start - 3), found.start));
    const kept = sentenceStart && SENTENCE_OPENERS.has(first) ? words.slice(1) : words;
    if (kept.length === 0 || kept.every((word) => SENTENCE_OPENERS.has(word))) return [];
    const name = kept.join(' ');
    if ([...excluded].some((other) => other.includes(name.toLowerCase()))) return [];
    const start = found.start + found.text.indexOf(name);
    return [{ text: name, start, end: start + name.length }];
  });
}

/** The facts named in a reply. `excludedNames` are the manager's and company's own names. */
export function findFacts(text: string, excludedNames: readonly string[] = []): FoundFacts {
  const phone = matches(PHONE, text, 1)[0] ?? null;
  const durations = matches(DURATION, text);
  const dates = matches(DATE, text);
  const numbers = matches(NUMBER, text).filter((number) => !(phone && overlaps(number, phone)));
  const names = namesIn(text, new Set(excludedNames.map((name) => name.toLowerCase())));
  return { names, numbers, durations, dates, phone };
}

/** The facts of a reply that fall inside one clause. */
export function factsWithin(facts: FoundFacts, clause: Clause): SlotValue[] {
  const inside = (value: SlotValue) => value.start >= clause.start && value.end <= clause.end;
  const all = [...facts.durations, ...facts.names, ...facts.dates, ...facts.numbers.filter((number) => !facts.durations.some((duration) => overlaps(number, duration)))];
  return all.filter(inside).sort((a, b) => a.start - b.start);
}
