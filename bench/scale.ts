/**
 * `npm run bench:scale`: how the build and search grow with the size of the profile. For each size
 * (SIZES=100,1000,5000 by default), a synthetic profile of that many entries is generated
 * (bench/lib/synthetic.ts: the real content plus generated entries, seeded, so the same every
 * time), built clean with CONTENT_DIR (astro build, the content check inside it; fresh outDir and cache), and
 * measured:
 *   - build wall time and peak memory (process tree sampled every 50 ms; largest process by
 *     /usr/bin/time -v);
 *   - the size of the built site, and of its search index (pagefind/);
 *   - a first search, as bench/search.ts measures it: a fresh browser context opens a reading
 *     page, opens search with Ctrl+K and types QUERY (default "Taliban", a word in most entries)
 *     letter by letter; time from the last key to the results on screen, and every file fetched
 *     from the moment search opened (the interface, Pagefind, its index, the results' fragments),
 *     counted as gzip would send them, with the requests. One warm-up, then SEARCH_RUNS (default
 *     3); medians.
 * A build that runs longer than LIMIT_MIN minutes (default 10) or whose processes pass LIMIT_GIB
 * GiB (default 8) is stopped; the larger sizes are then skipped, and a projection is printed.
 */
import { readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumSource, launchChromium } from '../tools/chromium.ts';
import { serve } from '../tools/serve.ts';
import { cleanBuild } from './lib/build.ts';
import { dirSize, StoppedError } from './lib/measure.ts';
import { bytesOf, type FirstSearch, firstSearch } from './lib/search.ts';
import { syntheticContent } from './lib/synthetic.ts';
import { kb, median, mib, seconds } from './lib/stats.ts';

const SIZES = (process.env['SIZES'] ?? '100,1000,5000').split(',').map(Number);
const QUERY = process.env['QUERY'] ?? 'Taliban';
const SEARCH_RUNS = Number(process.env['SEARCH_RUNS'] ?? 3);
const LIMIT_MS = Number(process.env['LIMIT_MIN'] ?? 10) * 60_000;
const LIMIT_BYTES = Number(process.env['LIMIT_GIB'] ?? 8) * 2 ** 30;
const INDEX = '/pagefind/';

interface Row {
  size: number;
  withQuery: number;
  words: number;
  pages: number;
  ms: number;
  /** Of the build: Vite's bundling, and the writing of the pages (Astro's own figures). */
  bundleMs: number;
  pagesMs: number;
  peakTreeRss: number;
  maxRss: number | undefined;
  distBytes: number;
  indexBytes: number;
  /** The part of indexBytes that is index data (.pf_meta, .pf_index, .pf_fragment, .pf_filter), not code. */
  indexDataBytes: number;
  indexFiles: number;
  searchMs: number;
  /** Bytes of the first search, everything fetched after search opened. */
  searchBytes: number;
  searchRequests: number;
  /** The same bytes by kind of file: code (JS, CSS, WASM), meta, index, fragment, filter, spelling. */
  byKind: Record<string, number>;
}

/** Milliseconds in one of Astro's durations: "269ms", "26.34s", "1m 29s". */
function duration(text: string): number {
  const ms = /^([\d.]+)ms$/.exec(text);
  if (ms) return Number(ms[1]);
  const m = /^(?:(\d+)m)?\s*(?:([\d.]+)s)?$/.exec(text);
  return m ? Number(m[1] ?? 0) * 60_000 + Number(m[2] ?? 0) * 1000 : NaN;
}

/** Where a build's time went, from Astro's log: bundling (Vite: the MDX modules and pages) and writing the pages. */
function phases(log: string): { bundle: number; pages: number } {
  const bundle = /\[vite\] ✓ built in ([^\n]+?)\s*$/m.exec(log)?.[1];
  const pages = /generating static routes[\s\S]*?✓ Completed in ([^\n]+?)\.?\s*$/m.exec(log)?.[1];
  return { bundle: bundle ? duration(bundle) : NaN, pages: pages ? duration(pages) : NaN };
}

/** What a fetched file is: Pagefind's index data by kind, the spelling list, or code (JS, CSS, WASM). */
const kindOf = (path: string) => /\.pf_(meta|index|fragment|filter)$/.exec(path)?.[1] ?? (path.endsWith('.txt') ? 'spelling' : 'code');
const KINDS = ['code', 'meta', 'index', 'fragment', 'filter', 'spelling'] as const;

/** Bytes of the .pf_* files under `dir`. */
function indexDataSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.pf_\w+$/.test(e.name))
    .reduce((n, e) => n + statSync(join(e.parentPath, e.name)).size, 0);
}

