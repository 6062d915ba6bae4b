/**
 * The 404 page's "closest pages": pure scoring, shared by the page's script and the tests.
 *
 * Every page is a row of its site path, its title and its words (path segments and title words,
 * plus a record's other names; lowercased, deduplicated). The words of the address asked for are
 * matched against each page's words:
 * - the same word counts 1;
 * - a word that starts the other, for words of 4 letters or more, counts 0.75
 *   ("leader" and "leadership");
 * - a word one typo away (one letter changed, added, dropped, or two neighbours swapped), for
 *   words of 5 letters or more, counts 0.75 ("nangrahar" and "nangarhar").
 * Each asked-for word adds its best match on the page, weighted by how rare the word is among the
 * pages (log(1 + pages / pages that match it)), so "ghafari" outweighs "leadership".
 * A word that matches no page adds nothing; an address none of whose words match gets no pages.
 */

/** [site path without the base, title, words joined by spaces]. */
export type PageRow = [path: string, title: string, words: string];

/** Words that name no page: articles and the like, and file-name debris. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'html',
  'htm',
  'php',
  'www',
]);

/** The words of a text or a path: lowercased, split on anything not a letter or digit, deduplicated. */
export function wordsOf(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

/** A page's row for the list the 404 page embeds. */
export function pageRow(path: string, title: string, otherNames: readonly string[] = []): PageRow {
  return [path, title, wordsOf([path, title, ...otherNames].join(' ')).join(' ')];
}

/** Whether two words of the same length or one apart are one typo apart (`s` not longer). */
function oneTypoApart(s: string, l: string): boolean {
  if (l.length - s.length > 1) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (s.length < l.length) return s.slice(i) === l.slice(i + 1);
  return s.slice(i + 1) === l.slice(i + 1) || (s[i] === l[i + 1] && s[i + 1] === l[i] && s.slice(i + 2) === l.slice(i + 2));
}

/** How well an asked-for word matches a page's word: 1, 0.75 or 0. */
export function closeness(a: string, b: string): number {
  if (a === b) return 1;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 4 && l.startsWith(s)) return 0.75;
  if (s.length >= 5 && oneTypoApart(s, l)) return 0.75;
  return 0;
}

/**
 * The pages closest to an address, best first; none if nothing matches. Of pages that score the
 * same, the one with fewer words (the page about the thing) comes first, then the list's order.
 */
export function suggest(askedPath: string, pages: readonly PageRow[], limit = 5): PageRow[] {
  const lists = pages.map((p) => p[2].split(' '));
  const scores = pages.map(() => 0);
  for (const asked of wordsOf(askedPath)) {
    const best = lists.map((words) => Math.max(0, ...words.map((w) => closeness(asked, w))));
    const matching = best.filter((b) => b > 0).length;
    if (matching === 0) continue;
    const weight = Math.log(1 + pages.length / matching);
    best.forEach((b, i) => (scores[i] = (scores[i] ?? 0) + b * weight));
  }
  return pages
    .map((page, i) => ({ page, score: scores[i] ?? 0, size: lists[i]?.length ?? 0 }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.size - b.size)
    .slice(0, limit)
    .map((s) => s.page);
}
