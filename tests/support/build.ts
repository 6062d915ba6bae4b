/** Builds the site from other content or with other settings into a folder of its own, for tests. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { withBuildLock } from '../../tools/build-lock.ts';

/**
 * This process's environment without what Vitest adds: it copies `import.meta.env` into
 * process.env (BASE_URL=/, SITE, MODE, NODE_ENV=test...), and Astro would take BASE_URL over the
 * configured base of the build being made.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/**
 * Runs `astro build` on the same Node into `outDir`, with CONTENT_DIR and other settings in `env`
 * and a cache of its own beside it; builds take turns (tools/build-lock.ts). Returns the build's output.
 */
export function buildInto(outDir: string, env: Record<string, string> = {}): string {
  return withBuildLock(() =>
    execFileSync(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: process.cwd(),
      env: { ...cleanEnv(), ASTRO_CACHE_DIR: join(outDir, '..', '.astro-cache'), ...env },
      encoding: 'utf8',
      stdio: 'pipe',
      timeout: 180_000,
    }),
  );
}
