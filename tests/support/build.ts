/** Builds the site from other content or with other settings into a folder of its own, for tests. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of the project's content in a fresh temporary folder, to change for a test. */
export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isk-content-'));
  cpSync(join(process.cwd(), 'content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

/**
 * Astro writes part of every build into the project's own .astro/ folder, whatever outDir and
 * cacheDir say: content-modules.mjs (which content files the pages import) and, for an outDir
 * outside the project, .prerender/ (the server chunks, deleted at the end). Two builds at once can
 * import each other's content or lose their chunks, so the test builds take turns: the one holding
 * this lock (a folder, created atomically, with its process id) builds; the others wait.
 */
/** The lock test builds and benchmark builds take in turn (a folder created atomically, with a pid). */
export const BUILD_LOCK = join(process.cwd(), 'node_modules/.cache/isk-build.lock');

export function withBuildLock<T>(build: () => T): T {
  const lock = BUILD_LOCK;
  mkdirSync(join(lock, '..'), { recursive: true });
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`Another test build has held ${lock} for 10 minutes; remove it if no build is running.`, { cause: error });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Whether the process that took the lock still runs (a lock just taken has no pid yet: alive). */
export function holderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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
 * and a cache of its own; test builds take turns (see withBuildLock). Returns the build's output.
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
