import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { holderAlive, withBuildLock } from '../../tools/build-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'isk-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const lockPath = () => join(root, `lock-${++n}`);

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('withBuildLock', () => {
  it('holds the lock, with this process’s id, while the work runs, and gives it back after', () => {
    const lock = lockPath();
    const seen = withBuildLock(() => existsSync(join(lock, 'pid')) && holderAlive(lock), lock);
    expect(seen).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('gives the lock back when the work throws', () => {
    const lock = lockPath();
    expect(() =>
      withBuildLock(() => {
        throw new Error('the build failed');
      }, lock),
    ).toThrow('the build failed');
    expect(existsSync(lock)).toBe(false);
  });

  it('holds the lock until a promise settles', async () => {
    const lock = lockPath();
    let release!: () => void;
    const work = withBuildLock(() => new Promise<void>((ok) => (release = ok)), lock);
    expect(existsSync(lock)).toBe(true);
    release();
    await work;
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose holder has died', () => {
    const lock = lockPath();
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(deadPid()));
    expect(holderAlive(lock)).toBe(false);
    expect(withBuildLock(() => 'built', lock)).toBe('built');
  });
});
