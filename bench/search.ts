/**
 * `npm run bench:search`: how fast search answers and what it fetches, in Chromium on 127.0.0.1,
 * for our build (dist/) and, in the same run, for the peer: Starlight on the same note, built in
 * PEER_DIST (default ../peer/starlight/dist; `PEER_DIST=` to leave it out). Runs alternate between
 * the two, so both see the same load. For each run, in a fresh browser context (empty cache):
 *   - open a reading page, open search with Ctrl+K, type the first query letter by letter; the time
 *     from the last keystroke to the results of the whole query on screen, and the files fetched
 *     from the moment search opened until the network is quiet (gzip bytes, requests);
 *   - clear the box, type a second query; time and bytes again (the engine is loaded by then).
 * One warm-up run of each is thrown away; the figures are medians (ranges in brackets).
 * Needs a build (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromiumSource, launchChromium } from '../tools/chromium.ts';
import { serve } from '../tools/serve.ts';
import { DIST, requireBuilt } from '../tools/site-files.ts';
import { bytesOf, firstSearch, OUR_SEARCH, type SearchUi, STARLIGHT_SEARCH } from './lib/search.ts';
import { kb, median, mib, range } from './lib/stats.ts';

const RUNS = Number(process.env['RUNS'] ?? 7);
const QUERIES = ['Ghafari', 'Nangarhar'] as const;
const PEER_DIST = process.env['PEER_DIST'] ?? resolve(process.cwd(), '../peer/starlight/dist');

interface Site {
  name: string;
  root: string;
  ui: SearchUi;
  /** A reading page to start from. */
  start: string;
}

interface Run {
  first: number;
  firstBytes: number;
  firstRequests: number;
  second: number;
  secondBytes: number;
  files: string;
}

async function run(browser: Awaited<ReturnType<typeof launchChromium>>, origin: string, site: Site): Promise<Run> {
  const search = await firstSearch(browser, origin, site.root, QUERIES[0], { ui: site.ui, start: site.start });
  const second = await search.second(QUERIES[1]);
  await search.close();
  return {
    first: search.ms,
    firstBytes: search.total,
    firstRequests: search.fetched.length,
    second: second.ms,
    secondBytes: bytesOf(second.fetched),
    files: search.fetched.map((f) => `${(f.bytes / 1024).toFixed(1)} ${f.path}`).join('\n    '),
  };
}

requireBuilt();
const sites: Site[] = [{ name: 'ours (dist/)', root: DIST, ui: OUR_SEARCH, start: '/leadership/founding/' }];
if (PEER_DIST && existsSync(resolve(PEER_DIST, 'index.html'))) {
  sites.push({ name: `Starlight (${PEER_DIST})`, root: PEER_DIST, ui: STARLIGHT_SEARCH, start: '/leadership/' });
} else if (PEER_DIST) console.log(`No peer build at ${PEER_DIST}: build it (npm run build there) or set PEER_DIST.`);

const browser = await launchChromium();
const served = await Promise.all(sites.map((s) => serve(s.root)));
const results = sites.map(() => [] as Run[]);
try {
  for (let i = 0; i <= RUNS; i++) {
    for (const [k, site] of sites.entries()) {
      const r = await run(browser, served[k]!.origin, site);
      if (i > 0) results[k]!.push(r); // the first round is a warm-up
    }
  }
} finally {
  await browser.close();
  await Promise.all(served.map((s) => s.close()));
}

const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(
  `Search benchmark: ${RUNS} runs of each after one warm-up; ${cpus().length} cores, ${mib(totalmem())}, load average ${load}; ${await chromiumSource()}`,
);
console.log(`| Site | "${QUERIES[0]}": last key → results | Bytes (gzip) | Requests | "${QUERIES[1]}" next | Its bytes |`);
console.log('| --- | --- | --- | --- | --- | --- |');
const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms (${range(xs, (x) => x.toFixed(0))})`;
for (const [k, site] of sites.entries()) {
  const r = results[k]!;
  console.log(
    `| ${site.name} | ${ms(r.map((x) => x.first))} | ${kb(median(r.map((x) => x.firstBytes)))} | ${median(r.map((x) => x.firstRequests))} | ${ms(r.map((x) => x.second))} | ${kb(median(r.map((x) => x.secondBytes)))} |`,
  );
}
for (const [k, site] of sites.entries()) console.log(`\n${site.name}, first query, last run (KB, file):\n    ${results[k]!.at(-1)?.files}`);
