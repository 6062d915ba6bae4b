/**
 * `npm run bench:build`: how long a clean build takes and how much memory it needs, ours beside
 * the peer's (Starlight on the same note, bench/lib/peer.ts), measured in turn in the same run so
 * that both see the same machine.
 *
 * Ours is `astro build` (all `npm run build` runs) into a fresh temporary folder with a fresh
 * cache (bench/lib/build.ts); the peer's is its own `astro build` in a temporary copy, cleaned
 * before each run. Each side has one warm-up build (it fills the operating system's file cache),
 * not counted; then RUNS rounds (default 5) of one build of ours and one of the peer's. The
 * figures are medians, with the range in brackets. Memory is the peak resident set size, as the
 * sum over the build's process tree (Node and the Pagefind binary, sampled every 50 ms) and as the
 * largest single process (/usr/bin/time -v, when installed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { cleanBuild } from './lib/build.ts';
import { hasTime, type Measured } from './lib/measure.ts';
import { preparePeer } from './lib/peer.ts';
import { median, mib, range, seconds } from './lib/stats.ts';

const RUNS = Number(process.env['RUNS'] ?? 5);
const ASTRO_VERSION = (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/astro/package.json'), 'utf8')) as { version: string })
  .version;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** How many HTML pages a build wrote. */
const pagesIn = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

/** One clean build of ours, measured, with its page count; the build is deleted. */
async function ours(): Promise<Measured & { pages: number }> {
  const build = await cleanBuild();
  const pages = pagesIn(build.outDir);
  build.dispose();
  return { ...build, pages };
}

console.log('Installing the peer in a temporary folder (npm ci)...');
const peer = preparePeer();
/** One clean build of the peer, measured, with its page count. */
const theirs = async (): Promise<Measured & { pages: number }> => {
  const build = await peer.build();
  return { ...build, pages: pagesIn(join(peer.dir, 'dist')) };
};

try {
  console.log(`Load average before: ${load()} (other work on the machine slows the builds down)`);
  await ours(); // warm-ups, not counted
  await theirs();
  const mine: Awaited<ReturnType<typeof ours>>[] = [];
  const peers: Awaited<ReturnType<typeof theirs>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    mine.push(await ours());
    peers.push(await theirs());
    console.log(`  round ${i + 1}/${RUNS}: ours ${seconds(mine.at(-1)!.ms)}, peer ${seconds(peers.at(-1)!.ms)}`);
  }

  const summary = (runs: Measured[]) => ({
    ms: median(runs.map((r) => r.ms)),
    tree: median(runs.map((r) => r.peakTreeRss)),
    largest: hasTime() ? median(runs.map((r) => r.maxRss ?? 0)) : undefined,
  });
  const line = (label: string, runs: (Measured & { pages: number })[]) => {
    const s = summary(runs);
    // A range says something only when there are several runs.
    const spread = (xs: number[], f: (n: number) => string) => (xs.length > 1 ? ` (${range(xs, f)})` : '');
    const [ms, rss] = [runs.map((r) => r.ms), runs.map((r) => r.peakTreeRss)];
    const time = seconds(s.ms) + spread(ms, seconds);
    const tree = mib(s.tree) + spread(rss, mib);
    const largest = s.largest === undefined ? '' : `, ${mib(s.largest)} largest process`;
    return `  ${label}, ${runs[0]!.pages} pages: ${time}; peak memory ${tree} process tree${largest}`;
  };
  const [a, b] = [summary(mine), summary(peers)];
  const ratio = (x: number, y: number) => `×${(x / y).toFixed(2)}`;
  console.log(
    `Build benchmark: ${RUNS} clean builds each after one warm-up each, ours and the peer in turn; medians (range when RUNS > 1)`,
  );
  console.log(line(`ours: IS-K Profile Explorer (Astro ${ASTRO_VERSION}, Node ${process.version})`, mine));
  console.log(line(`peer: ${peer.name}`, peers));
  console.log(
    `  ours / peer: wall time ${ratio(a.ms, b.ms)}, peak memory ${ratio(a.tree, b.tree)} (process tree)` +
      (a.largest && b.largest ? `, ${ratio(a.largest, b.largest)} (largest process)` : ''),
  );
  if (!hasTime()) console.log('  /usr/bin/time is not installed: only the sampled memory figure is given.');
  console.log(`Load average after: ${load()}`);
} finally {
  peer.dispose();
}
