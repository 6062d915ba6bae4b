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
import { chromiumSource, launchChromium } from '../tools/chromium.ts';
import { serve } from '../tools/serve.ts';
import { DIST, requireBuilt } from '../tools/site-files.ts';
import { sentBytes as sentUnder, timeQuery } from './lib/search.ts';
import { kb, median } from './lib/stats.ts';

const RUNS = Number(process.env['RUNS'] ?? 7);
const QUERIES = ['Ghafari', 'Nangarhar'] as const;

/** Bytes of a file of dist/ as a gzip-ing host would send it. */
const sentBytes = (path: string) => sentUnder(DIST, path);

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

requireBuilt();
const [browser, site] = await Promise.all([launchChromium(), serve(DIST)]);
try {
  await run(browser, site.origin); // warm-up, not counted
  const results = [];
  for (let i = 0; i < RUNS; i++) results.push(await run(browser, site.origin));
  console.log(`Search benchmark: ${RUNS} runs after one warm-up, ${await chromiumSource()}`);
  console.log(
    `  first query  "${QUERIES[0]}": ${median(results.map((r) => r.first)).toFixed(0)} ms from last keystroke to first result, ${kb(median(results.map((r) => r.firstBytes)))} fetched (gzip, ${results[0]!.firstFiles} files)`,
  );
  console.log(
    `  second query "${QUERIES[1]}": ${median(results.map((r) => r.second)).toFixed(0)} ms, ${kb(median(results.map((r) => r.secondBytes)))} fetched`,
  );
  console.log(`  all runs, first query (ms): ${results.map((r) => r.first.toFixed(0)).join(', ')}`);
  console.log(`  all runs, second query (ms): ${results.map((r) => r.second.toFixed(0)).join(', ')}`);
} finally {
  await browser.close();
  await site.close();
}
