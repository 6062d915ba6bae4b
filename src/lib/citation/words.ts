/**
 * A title as words: each with its punctuation apart, and which of them belong to a name. Title
 * case, sentence case and BibTeX's case protection all read a title this way, so they agree on
 * what a word and a name are.
 */

/** One word of a title, split from the punctuation around it. */
export interface Token {
  /** The word as written, with its punctuation. */
  raw: string;
  /** Punctuation before the word: "(" of "(IS-K):". */
  lead: string;
  /** The word itself, without a possessive "’s". */
  core: string;
  /** Everything after the core: "):" of "(IS-K):", "’s" of "Taliban’s". */
  tail: string;
}

/**
 * Words that title case leaves in lowercase unless first, last or after a colon: articles,
 * coordinating conjunctions, and prepositions of any length (CMOS 17, 8.159; MLA 9, 1.2.1).
 */
export const MINOR_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'for',
  'nor',
  'on',
  'at',
  'to',
  'by',
  'in',
  'of',
  'up',
  'as',
  'vs.',
  'against',
  'among',
  'beyond',
  'from',
  'into',
  'since',
  'under',
  'versus',
  'via',
  'with',
  'within',
  'without',
]);

/** Splits a title at spaces, each word into its leading punctuation, the word and what follows. */
export function tokenize(title: string): Token[] {
  return title
    .split(' ')
    .filter((raw) => raw !== '')
    .map((raw) => {
      const m = /^([(“"‘'[]*)(.*?)((?:[’']s)?[)”"’'\],:;.!?]*)$/u.exec(raw)!;
      return { raw, lead: m[1]!, core: m[2]!, tail: m[3]! };
    });
}

/** Which tokens belong to one of the proper nouns, matched as whole words, longest first. */
export function properMask(tokens: readonly Token[], properNouns: readonly string[]): boolean[] {
  const phrases = properNouns.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
  const mask = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phrases.find((words) => words.every((w, j) => tokens[i + j]?.core === w));
    // A phrase ends where punctuation other than a possessive breaks it ("Khorasan (IS-K)" is two).
    if (phrase) phrase.forEach((_, j) => (mask[i + j] = true));
  }
  return mask;
}

/** A capital after the first letter marks an acronym or a name as written: "IS-K", "TTP", "US". */
export function hasInnerCapital(word: string): boolean {
  return /\p{Lu}/u.test(word.replace(/^\P{L}*\p{L}/u, ''));
}

/** "of", "against", and "vs." (whose period the tokenizer puts in the tail). */
export function isMinor(word: string): boolean {
  const w = word.toLowerCase();
  return MINOR_WORDS.has(w) || MINOR_WORDS.has(`${w}.`);
}
