/**
 * Text as the reader sees it: typed or transcribed, with curly quotes straightened and case folded.
 * Every function here keeps offsets into the original reply, so a finding can point at its words.
 */

/** One word of a reply with its place in the original text. */
export interface Token {
  /** Lower-cased, apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
}

// Linear: one character class with a bounded-free but backtrack-free repetition.
const TOKEN_PATTERN = /[\p{L}\p{N}$£€]+(?:['’.,][\p{L}\p{N}]+)*%?/gu;

/** The words of a text, in order, with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match; match = TOKEN_PATTERN.exec(text)) {
    tokens.push({ norm: match[0].toLowerCase().replace(/’/g, "'"), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Words a speech recogniser leaves in that carry no meaning, for the spoken form of a text. */
const SPOKEN_FILLERS = ['um', 'uh', 'you know', 'like', 'i mean', 'so', 'er', 'well'];

/**
 * The same words as a speech recogniser would write them: lower case, no punctuation, and now
 * and then a filler. Deterministic in `seed`, so evaluation on the spoken form is repeatable.
 */
export function toSpokenForm(text: string, seed: number): string {
  let state = seed >>> 0 || 1;
  const draw = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const words = tokenize(text).map((token) => token.norm.replace(/[.,](?=\d)/g, '').replace(/[$£€%]/g, ''));
  const out: string[] = [];
  for (const word of words) {
    if (word.length === 0) continue;
    if (draw() < 0.08) out.push(SPOKEN_FILLERS[Math.floor(draw() * SPOKEN_FILLERS.length)] as string);
    out.push(word);
    if (draw() < 0.03) out.push(word);
  }
  return out.join(' ');
}
