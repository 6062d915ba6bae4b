/**
 * Searches the built index as the site's search does: Pagefind's own JavaScript API from
 * dist/pagefind/pagefind.js, with the site's ranking (src/lib/search-config.ts), so the relevance
 * tests measure what readers get and not a copy of Pagefind's logic.
 *
 * Pagefind loads its index with fetch(), which cannot read file: URLs, so dist/ is served on
 * 127.0.0.1 and Pagefind is pointed at it with `basePath`. Node cannot import a module over
 * http:, so pagefind.js itself is imported from its file; it runs on Node 24 as it is. Without a
 * `document`, Pagefind takes the language to be "unknown" and falls back to the index with the
 * most pages, which is our only one (English), so the same index and stemming are used.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HIGHLIGHT_PARAM, SEARCH_RANKING } from '../../src/lib/search-config.ts';
import { RECORDS_INDEX_WEIGHT } from '../../src/lib/search-bundles.ts';
import { serve } from '../../tools/serve.ts';
import { DIST, requireBuilt } from './dist.ts';

/** The parts of Pagefind's API and result data that the tests read (Pagefind 1.6). */
interface SubResult {
  url: string;
  /** Where the section's matching words are: one entry per hit. */
  locations: number[];
}
interface ResultData {
  url: string;
  sub_results: SubResult[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
  destroy(): Promise<void>;
}

/** How many sub-results Pagefind's Component UI shows under a page (its default, and ours). */
export const SUB_RESULTS_SHOWN = 3;

export interface Search {
  /** The locations a query finds, best first: `/section/entry/#anchor`, or a page's URL. */
  locations(query: string): Promise<string[]>;
  close(): Promise<void>;
}

/** A result URL without the `?highlight=` words Pagefind adds for the result page. */
export function withoutHighlight(url: string): string {
  const parsed = new URL(url, 'http://site.test');
  parsed.searchParams.delete(HIGHLIGHT_PARAM);
  return parsed.pathname + parsed.search + parsed.hash;
}

/**
 * The locations one page result stands for, in the order we rank them.
 *
 * Pagefind's API gives a page's sub-results in document order (it sorts sections by their place
 * on the page, not by relevance), one per section with a hit, plus a first one for the page's
 * own URL when words match above the first heading with an id (title and summary).
 *
 * The Component UI shows one card per page, in Pagefind's page order (the only order that the
 * ranking settings change). On each card it drops that first page-URL sub-result (the card's
 * title already links there) and shows at most three sections: those with the most hits, laid
 * out in document order. So a reader sees the top card's sections together, and we rank them as
 * Pagefind itself prioritises them, by hits (ties keep document order); ranking them by document
 * order would make "first" mean "earliest in the note", which no search setting can change.
 * A card with no section left stands for its page.
 */
export function locationsOf(page: ResultData): string[] {
  const pageUrl = withoutHighlight(page.url);
  const sections = page.sub_results.filter((sub) => withoutHighlight(sub.url) !== pageUrl);
  if (sections.length === 0) return [pageUrl];
  return [...sections]
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, SUB_RESULTS_SHOWN)
    .map((sub) => withoutHighlight(sub.url));
}

/** Serves dist/ and loads its Pagefind with the site's options; `close()` stops both. */
export async function startSearch(): Promise<Search> {
  requireBuilt();
  const site = await serve(DIST);
  const module = pathToFileURL(join(DIST, 'pagefind', 'pagefind.js')).href;
  const pagefind = (await import(/* @vite-ignore */ module)) as PagefindApi;
  await pagefind.options({
    basePath: `${site.origin}/pagefind/`,
    baseUrl: '/',
    highlightParam: HIGHLIGHT_PARAM,
    ranking: SEARCH_RANKING,
  });
  // As the site does: the record pages' index merged in with a lower weight.
  await pagefind.mergeIndex(`${site.origin}/pagefind-records/`, { indexWeight: RECORDS_INDEX_WEIGHT });
  return {
    async locations(query) {
      const search = await pagefind.search(query);
      const pages = await Promise.all((search?.results ?? []).map((result) => result.data()));
      return pages.flatMap(locationsOf);
    },
    async close() {
      await pagefind.destroy();
      await site.close();
    },
  };
}
