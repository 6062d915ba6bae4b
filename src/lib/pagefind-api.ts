/**
 * The parts of Pagefind's browser API (pagefind.js, 1.6) that the site's search uses, typed from
 * its source: Pagefind ships no types for it. The search scripts and the tests both drive it.
 */

/** A section of a page that holds searched words: one per heading with an id, after the first. */
export interface PagefindSubResult {
  /** The heading's text; the page's title for the part above the first heading. */
  title: string;
  /** The page's URL with `#id` (and the highlight parameter); the page's own URL above the first heading. */
  url: string;
  /** The section's text around the searched words; they are wrapped in <mark>, `<` and `>` escaped. */
  excerpt: string;
  /** Where the searched words are, as word positions in the page's text: one per hit. */
  locations: number[];
}

/** What `result.data()` gives: the page's fragment, with its excerpts for this search. */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  /** `title` (the page's h1), and `section` from SearchMeta.astro. */
  meta: Record<string, string | undefined>;
  /** The parts of the page that hold searched words, in the order of the page. */
  sub_results: PagefindSubResult[];
  /** Where the searched words are in `content`, as word positions. */
  locations: number[];
}

/** One page found by a search; its data (a fragment file) is fetched only when asked for. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** Filter name → value → how many pages; only for the filters loaded (see `filters()`). */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  /** Every page found, best first. */
  results: PagefindResult[];
  /** How many pages the words found before filters were applied. */
  unfilteredResultCount: number;
  /** For each loaded filter, how many of the results have each value. */
  filters: PagefindFilterCounts;
  /** The same, before the search's filters are applied: what each value would give. */
  totalFilters: PagefindFilterCounts;
}

/** A search's options: the filters (name → value) every result must have. */
export interface PagefindSearchOptions {
  filters?: Record<string, string>;
}

/** The module pagefind.js exports. */
export interface PagefindModule {
  /** Options read at start-up (`basePath`, `noWorker`, `ranking`...) must be set before `init()`. */
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  /** Loads every filter's data, so that later searches count their values; returns all the values. */
  filters(): Promise<PagefindFilterCounts>;
  destroy(): Promise<void>;
}
