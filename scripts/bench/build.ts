/**
 * A clean, measured build: `check:content`, then `astro build` into a fresh temporary folder with
 * a fresh cache beside it, as tests/support/build.ts's buildInto() lays them out (the cache at
 * `<outDir>/../.astro-cache`), so the benchmark never touches dist/ or the shared cache. It takes
 * turns with other builds (see LOCK). buildInto() itself is synchronous (nothing could sample the
 * build while it runs) and stops after 3 minutes, which a build of thousands of entries can
 * exceed, so the same command is run here through runMeasured().
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type RunOptions, runMeasured, StoppedError } from './measure.ts';
import { BUILD_LOCK, holderAlive } from '../../tests/support/build.ts';

/**
 * Astro writes part of every build into the project's own .astro/ folder whatever outDir says
 * (content-modules.mjs, and .prerender/ for an outDir outside the project), so two builds at once
 * can spoil each other. The test builds (tests/support/build.ts) take turns by holding this lock:
 * a folder, created atomically, with the holder's process id in it. The benchmark's builds take
 * the same lock in the same way, and the time spent waiting for it is not measured.
 */
const LOCK = BUILD_LOCK;

/** Runs `work` while holding the build lock; waits up to 20 minutes for it. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderAlive(LOCK)) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`Another build has held ${LOCK} for 20 minutes; remove it if no build is running.`, { cause: error });
      else await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface CleanBuild {
  /** The built site. */
  outDir: string;
  checkMs: number;
  buildMs: number;
  /** check:content and astro build together. */
  ms: number;
  /** The larger of the two steps' peaks (they run one after the other). */
  peakTreeRss: number;
  maxRss: number | undefined;
  /** Astro's and Pagefind's log. */
  output: string;
  /** Deletes the build and its cache. */
  dispose: () => void;
}

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/**
 * Runs check:content and astro build on this Node, with `env` added to the environment
 * (CONTENT_DIR, SITE_URL...). Nothing is reused from an earlier build. `limits` apply to each
 * step; a step stopped by one rejects with a StoppedError (measure.ts).
 */
export async function cleanBuild(
  env: Record<string, string> = {},
  limits: Pick<RunOptions, 'timeoutMs' | 'maxTreeRss'> = {},
): Promise<CleanBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'isk-bench-build-'));
  const outDir = join(dir, 'dist');
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  const options: RunOptions = { env: { ...process.env, ASTRO_CACHE_DIR: join(outDir, '..', '.astro-cache'), ...env }, ...limits };
  try {
    const check = await runMeasured(process.execPath, [join(process.cwd(), 'scripts/check-content.ts')], options);
    const build = await withBuildLock(() => runMeasured(process.execPath, [ASTRO, 'build', '--outDir', outDir], options)).catch(
      (error: unknown) => {
        // Count check:content's time in what was measured before the limit.
        throw error instanceof StoppedError
          ? new StoppedError(error.message, check.ms + error.ms, Math.max(check.peakTreeRss, error.peakTreeRss))
          : error;
      },
    );
    return {
      outDir,
      checkMs: check.ms,
      buildMs: build.ms,
      ms: check.ms + build.ms,
      peakTreeRss: Math.max(check.peakTreeRss, build.peakTreeRss),
      maxRss: check.maxRss === undefined || build.maxRss === undefined ? undefined : Math.max(check.maxRss, build.maxRss),
      output: build.output,
      dispose,
    };
  } catch (error) {
    dispose();
    throw error;
  }
}
