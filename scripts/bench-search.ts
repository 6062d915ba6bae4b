/**
 * `npm run bench:search`: how fast search answers and how much it fetches, in Chromium against
 * the built site on 127.0.0.1. For each run, in a fresh browser context (empty cache):
 *   - open a reading page, open the search dialog with Ctrl+K, type the first query;
 *     time from the last keystroke to the first result link on screen, and count the bytes
 *     fetched from the first keystroke on (everything search needs: UI, WASM, index);
 *   - clear, type a second query; time and bytes again (the index is now partly cached).
 * One warm-up run is thrown away; the figures are the medians of the runs after it.
 * Bytes are counted as gzip would send them (Pagefind's index files are compressed already).
 * Needs a build (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium, chromiumSource } from '../tests/support/chromium.ts';
import { fileFor } from '../tests/support/dist.ts';
import { serveDist } from '../tests/support/server.ts';

const RUNS = Number(process.env['RUNS'] ?? 7);
const QUERIES = ['Ghafari', 'Nangarhar'] as const;

/** Bytes of a served file as a gzip-ing host would send it. */
function sentBytes(path: string): number {
  const raw = readFileSync(fileFor(path));
  return Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
}

async function timeQuery(page: Page, query: string): Promise<number> {
  const input = page.locator('pagefind-modal dialog').getByRole('searchbox');
  await input.fill('');
  await page.waitForFunction(() => !document.querySelector('pagefind-modal .pf-result-link'));
  await input.pressSequentially(query.slice(0, -1));
  // Start the clock on the last keystroke; stop it when the results of the whole query (not of the
  // prefix typed before it, which may still be arriving) are on screen: the summary names the
  // query and a result link is rendered.
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

async function run(browser: Awaited<ReturnType<typeof launchChromium>>, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${origin}/leadership/founding/`, { waitUntil: 'networkidle' });
  const pageLoad = fetched.length;
  fetched = [];
  await page.keyboard.press('Control+k');
  const first = await timeQuery(page, QUERIES[0]);
  await page.waitForLoadState('networkidle');
  const firstBytes = fetched.reduce((sum, p) => sum + sentBytes(p), 0);
  const firstFiles = fetched.length;
  fetched = [];
  const second = await timeQuery(page, QUERIES[1]);
  await page.waitForLoadState('networkidle');
  const secondBytes = fetched.reduce((sum, p) => sum + sentBytes(p), 0);
  await context.close();
  return { pageLoad, first, firstBytes, firstFiles, second, secondBytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const [browser, site] = await Promise.all([launchChromium(), serveDist()]);
try {
  await run(browser, site.origin); // warm-up, not counted
  const results = [];
  for (let i = 0; i < RUNS; i++) results.push(await run(browser, site.origin));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Search benchmark: ${RUNS} runs after one warm-up, ${await chromiumSource()}`);
  console.log(`  first query  "${QUERIES[0]}": ${median(results.map((r) => r.first)).toFixed(0)} ms from last keystroke to first result, ${kb(median(results.map((r) => r.firstBytes)))} fetched (gzip, ${results[0]!.firstFiles} files)`);
  console.log(`  second query "${QUERIES[1]}": ${median(results.map((r) => r.second)).toFixed(0)} ms, ${kb(median(results.map((r) => r.secondBytes)))} fetched`);
  console.log(`  all runs, first query (ms): ${results.map((r) => r.first.toFixed(0)).join(', ')}`);
  console.log(`  all runs, second query (ms): ${results.map((r) => r.second.toFixed(0)).join(', ')}`);
} finally {
  await browser.close();
  await site.close();
}
