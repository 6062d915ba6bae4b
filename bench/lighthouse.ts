/**
 * `npm run bench:lighthouse`: Lighthouse's performance, accessibility, best-practices and SEO
 * scores, and Largest Contentful Paint, for four kinds of page: the home page, an entry, the
 * search page with a query, and the timeline.
 *
 * Lighthouse (its default, mobile settings: a mid-range phone's screen, simulated slow 4G and a
 * 4x slower CPU) drives the same Chromium as the tests, launched by chrome-launcher headless.
 * The site is built for the benchmark into a temporary folder with SITE_URL set to the origin it
 * is then served from (http://127.0.0.1:PORT), so its canonical links, sitemap and robots.txt
 * name the server Lighthouse sees, as they do on a real host (Lighthouse 13 does not fail the
 * default SITE_URL's canonical links on another origin; BENCHMARKS.md). Text files are served gzip-ed
 * (written beside the build beforehand), as any real host sends them; COMPRESS=0 serves them raw.
 * DIST=folder measures an existing build instead (DIST=dist for the last `npm run build`), served
 * raw, as that folder is not the benchmark's to add .gz files to.
 * RUNS=n sets the runs per page (default 3); the figures are medians of each score separately.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, HEADLESS_FLAGS } from '../tools/chromium.ts';
import { freePort, serve } from '../tools/serve.ts';
import { cleanBuild } from './lib/build.ts';
import { precompress } from './lib/precompress.ts';
import { median } from './lib/stats.ts';

const RUNS = Number(process.env['RUNS'] ?? 3);
const COMPRESS = !process.env['DIST'] && process.env['COMPRESS'] !== '0';
const PAGES = ['/', '/leadership/leaders-killed/', '/search/?q=Ghafari', '/timeline/'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** The weighted audits that kept a category of one run below 100, as "title (value)". */
function misses(lhr: Lhr, category: string): string[] {
  const cat = lhr.categories[category];
  if (!cat || cat.score === 1) return [];
  return cat.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'notApplicable')
    .map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} [${a.id}, score ${Math.round((a.score ?? 0) * 100)}]`);
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
let dir = process.env['DIST'] ? resolve(process.env['DIST']) : undefined;
let dispose = () => {};
if (dir && !existsSync(join(dir, 'index.html'))) {
  throw new Error(`DIST is set to ${dir}, which holds no built site; run npm run build first, or leave DIST unset.`);
}
if (!dir) {
  console.log(`Building the site with SITE_URL=${origin} into a temporary folder...`);
  const build = await cleanBuild({ SITE_URL: origin });
  dir = build.outDir;
  dispose = build.dispose;
  if (COMPRESS) precompress(dir);
}
const site = await serve(dir, { port, gzip: COMPRESS, notFound: false });
const chromium = await findChromium();
const chrome = await launch({ chromePath: chromium.path, chromeFlags: HEADLESS_FLAGS, logLevel: 'silent' });
try {
  const rows: string[] = [];
  const missed = new Map<string, Set<string>>();
  const benchmarkIndex: number[] = [];
  let version = '';
  let browser = '';
  for (const path of PAGES) {
    const runs: Lhr[] = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${site.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${path}.`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${result.lhr.runtimeError.message}`);
      runs.push(result.lhr);
      version = result.lhr.lighthouseVersion;
      benchmarkIndex.push(result.lhr.environment.benchmarkIndex);
      browser = result.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? '';
      for (const category of CATEGORIES) {
        for (const miss of misses(result.lhr, category)) {
          const key = `${path} ${category}`;
          missed.set(key, (missed.get(key) ?? new Set()).add(miss));
        }
      }
    }
    const score = (c: string) => median(runs.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)));
    const lcp = median(runs.map((r) => r.audits['largest-contentful-paint']?.numericValue ?? NaN));
    const all = (c: string) => runs.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)).join('/');
    rows.push(
      `| \`${path}\` | ${CATEGORIES.map((c) => score(c)).join(' | ')} | ${(lcp / 1000).toFixed(2)} s | ${CATEGORIES.map(all).join(' · ')} |`,
    );
  }
  console.log(`Lighthouse ${version} benchmark: mobile defaults, ${RUNS} runs per page, medians; ${browser} (${chromium.path})`);
  console.log(
    `Load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; Lighthouse's CPU benchmark index (median): ${median(benchmarkIndex)}`,
  );
  console.log(
    `Site: ${process.env['DIST'] ? `${dir} as built` : `built with SITE_URL=${origin}`}, served on ${site.origin} ${COMPRESS ? 'gzip-ed' : 'uncompressed'}`,
  );
  console.log('| Page | Performance | Accessibility | Best practices | SEO | LCP | every run (perf/a11y/bp/seo) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  if (missed.size === 0) console.log('Every page scored 100 in every category in every run.');
  for (const [key, audits] of missed) console.log(`  below 100: ${key}: ${[...audits].join('; ')}`);
} finally {
  chrome.kill();
  await site.close();
  dispose();
}
