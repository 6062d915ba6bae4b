/**
 * Pagefind in the page: its engine (pagefind.js) and WebAssembly come in this script
 * (src/integrations/pagefind-engine.ts); its index is fetched from the built bundle when search is
 * first opened, with the site's ranking. It runs on the page's own thread (`noWorker`): Pagefind's
 * worker would add 12 KB and a second copy of the engine, and a search takes a few milliseconds
 * even over 5,000 entries. Only the newest query counts: an older one stops at its next step, and
 * fetches nothing more.
 */
import * as pagefindEngine from 'virtual:pagefind-engine';
import wasm from 'virtual:pagefind-wasm';
import type { PagefindFilterCounts, PagefindModule } from '../lib/pagefind-api.ts';
import { type Answer, answer } from '../lib/search-answer.ts';
import {
  EXCERPT_ELLIPSIS,
  EXCERPT_WORDS,
  SEARCH_LANGUAGE,
  SEARCH_RANKING,
  type SearchSettings,
  TYPING_PAUSE_MS,
} from '../lib/search-config.ts';
import { parseSpellingList, type SpellingList } from '../lib/spelling.ts';
import { serveOnceFromMemory } from './wasm-from-memory.ts';

export interface AskOptions {
  /** Filter name → value that every result must have. */
  filters: Record<string, string>;
  /** No spelling help: search the words as typed. */
  asTyped?: boolean;
  /** Search at once, not after the typing pause (a query from the address, a filter changed). */
  now?: boolean;
}

export interface SearchEngine {
  /** Starts fetching the engine and its index, so the first query does not wait for them. */
  warm(): void;
  /** The answer to `query`; undefined when a newer question came before it was ready. */
  ask(query: string, options: AskOptions): Promise<Answer | undefined>;
  /** Makes every pending answer stale (the box was emptied). */
  cancel(): void;
  /** Whether `answer` is still the newest (its results may be shown). */
  isCurrent(answer: Answer): boolean;
  /** Fetches every filter's values, so that answers from now on count them; the values for no query. */
  loadFilters(): Promise<PagefindFilterCounts>;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** An engine over the bundle the settings name. */
export function createSearchEngine(settings: SearchSettings): SearchEngine {
  let pagefind: Promise<PagefindModule> | undefined;
  let spelling: Promise<SpellingList> | undefined;
  let asked = 0;
  let current: { reply: Answer; id: number } | undefined;

  const load = () =>
    (pagefind ??= (async () => {
      const module: PagefindModule = pagefindEngine;
      serveOnceFromMemory(window, `${settings.bundlePath}wasm.${SEARCH_LANGUAGE}.pagefind`, wasm);
      await module.options({
        basePath: settings.bundlePath,
        baseUrl: settings.baseUrl,
        highlightParam: settings.highlightParam,
        excerptLength: EXCERPT_WORDS,
        excerptEllipsis: EXCERPT_ELLIPSIS,
        ranking: SEARCH_RANKING,
        noWorker: true,
      });
      await module.init();
      return module;
    })());

  const loadSpelling = () =>
    (spelling ??= fetch(settings.spellingUrl)
      .then((r) => (r.ok ? r.text() : ''))
      .then(parseSpellingList));

  return {
    warm: () => void load().catch(() => undefined),
    async ask(query, { filters, asTyped = false, now = false }) {
      const id = ++asked;
      const stale = () => id !== asked;
      if (!now) await pause(TYPING_PAUSE_MS);
      if (stale()) return undefined;
      const engine = await load();
      if (stale()) return undefined;
      const reply = await answer(query, { search: (q) => engine.search(q, { filters }), spelling: loadSpelling, stale, asTyped });
      if (reply) current = { reply, id };
      return reply;
    },
    cancel: () => void asked++,
    isCurrent: (reply) => current?.reply === reply && current.id === asked,
    loadFilters: async () => (await load()).filters(),
  };
}
