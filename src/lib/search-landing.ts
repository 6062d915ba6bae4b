/**
 * Where a search result leads, from Pagefind's data for one page. Pure: the search scripts render
 * it and the relevance tests rank by it, so the tests measure the links readers get.
 *
 * A result leads to the section of the page that holds the most of the searched words (ties keep
 * the page's order), not to the top of the page: an entry's title and the editors' summary sit
 * above its first section, and a word they repeat must not pull the reader away from the note's
 * own words. Up to two more sections with hits are listed under it. A page whose words are all
 * above its first section (or that has no sections) leads to its top.
 */
import type { PagefindResultData, PagefindSubResult } from './pagefind-api.ts';
import { SECTIONS_SHOWN } from './search-config.ts';

/** One link of a result: where it goes, its words, and its excerpt (Pagefind's HTML, see excerptParts). */
export interface Landing {
  url: string;
  title: string;
  excerpt: string;
}

export interface ResultView {
  /** What the page is part of ("Leadership", "People"), then the page's title when the link is to one of its sections. */
  context: string;
  /** The link the result leads to. */
  lead: Landing;
  /** Other sections of the same page that hold the words, best first. */
  more: Landing[];
}

const hasHash = (url: string) => new URL(url, 'http://site.invalid').hash !== '';

/** The sections of a page that hold the words, most hits first (a stable sort keeps the page's order for ties). */
function sectionsByHits(subs: readonly PagefindSubResult[]): PagefindSubResult[] {
  return subs.filter((s) => hasHash(s.url)).sort((a, b) => b.locations.length - a.locations.length);
}

/**
 * An excerpt without the heading it starts with: the link above it says it already. Pagefind
 * ends a heading with a full stop when it has none.
 */
function afterTitle(excerpt: string, title: string): string {
  const plain = excerpt.replace(/<\/?mark>/g, '');
  if (!title || !plain.startsWith(title)) return excerpt;
  // Drop the title's words, marks included, then the stop and space after it.
  let seen = 0;
  let i = 0;
  while (i < excerpt.length && seen < title.length) {
    const tag = /^<\/?mark>/.exec(excerpt.slice(i));
    i += tag ? tag[0].length : 1;
    if (!tag) seen++;
  }
  const rest = excerpt.slice(i).replace(/^(<\/mark>)?[.:]?\s*/, '');
  return rest.replace(/<\/?mark>/g, '').trim() ? rest : excerpt;
}

/** How one page found by a search is shown; see the module comment. */
export function resultView(data: PagefindResultData): ResultView {
  const title = data.meta['title'] ?? data.url;
  const part = data.meta['section'] ?? '';
  const [lead, ...more] = sectionsByHits(data.sub_results)
    .slice(0, SECTIONS_SHOWN)
    .map((s) => ({ url: s.url, title: s.title, excerpt: afterTitle(s.excerpt, s.title) }));
  if (!lead) return { context: part, lead: { url: data.url, title, excerpt: afterTitle(data.excerpt, title) }, more: [] };
  return { context: part ? `${part} · ${title}` : title, lead, more };
}

/** Every link a result shows, in the order a reader meets them. */
export function landingsOf(view: ResultView): Landing[] {
  return [view.lead, ...view.more];
}

/** A piece of an excerpt: plain text, or searched words to mark. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * An excerpt as pieces of text, for building it with text nodes rather than as HTML. Pagefind wraps
 * the searched words in <mark> and escapes `<` and `>` in the page's text (nothing else).
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt.split(/(<\/?mark>)/).reduce<{ parts: ExcerptPart[]; marked: boolean }>(
    ({ parts, marked }, piece) => {
      if (piece === '<mark>' || piece === '</mark>') return { parts, marked: piece === '<mark>' };
      const text = piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
      return { parts: text ? [...parts, { text, marked }] : parts, marked };
    },
    { parts: [], marked: false },
  ).parts;
}

/** The words of a page that a search matched, lowercased and without the punctuation around them. */
export function matchedWords(data: Pick<PagefindResultData, 'content' | 'locations'>): string[] {
  const words = data.content.split(/[^\S\uFEFF]+/);
  const found = data.locations.map((l) => (words[l] ?? '').toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return [...new Set(found.filter(Boolean))];
}
