/**
 * Spelling help for search: the nearest words the site contains to a query it finds nothing for
 * ("Gafari" → "Ghafari", "Uzbekstan" → "Uzbekistan"). Pure; the list it reads is built from the
 * indexed words and the records' names (src/lib/spelling-list.ts) and fetched only when needed.
 *
 * Names are transliterated, so the distance between two spellings counts the usual variants as
 * half an edit: one vowel for another ("Hafez", "Hafiz"), a doubled or single letter ("Qassem",
 * "Qasem"), an h added or dropped ("Gafari", "Ghafari"), k for q or c. Any other letter added,
 * dropped or changed, or two neighbours swapped, is one edit. Hyphens, spaces and apostrophes do
 * not count. Longer words may be further off: see `allowance`.
 */

/** The list as the browser holds it: words (lowercase, most frequent first) and multi-word names. */
export interface SpellingList {
  words: readonly string[];
  names: readonly string[];
}

/** A word's letters and digits, lowercased, without accents: "Taliban’s" → "talibans". */
export function squash(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Reads the list file: one term a line; a line of letters and digits only is a word, any other a name. */
export function parseSpellingList(text: string): SpellingList {
  const lines = text.split('\n').filter(Boolean);
  return { words: lines.filter((l) => /^[\p{L}\p{N}]+$/u.test(l)), names: lines.filter((l) => !/^[\p{L}\p{N}]+$/u.test(l)) };
}

const VOWELS = 'aeiouy';
const ALIKE = ['kq', 'qk', 'kc', 'ck', 'cq', 'qc'];

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if ((VOWELS.includes(a) && VOWELS.includes(b)) || ALIKE.includes(a + b)) return 0.5;
  return 1;
}

/** The cost of adding or dropping the letter at `i` of `word`: half for an h or a doubled letter. */
function insertion(word: string, i: number): number {
  const c = word[i];
  return c === 'h' || c === word[i - 1] || c === word[i + 1] ? 0.5 : 1;
}

/**
 * How far `typed` is from `known` (both squashed), in edits as the module comment counts them. With
 * `prefix`, from the closest start of `known` instead ("Gafar" is half an edit from "Ghafari").
 */
export function spellingDistance(typed: string, known: string, prefix = false): number {
  const rows = typed.length + 1;
  const cols = known.length + 1;
  const d: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = 1; i < rows; i++) d[i]![0] = d[i - 1]![0]! + insertion(typed, i - 1);
  for (let j = 1; j < cols; j++) d[0]![j] = d[0]![j - 1]! + insertion(known, j - 1);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const a = typed[i - 1]!;
      const b = known[j - 1]!;
      let best = Math.min(
        d[i - 1]![j]! + insertion(typed, i - 1),
        d[i]![j - 1]! + insertion(known, j - 1),
        d[i - 1]![j - 1]! + substitution(a, b),
      );
      if (i > 1 && j > 1 && a === known[j - 2] && b === typed[i - 2] && a !== b) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  const last = d[rows - 1]!;
  return prefix ? Math.min(...last) : last[cols - 1]!;
}

/** How far a typed word of `length` letters may be from the word it is taken for. */
export function allowance(length: number): number {
  if (length < 4) return 0;
  if (length === 4) return 0.5;
  if (length <= 6) return 1;
  if (length <= 9) return 1.5;
  return 2;
}

/** Whether a query has a word long enough to respell (four letters or more). */
export function mayRespell(query: string): boolean {
  return query.split(/\s+/).some((t) => allowance(squash(t).length) > 0);
}

/** Whether Pagefind would find `word` as it is: a word of the list, or the start of one. */
function known(word: string, list: SpellingList): boolean {
  return list.words.some((w) => w.startsWith(word));
}

/** The closest word of the list to `typed` within its allowance, or undefined; ties go to the more frequent word. */
function nearestWord(typed: string, list: SpellingList): string | undefined {
  const limit = allowance(typed.length);
  let best: { word: string; cost: number } | undefined;
  for (const word of list.words) {
    // A word that `typed` starts is what Pagefind matched already: no other spelling.
    if (limit === 0 || word.startsWith(typed) || Math.abs(word.length - typed.length) > limit * 2 + 3) continue;
    const whole = spellingDistance(typed, word);
    const cost = typed.length >= 5 ? Math.min(whole, spellingDistance(typed, word, true) + 0.25) : whole;
    if (cost <= limit && (!best || cost < best.cost)) best = { word, cost };
  }
  return best?.word;
}

/** The closest multi-word name to the whole query, when it is long enough to tell names apart. */
function nearestName(query: string, list: SpellingList): string | undefined {
  const typed = squash(query);
  const limit = allowance(typed.length);
  if (typed.length < 7) return undefined;
  let best: { name: string; cost: number } | undefined;
  for (const name of list.names) {
    const cost = spellingDistance(typed, squash(name), true);
    if (cost > 0 && cost <= limit && (!best || cost < best.cost)) best = { name, cost };
  }
  return best?.name;
}

/** `word` with the capital of `like` when `like` starts with one. */
function caseLike(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * A query the site has words for, close to `query`, or undefined when there is none or nothing to
 * change. Words Pagefind finds as they are stay, unless listed in `weak` (words that found only
 * longer words, see weakWords): those are compared with whole words too. Words under four letters stay.
 */
export function suggestQuery(query: string, list: SpellingList, weak: ReadonlySet<string> = new Set()): string | undefined {
  const tokens = query.trim().split(/\s+/).filter(Boolean);
  const doubtful = new Set(
    tokens.filter((t) => {
      const s = squash(t);
      return s.length >= 4 && (weak.has(s) || !known(s, list));
    }),
  );
  if (doubtful.size === 0) return undefined;
  const parts = query.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const name = parts.length > 1 ? nearestName(query, list) : undefined;
  if (name) return name;
  const fixed = tokens.map((t) => (doubtful.has(t) ? respell(t, list) : t));
  const suggestion = fixed.join(' ');
  return suggestion === tokens.join(' ') ? undefined : suggestion;
}

/** A word the site has for `token`: its parts when hyphenated or run together ("West-Point", "Westpoint"), else the nearest word. */
function respell(token: string, list: SpellingList): string {
  const usable = (part: string) => part.length < 4 || known(part, list);
  const pieces = token
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map(squash);
  if (pieces.length > 1 && pieces.every(usable)) return token.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
  const s = squash(token);
  for (let i = 4; i <= s.length - 4; i++) {
    if (list.words.includes(s.slice(0, i)) && list.words.includes(s.slice(i))) return `${caseLike(s.slice(0, i), token)} ${s.slice(i)}`;
  }
  const word = nearestWord(s, list);
  return word ? caseLike(word, token) : token;
}

/**
 * The words of a query (five letters or more) that a search matched only weakly: no matched word
 * of the page is the word, or runs less than three letters past it, or shares a stem of four
 * letters or more with it. That is a word found only inside longer words ("Tajik" in "Tajikistan"),
 * or one Pagefind matched by a short piece of it ("Heart" by "he"). A search whose first result
 * matched only so is weak, and worth a spelling check.
 */
export function weakWords(query: string, matched: readonly string[]): string[] {
  const words = matched.map(squash);
  const stem = (a: string, b: string) => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n >= 4 && n >= Math.min(a.length, b.length) - 2;
  };
  return query
    .split(/\s+/)
    .map(squash)
    .filter(
      (t) =>
        t.length >= 5 && !words.some((m) => m === t || (m.startsWith(t) && m.length - t.length < 3) || (!m.startsWith(t) && stem(m, t))),
    );
}
