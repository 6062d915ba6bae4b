/**
 * `npm run bench:build`: how long a clean build takes and how much memory it needs.
 * Each run is `check:content` then `astro build` (with Pagefind's indexing, which runs at the end
 * of the build), into a fresh temporary folder with a fresh cache: nothing is reused from an
 * earlier run, and dist/ is not touched. One warm-up run (it fills the operating system's file
 * cache) is thrown away; the figures are the medians of the runs after it.
 * Memory is the peak resident set size, as the sum over the build's process tree (Node and the
 * Pagefind binary, sampled every 50 ms) and as the largest single process (/usr/bin/time -v).
 * RUNS=n sets the number of runs (default 5).
 */
import { type CleanBuild, cleanBuild } from './bench/build.ts';
import { hasTime } from './bench/measure.ts';
import { median, mib, range, seconds } from './bench/stats.ts';
import { loadavg } from 'node:os';

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const RUNS = Number(process.env['RUNS'] ?? 5);

async function once() {
  const build = await cleanBuild();
  build.dispose();
  return build;
}

console.log(`Load average before: ${load()} (other work on the machine slows the builds down)`);
await once(); // warm-up, not counted
const runs: CleanBuild[] = [];
for (let i = 0; i < RUNS; i++) {
  runs.push(await once());
  console.log(`  run ${i + 1}/${RUNS}: ${seconds(runs.at(-1)!.ms)}`);
}
const pick = (f: (r: CleanBuild) => number) => runs.map(f);
console.log(
  `Build benchmark: ${RUNS} clean builds after one warm-up (check:content + astro build, fresh outDir and cache); load average after: ${load()}`,
);
console.log(
  `  wall time: ${seconds(median(pick((r) => r.ms)))} (${range(
    pick((r) => r.ms),
    seconds,
  )}); check:content ${seconds(median(pick((r) => r.checkMs)))}, astro build ${seconds(median(pick((r) => r.buildMs)))}`,
);
console.log(
  `  peak memory, process tree (sampled every 50 ms): ${mib(median(pick((r) => r.peakTreeRss)))} (${range(
    pick((r) => r.peakTreeRss),
    mib,
  )})`,
);
if (hasTime()) {
  console.log(
    `  peak memory, largest process (/usr/bin/time -v): ${mib(median(pick((r) => r.maxRss ?? 0)))} (${range(
      pick((r) => r.maxRss ?? 0),
      mib,
    )})`,
  );
} else {
  console.log('  /usr/bin/time is not installed: only the sampled figure is given.');
}
