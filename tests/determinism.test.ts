/**
 * Same input, same output: the site built twice from clean, into two fresh output folders with a
 * cache each, must be the same byte for byte, every file (the search index included). The second
 * build runs in another time zone and locale, which are not inputs either: a build date, a random
 * id or a sort that follows the machine's locale shows up here as a difference, named by file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInto } from './support/build.ts';

const root = mkdtempSync(join(tmpdir(), 'isk-determinism-'));
const first = join(root, 'first', 'dist');
const second = join(root, 'second', 'dist');

/** Every file of a build, as paths relative to it, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Where two versions of a file first differ, with a little of each around it. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('latin1'));
  return `${a.length} and ${b.length} bytes, first different at byte ${i}: ${around(a)} / ${around(b)}`;
}

beforeAll(() => {
  buildInto(first, { TZ: 'UTC', LC_ALL: 'en_GB.UTF-8', LANG: 'en_GB.UTF-8' });
  buildInto(second, { TZ: 'Pacific/Kiritimati', LC_ALL: 'lt_LT.UTF-8', LANG: 'lt_LT.UTF-8' });
}, 400_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('two clean builds of the same content', () => {
  it('make the same files', () => {
    // Two empty builds would match too.
    expect(files(first).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(50);
    expect(files(second)).toEqual(files(first));
  });

  it('with the same bytes, search index included', () => {
    const all = files(first);
    expect(all.some((f) => f.startsWith('pagefind/'))).toBe(true);
    const different = all.flatMap((f) => {
      const a = readFileSync(join(first, f));
      const b = readFileSync(join(second, f));
      return a.equals(b) ? [] : [`${f}: ${firstDifference(a, b)}`];
    });
    expect(different, different.join('\n')).toEqual([]);
  });
});
