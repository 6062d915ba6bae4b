/**
 * Title case (Chicago, MLA) and sentence case (APA). Names are never guessed at: a word keeps its
 * capitals when it belongs to one of the proper nouns given, or is written with an inner capital.
 */
import { hasInnerCapital, isMinor, properMask, tokenize, type Token } from './words.ts';

/** The first word of a title, or of a subtitle after a colon, question or exclamation mark. */
function startsPart(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /[:?!]$/.test(tokens[i - 1]!.raw);
}

/** Upper-cases the first letter, whatever punctuation comes before it. */
export function capitalize(word: string): string {
  return word.replace(/\p{L}/u, (c) => c.toUpperCase());
}

/**
 * Headline-style capitals for Chicago and MLA: every word capitalised except minor words in the
 * middle; names and acronyms are kept exactly as written. Never lowercases a word, so "IS-K" and
 * "US" survive.
 */
export function titleCase(title: string, properNouns: readonly string[]): string {
  const tokens = tokenize(title);
  const proper = properMask(tokens, properNouns);
  return tokens
    .map((t, i) => {
      if (proper[i] || hasInnerCapital(t.core)) return t.raw;
      const edge = startsPart(tokens, i) || i === tokens.length - 1;
      if (!edge && isMinor(t.core)) return t.raw.toLowerCase();
      // Each part of a hyphenated compound is capitalised, except minor words ("Self-Made", "Up-to-Date").
      const core = t.core
        .split('-')
        .map((part, j) => (j > 0 && isMinor(part) ? part : capitalize(part)))
        .join('-');
      return t.lead + core + t.tail;
    })
    .join(' ');
}

/**
 * APA's sentence case: capitals only for the first word, the first word after a colon, and names.
 * A word is lowered only when it is neither one of the proper nouns nor written with an inner
 * capital, so names are never guessed at.
 */
export function sentenceCase(title: string, properNouns: readonly string[]): string {
  const tokens = tokenize(title);
  const proper = properMask(tokens, properNouns);
  return tokens
    .map((t, i) => {
      if (startsPart(tokens, i)) return capitalize(t.raw);
      if (proper[i] || hasInnerCapital(t.core)) return t.raw;
      return t.raw.toLowerCase();
    })
    .join(' ');
}
