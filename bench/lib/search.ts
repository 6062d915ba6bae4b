/**
 * What bench/search.ts measures, for any built folder: open a reading page in a fresh browser
 * context, open search with Ctrl+K, type a query; time from the last keystroke to the first
 * result on screen, and the bytes fetched meanwhile, counted as gzip would send them.
 * bench/search.ts (for dist/) and the scale benchmark both use it.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { fileIn } from '../../tools/site-files.ts';

/** Bytes of a served file as a gzip-ing host would send it (Pagefind's files are gzip already). */
export function sentBytes(root: string, urlPath: string): number {
  const raw = readFileSync(fileIn(root, urlPath));
  return Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
}

/**
 * Types `query` into the open search dialog and returns the milliseconds from the last keystroke
 * to the results of the whole query on screen (the summary names the query and a result link is
 * rendered), as bench/search.ts does.
 */
export async function timeQuery(page: Page, query: string): Promise<number> {
  const input = page.locator('pagefind-modal dialog').getByRole('searchbox');
  await input.fill('');
  await page.waitForFunction(() => !document.querySelector('pagefind-modal .pf-result-link'));
  await input.pressSequentially(query.slice(0, -1));
  await page.evaluate((q) => {
    const w = window as unknown as { __t0: number; __t1: Promise<number> };
    w.__t1 = new Promise((done) => {
      const check = () => {
        const summary = document.querySelector('pagefind-modal pagefind-summary')?.textContent ?? '';
        if (w.__t0 && summary.includes(q) && document.querySelector('pagefind-modal .pf-result-link')) {
          observer.disconnect();
          done(performance.now());
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    addEventListener('keydown', () => (w.__t0 = performance.now()), { once: true, capture: true });
  }, query);
  await input.press(query.slice(-1));
  return page.evaluate(async () => {
    const w = window as unknown as { __t0: number; __t1: Promise<number> };
    return (await w.__t1) - w.__t0;
  });
}

export interface FirstSearch {
  ms: number;
  /** Bytes fetched from opening search until the network is idle after the results, by path prefix. */
  bytes: Record<string, number>;
  /** All bytes fetched in that time. */
  total: number;
  /** Every file fetched in that time, with its bytes. */
  fetched: { path: string; bytes: number }[];
}

/** One first search, in a fresh context (empty cache), on the site `root` served at `origin`. */
export async function firstSearch(
  browser: Browser,
  origin: string,
  root: string,
  query: string,
  prefixes: readonly string[],
  start = '/leadership/founding/',
): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${origin}${start}`, { waitUntil: 'networkidle' });
  fetched = [];
  await page.keyboard.press('Control+k');
  const ms = await timeQuery(page, query);
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = fetched.map((path) => ({ path, bytes: sentBytes(root, path) }));
  const sum = (list: typeof files) => list.reduce((n, f) => n + f.bytes, 0);
  const bytes = Object.fromEntries(prefixes.map((p) => [p, sum(files.filter((f) => f.path.startsWith(p)))]));
  return { ms, bytes, total: sum(files), fetched: files };
}
