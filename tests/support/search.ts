/**
 * Searches a built index as the site's search does: Pagefind's own JavaScript API from its
 * pagefind.js, with the site's ranking (src/lib/search-config.ts), answering through
 * src/lib/search-answer.ts (spelling help and the built spelling list included) and reading each
 * result through src/lib/search-landing.ts, so the tests measure the links readers get and not a
 * copy of the site's logic. bench/search-tune.ts searches the same way.
 *
 * Pagefind loads its index with fetch(), which cannot read file: URLs, so the build is served on
 * 127.0.0.1 and Pagefind is pointed at it with `basePath`. Node cannot import a module over
 * http:, so pagefind.js itself is imported from its file; it runs on Node 24 as it is. Without a
 * `document`, Pagefind takes the language to be "unknown" and falls back to the index with the
 * most pages, which is our only one (English), so the same index and stemming are used. Each
 * search gets its own copy of the module, so several can run side by side.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindModule } from '../../src/lib/pagefind-api.ts';
import { answer } from '../../src/lib/search-answer.ts';
import {
  EXCERPT_ELLIPSIS,
  EXCERPT_WORDS,
  HIGHLIGHT_PARAM,
  SEARCH_FOLDER,
  SEARCH_RANKING,
  SPELLING_FILE,
} from '../../src/lib/search-config.ts';
import { landingsOf, resultView } from '../../src/lib/search-landing.ts';
import { parseSpellingList, type SpellingList } from '../../src/lib/spelling.ts';
import { serve } from '../../tools/serve.ts';
import { DIST, requireBuilt } from './dist.ts';

/** Results whose links are read: more than a reader looks at, fewer than every page. */
const RESULTS_READ = 10;

export interface Found {
  /** What was searched: the query, or the spelling the site used instead. */
  searched: string;
  /** The query, when another spelling was searched instead. */
  insteadOf: string | undefined;
  /** The links shown, best first: `/section/entry/#anchor`, or a page's URL. */
  locations: string[];
}

export interface Search {
  /** What the site answers to `query`; with `asTyped`, without spelling help. */
  find(query: string, options?: { asTyped?: boolean }): Promise<Found>;
  /** The links the answer to `query` shows, best first. */
  locations(query: string): Promise<string[]>;
  close(): Promise<void>;
}

/** A result URL without the `?highlight=` words Pagefind adds for the result page. */
export function withoutHighlight(url: string): string {
  const parsed = new URL(url, 'http://site.test');
  parsed.searchParams.delete(HIGHLIGHT_PARAM);
  return parsed.pathname + parsed.search + parsed.hash;
}

export interface StartOptions {
  /** The built site: dist/ by default. */
  dir?: string;
  /** Ranking options put over the site's (the tuning tool tries others). */
  ranking?: Record<string, unknown>;
}

/** Serves a build and loads its Pagefind with the site's options; `close()` stops both. */
export async function startSearch(options: StartOptions = {}): Promise<Search> {
  const dir = options.dir ?? DIST;
  requireBuilt(dir);
  const site = await serve(dir);
  const bundle = `${site.origin}/${SEARCH_FOLDER}/`;
  // A query string makes each start import its own copy: Pagefind keeps its state in the module.
  const module = `${pathToFileURL(join(dir, SEARCH_FOLDER, 'pagefind.js')).href}?${Math.random()}`;
  const pagefind = (await import(/* @vite-ignore */ module)) as PagefindModule;
  await pagefind.options({
    basePath: bundle,
    baseUrl: '/',
    highlightParam: HIGHLIGHT_PARAM,
    excerptLength: EXCERPT_WORDS,
    excerptEllipsis: EXCERPT_ELLIPSIS,
    ranking: { ...SEARCH_RANKING, ...options.ranking },
  });
  let spelling: Promise<SpellingList> | undefined;
  const loadSpelling = () =>
    (spelling ??= fetch(bundle + SPELLING_FILE)
      .then((r) => r.text())
      .then(parseSpellingList));

  const find: Search['find'] = async (query, { asTyped = false } = {}) => {
    const reply = await answer(query, { search: (q) => pagefind.search(q), spelling: loadSpelling, asTyped });
    if (!reply) throw new Error(`No answer to "${query}".`);
    const pages = await Promise.all(reply.found.results.slice(0, RESULTS_READ).map((r) => r.data()));
    const locations = pages.flatMap((p) => landingsOf(resultView(p)).map((l) => withoutHighlight(l.url)));
    return { searched: reply.searched, insteadOf: reply.insteadOf, locations };
  };
  return {
    find,
    locations: async (query) => (await find(query)).locations,
    async close() {
      await pagefind.destroy();
      await site.close();
    },
  };
}
