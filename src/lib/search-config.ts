/**
 * How the site searches, shared by the indexing integration, the search scripts and the tests, so
 * the tests measure what readers get. The ranking and the records' weight were chosen with
 * `npm run bench:search-tune` on bench/search-tuning.json, never on the sets the tests assert.
 */
import { normalizeBase } from './base-path.ts';

/** Pagefind's search-time ranking (its `ranking` option). */
export const SEARCH_RANKING = {
  /** How much a page's length counts against it (0–1); our entries are short and even. */
  pageLength: 0.75,
  /** How fast repeated words stop adding (0–1). */
  termFrequency: 1.0,
  /** How much rare words count over common ones. */
  termSimilarity: 1.0,
  /** How strongly word saturation applies. */
  termSaturation: 1.4,
  /**
   * Extra weight of a match in a page's title (Pagefind's default is 5). None: at 5 a record page
   * titled "Salafism" comes before the section where the note says it, and on the tuning set no
   * weight did better than none.
   */
  metaWeights: { title: 0 },
} as const;

/**
 * How much the words of a record page (people, organizations, places, glossary) count, against 1
 * for an entry's (Pagefind's `data-pagefind-weight`, 0–10). Record pages are the editors' words
 * about what the note says, so a name finds the section where the note says it first.
 */
export const RECORD_WEIGHT = 0.1;

/**
 * Pagefind splits its index into chunks by word, and a search fetches the chunks its words fall in.
 * Its default (20,000 word positions) puts this whole site in one chunk of 15 KB; this size keeps a
 * chunk near 3 KB. Pagefind 1.6 reads it from the environment variable
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (src/integrations/pagefind.ts); tests/browser/search-budget.test.ts
 * notices if a later Pagefind ignores it.
 */
export const INDEX_CHUNK_SIZE = 2000;

/** The query parameter that carries searched words to the result page, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Words of text around the searched words in a result's excerpt (Pagefind's default is 30). */
export const EXCERPT_WORDS = 40;

/** What marks an excerpt that starts or ends inside its section's text. */
export const EXCERPT_ELLIPSIS = '…';

/**
 * Results shown at first, and added by each press of "More results". Each result is a fragment
 * file to fetch; with its sections listed (SECTIONS_SHOWN), three pages fill the dialog, and a
 * first search stays at seven requests (the interface, Pagefind's entry, meta and one index chunk,
 * and three fragments), fewer than the peer's eight (BENCHMARKS.md).
 */
export const RESULTS_SHOWN = 3;

/** Sections of one page listed under its result: the one it leads to and up to two more. */
export const SECTIONS_SHOWN = 3;

/** Milliseconds without typing before a query is searched; a key pressed sooner replaces it. */
export const TYPING_PAUSE_MS = 20;

/** Queries shorter than this (in characters, spaces aside) are not searched. */
export const MIN_QUERY_LENGTH = 2;

/**
 * The pages search indexes, below the build's folder: the profile's entries and the record pages,
 * in one index. Only their `data-pagefind-body` element is indexed.
 */
export const INDEXED_PAGES = '{base,leadership,ideology,operations,people,organizations,places,glossary}/**/*.html';

/**
 * The language Pagefind indexes the site in (its stemming), and whose WebAssembly the search
 * interface carries (src/integrations/pagefind-engine.ts).
 */
export const SEARCH_LANGUAGE = 'en';

/** Where the site's search files are, below the site's base path. */
export const SEARCH_FOLDER = 'pagefind';

/** The spelling list (src/lib/spelling-list.ts), written beside Pagefind's files. */
export const SPELLING_FILE = 'spelling.txt';

/** What a page's scripts need to search (src/client/search-settings.ts). */
export interface SearchSettings {
  /** Pagefind's bundle, under the base path: `/pagefind/`. */
  bundlePath: string;
  /** The site's base path, which result URLs start with. */
  baseUrl: string;
  /** The spelling list's URL. */
  spellingUrl: string;
  highlightParam: string;
}

/** The settings for a site served under `base` ("/" or "/isk/"). */
export function searchSettings(base: string): SearchSettings {
  const root = normalizeBase(base);
  return {
    bundlePath: `${root}${SEARCH_FOLDER}/`,
    baseUrl: root,
    spellingUrl: `${root}${SEARCH_FOLDER}/${SPELLING_FILE}`,
    highlightParam: HIGHLIGHT_PARAM,
  };
}
