/**
 * What the search benchmarks measure, for any built folder and either search interface (ours, or
 * the peer's: Starlight's, Pagefind's Default UI): open a reading page in a fresh browser context
 * (empty cache), open search with Ctrl+K and type a query letter by letter; the time from the last
 * keystroke to the results of the whole query on screen, and every file fetched from the moment
 * search opens until the network is quiet, counted as a gzip-ing host sends it.
 * bench/search.ts and bench/scale.ts both use it.
 */
import type { Browser, Page } from 'playwright-core';
import { sentBytes } from '../../tools/page-weight.ts';

/** Where an interface's parts are, as CSS selectors. */
export interface SearchUi {
  name: string;
  /** The search box, once search is open. */
  input: string;
  /** The line that names the query whose results are shown. */
  summary: string;
  /** A result's link. */
  result: string;
}

/** Ours: the header's dialog (SearchPanel.astro). */
export const OUR_SEARCH: SearchUi = {
  name: 'ours',
  input: 'dialog.search-dialog [data-search-input]',
  summary: 'dialog.search-dialog [data-search-count]',
  result: 'dialog.search-dialog [data-search-results] a',
};

/** Starlight 0.42's dialog, around Pagefind's Default UI. */
export const STARLIGHT_SEARCH: SearchUi = {
  name: 'Starlight',
  input: 'dialog .pagefind-ui__search-input',
  summary: 'dialog .pagefind-ui__message',
  result: 'dialog .pagefind-ui__result-link',
};

/**
 * Types `query` into the open search box and returns the milliseconds from the last keystroke to
 * the results of the whole query on screen: the summary names the query and a result link is shown.
 */
export async function timeQuery(page: Page, query: string, ui: SearchUi = OUR_SEARCH): Promise<number> {
  const input = page.locator(ui.input);
  await input.fill('');
  await page.waitForFunction((sel) => !document.querySelector(sel), ui.result);
  await input.pressSequentially(query.slice(0, -1));
  await page.evaluate(
    ({ q, summary, result }) => {
      const w = window as unknown as { __t0: number; __t1: Promise<number> };
      w.__t1 = new Promise((done) => {
        const check = () => {
          const text = document.querySelector(summary)?.textContent ?? '';
          if (w.__t0 && text.includes(q) && document.querySelector(result)) {
            observer.disconnect();
            done(performance.now());
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      addEventListener('keydown', () => (w.__t0 = performance.now()), { once: true, capture: true });
    },
    { q: query, summary: ui.summary, result: ui.result },
  );
  await input.press(query.slice(-1));
  return page.evaluate(async () => {
    const w = window as unknown as { __t0: number; __t1: Promise<number> };
    return (await w.__t1) - w.__t0;
  });
}

export interface Fetched {
  path: string;
  bytes: number;
}

export interface FirstSearch {
  ms: number;
  /** Every file fetched from opening search until the network was quiet after the results. */
  fetched: Fetched[];
  /** Their bytes, in all. */
  total: number;
}

/** Bytes of a list of fetched files. */
export const bytesOf = (files: readonly Fetched[]): number => files.reduce((n, f) => n + f.bytes, 0);

/** One first search, in a fresh context (empty cache), on the site `root` served at `origin`. */
export async function firstSearch(
  browser: Browser,
  origin: string,
  root: string,
  query: string,
  { ui = OUR_SEARCH, start = '/leadership/founding/' }: { ui?: SearchUi; start?: string } = {},
): Promise<FirstSearch & { page: Page; second: (query: string) => Promise<FirstSearch>; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${origin}${start}`, { waitUntil: 'networkidle' });
  const measure = async (q: string): Promise<FirstSearch> => {
    fetched = [];
    const ms = await timeQuery(page, q, ui);
    await page.waitForLoadState('networkidle');
    const files = fetched.map((path) => ({ path, bytes: sentBytes(root, path) }));
    return { ms, fetched: files, total: bytesOf(files) };
  };
  fetched = [];
  await page.keyboard.press('Control+k');
  const opened = fetched;
  const first = await measure(query);
  first.fetched.unshift(...opened.map((path) => ({ path, bytes: sentBytes(root, path) })));
  first.total = bytesOf(first.fetched);
  return { ...first, page, second: measure, close: () => context.close() };
}
