/**
 * The spelling list that search reads when a query finds nothing (src/lib/spelling.ts), built at
 * build time. Pure: given the text of every indexed page (as Pagefind indexed it) and the records'
 * names and aliases. One term a line:
 * - the multi-word names, as written ("Hafiz Saeed Khan", "Lashkar-e Islam"), so a query can be
 *   matched as a whole;
 * - then every indexed word of four letters or more, lowercased and without accents, the words on
 *   the most pages first (ties alphabetical), so the likelier of two equally close words wins.
 * Shorter words are left out: a typo in them cannot be told from another word.
 */
import { squash } from './spelling.ts';

/** Splits a text into squashed words (see squash). */
function wordsOf(text: string): string[] {
  return text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(squash)
    .filter((w) => w.length >= 4 && !/^\p{N}+$/u.test(w));
}

/** The list's text; see the module comment. */
export function spellingListText(pages: Iterable<string>, names: Iterable<string>): string {
  const pagesWith = new Map<string, number>();
  for (const text of pages) {
    for (const word of new Set(wordsOf(text))) pagesWith.set(word, (pagesWith.get(word) ?? 0) + 1);
  }
  const words = [...pagesWith].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const seen = new Set<string>();
  const multi = [...names]
    .map((n) => n.trim().replace(/\s+/g, ' '))
    .filter((n) => /[^\p{L}\p{N}]/u.test(n) && squash(n).length >= 4)
    .filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()))
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return [...multi, ...words].join('\n') + '\n';
}