console.log(
  `Scale benchmark: sizes ${SIZES.join(', ')}; query "${QUERY}"; ${cpus().length} cores, ${mib(totalmem())}; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const browser = await launchChromium();
const rows: Row[] = [];
let stoppedAt: { size: number; error: StoppedError } | undefined;
try {
  for (const size of SIZES) {
    const content = syntheticContent(size, QUERY);
    console.log(`- ${size} entries (${content.entriesWithQuery} with "${QUERY}", ${content.words} words generated): building...`);
    try {
      const build = await cleanBuild({ CONTENT_DIR: content.dir }, { timeoutMs: LIMIT_MS, maxTreeRss: LIMIT_BYTES });
      try {
        const html = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        const index = join(build.outDir, INDEX);
        const indexFiles = readdirSync(index, { recursive: true }).length;
        const site = await serve(build.outDir, { notFound: false });
        const searches: FirstSearch[] = [];
        try {
          for (let i = 0; i <= SEARCH_RUNS; i++) {
            const search = await firstSearch(browser, site.origin, build.outDir, QUERY);
            await search.close();
            if (i > 0) searches.push(search); // the first is a warm-up
          }
        } finally {
          await site.close();
        }
        const row: Row = {
          size: content.entries,
          withQuery: content.entriesWithQuery,
          words: content.words,
          pages: html.length,
          ms: build.ms,
          bundleMs: phases(build.output).bundle,
          pagesMs: phases(build.output).pages,
          peakTreeRss: build.peakTreeRss,
          maxRss: build.maxRss,
          distBytes: dirSize(build.outDir),
          indexBytes: dirSize(index),
          indexDataBytes: indexDataSize(index),
          indexFiles,
          searchMs: median(searches.map((s) => s.ms)),
          searchBytes: median(searches.map((s) => s.total)),
          searchRequests: median(searches.map((s) => s.fetched.length)),
          byKind: Object.fromEntries(
            KINDS.map((kind) => [kind, median(searches.map((s) => bytesOf(s.fetched.filter((f) => kindOf(f.path) === kind))))]),
          ),
        };
        rows.push(row);
        console.log(
          `  built in ${seconds(row.ms)} (Vite's bundling ${seconds(row.bundleMs)}, writing the pages ${seconds(row.pagesMs)}), peak ${mib(row.peakTreeRss)} (tree) / ${row.maxRss ? mib(row.maxRss) : '?'} (largest process); ${row.pages} HTML pages, dist ${mib(row.distBytes)}, index ${mib(row.indexBytes)} in ${row.indexFiles} files (${mib(row.indexDataBytes)} of it index data); first search ${row.searchMs.toFixed(0)} ms, ${kb(row.searchBytes)} in ${row.searchRequests} requests (${Object.entries(
            row.byKind,
          )
            .map(([k, n]) => `${k} ${kb(n)}`)
            .join(', ')})`,
        );
      } finally {
        build.dispose();
      }
    } catch (error) {
      if (!(error instanceof StoppedError)) throw error;
      stoppedAt = { size, error };
      console.log(
        `  ${error.message} Measured until then: ${seconds(error.ms)}, peak ${mib(error.peakTreeRss)}. Larger sizes are skipped.`,
      );
      break;
    } finally {
      content.dispose();
    }
  }
} finally {
  await browser.close();
}

console.log(`\nScale benchmark, ${await chromiumSource()}; ratios are to the row above (bytes: to the first row).`);
console.log(
  '| Entries | With the query | HTML pages | Build | ms per entry | Peak memory (tree / largest process) | dist/ | Search index (of it index data) | First search: last key → results | Bytes (gzip) | Requests | of it code / meta / index / fragments / filter / spelling |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const ratio = (a: number, b: number | undefined) => (b ? ` (×${(a / b).toFixed(1)})` : '');
  console.log(
    `| ${r.size.toLocaleString('en')}${ratio(r.size, prev?.size)} | ${r.withQuery.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${seconds(r.ms)}${ratio(r.ms, prev?.ms)} | ${(r.ms / r.size).toFixed(0)} | ${mib(r.peakTreeRss)} / ${r.maxRss ? mib(r.maxRss) : '?'} | ${mib(r.distBytes)}${ratio(r.distBytes, prev?.distBytes)} | ${mib(r.indexBytes)} (${mib(r.indexDataBytes)}), ${r.indexFiles.toLocaleString('en')} files | ${r.searchMs.toFixed(0)} ms | ${kb(r.searchBytes)}${ratio(r.searchBytes, rows[0]?.searchBytes)} | ${r.searchRequests} | ${KINDS.map((k) => kb(r.byKind[k] ?? 0)).join(' / ')} |`,
  );
});
if (stoppedAt && rows.length >= 2) {
  // Fit time = a + b * entries through the two largest sizes measured, and extrapolate.
  const [p, q] = rows.slice(-2) as [Row, Row];
  const b = (q.ms - p.ms) / (q.size - p.size);
  const a = q.ms - b * q.size;
  const m = (q.peakTreeRss - p.peakTreeRss) / (q.size - p.size);
  console.log(
    `${stoppedAt.size} entries was stopped (${stoppedAt.error.message}); a straight line through the last two sizes projects ${seconds(a + b * stoppedAt.size)} and ${mib(q.peakTreeRss + m * (stoppedAt.size - q.size))} for it.`,
  );
}
