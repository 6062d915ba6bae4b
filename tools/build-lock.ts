/**
 * Builds take turns. Astro writes part of every build into the project's own .astro/ folder,
 * whatever outDir and cacheDir say: content-modules.mjs (which content files the pages import)
 * and, for an outDir outside the project, .prerender/ (the server chunks, deleted at the end). Two
 * builds at once can import each other's content or lose their chunks, so the test builds and the
 * benchmarks' builds hold this lock while they build: a folder, created atomically, with the
 * holder's process id in it. A lock whose holder has died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_LOCK = join(process.cwd(), 'node_modules/.cache/isk-build.lock');

/** How long to wait for another build before giving up. */
const WAIT_MS = 20 * 60_000;

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

/** Waits for the lock and takes it; returns the function that gives it back. */
function acquire(lock: string): () => void {
  mkdirSync(join(lock, '..'), { recursive: true });
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`Another build has held ${lock} for ${WAIT_MS / 60_000} minutes; remove it if no build is running.`, {
          cause: error,
        });
      // A synchronous wait, so a synchronous build can take turns too; the waiting is not measured.
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
}

/** Runs `work` holding the build lock; for a promise, the lock is held until it settles. */
export function withBuildLock<T>(work: () => T, lock = BUILD_LOCK): T {
  const release = acquire(lock);
  let result: T;
  try {
    result = work();
  } catch (error) {
    release();
    throw error;
  }
  if (result instanceof Promise) return result.finally(release) as T;
  release();
  return result;
}
