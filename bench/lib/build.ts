/**
 * A clean, measured build of the site: `astro build`, which is all `npm run build` runs (the
 * content check runs inside it, src/integrations/content-check.ts, and Pagefind indexes at its
 * end), into a fresh temporary folder with a fresh cache beside it, so nothing is reused from an
 * earlier build and dist/ is not touched. It takes turns with every other build of the project
 * (tools/build-lock.ts); the time spent waiting is not measured.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withBuildLock } from '../../tools/build-lock.ts';
import { type Measured, type RunOptions, runMeasured } from './measure.ts';

export interface CleanBuild extends Measured {
  /** The built site. */
  outDir: string;
  /** Deletes the build and its cache. */
  dispose: () => void;
}

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/**
 * Runs `astro build` on this Node with `env` added to the environment (CONTENT_DIR, SITE_URL...).
 * A build stopped by one of `limits` rejects with a StoppedError (measure.ts).
 */
export async function cleanBuild(
  env: Record<string, string> = {},
  limits: Pick<RunOptions, 'timeoutMs' | 'maxTreeRss'> = {},
): Promise<CleanBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'isk-bench-build-'));
  const outDir = join(dir, 'dist');
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  const options: RunOptions = { env: { ...process.env, ASTRO_CACHE_DIR: join(dir, '.astro-cache'), ...env }, ...limits };
  try {
    const build = await withBuildLock(() => runMeasured(process.execPath, [ASTRO, 'build', '--outDir', outDir], options));
    return { ...build, outDir, dispose };
  } catch (error) {
    dispose();
    throw error;
  }
}
