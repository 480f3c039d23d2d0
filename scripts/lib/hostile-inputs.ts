/**
 * Text built to make a careless regular expression or parser slow: long runs of every Unicode
 * space, line break, zero-width character and punctuation mark, alone and between words. Every
 * pattern that sees user text must stay linear on these; `npm run bench` times each one.
 */
const SPACES = [
  '\u0020',
  '\u00A0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200A',
  '\u202F',
  '\u205F',
  '\u3000',
  '\t',
  '\v',
  '\f',
];
const BREAKS = ['\n', '\r', '\r\n', '\u0085', '\u2028', '\u2029'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
const PUNCTUATION = ['.', ',', '!', '?', ';', ':', '-', '—', '–', '…', "'", '"', '’', '“', '(', ')', '[', ']', '/', '\\', '*', '#', '%', '$', '0', '1'];

/** A named hostile input. */
export interface HostileInput {
  name: string;
  text: string;
}

function codeOf(character: string): string {
  return [...character].map((each) => `U+${(each.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/** Every hostile shape for every character, each about `length` characters long. */
export function hostileInputs(length = 60_000): HostileInput[] {
  const inputs: HostileInput[] = [];
  for (const character of [...SPACES, ...BREAKS, ...INVISIBLE, ...PUNCTUATION]) {
    const run = character.repeat(Math.ceil(length / character.length));
    inputs.push({ name: `"." + ${codeOf(character)} × ${run.length} + "Abc"`, text: `.${run}Abc` });
    inputs.push({ name: `words between ${codeOf(character)} runs`, text: `I ${run.slice(0, length / 2)} was ${run.slice(0, length / 2)} fired` });
    inputs.push({ name: `${codeOf(character)} alternating with a letter`, text: `${character}a`.repeat(length / 2) });
  }
  inputs.push({ name: 'one 60,000-letter word', text: 'a'.repeat(length) });
  inputs.push({ name: 'digits and separators', text: '1,2.3-4/5 '.repeat(length / 10) });
  return inputs;
}
