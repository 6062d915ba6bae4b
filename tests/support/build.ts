/** Builds the site from other content or with other settings into a folder of its own, for tests. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of the project's content in a fresh temporary folder, to change for a test. */
export function copyContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'isk-content-'));
  cpSync(join(process.cwd(), 'content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

/**
 * Runs `astro build` on the same Node into `outDir`, with CONTENT_DIR and other settings in `env`
 * and a cache of its own, so it can run beside other builds. Returns the build's output.
 */
export function buildInto(outDir: string, env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: process.cwd(),
    env: { ...process.env, ASTRO_CACHE_DIR: join(outDir, '..', '.astro-cache'), ...env },
    encoding: 'utf8',
    stdio: 'pipe',
    timeout: 180_000,
  });
}
