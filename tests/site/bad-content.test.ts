/**
 * Bad content must stop the build with a sentence, not a stack trace. Each fixture of
 * tests/fixtures/bad-content/ is a small patch to a copy of the real content. For each, the first
 * step of `npm run build` (`node scripts/check-content.ts`, with CONTENT_DIR at the copy) must exit
 * non-zero and print the file, the field or line, and the sentence. For the fixtures marked
 * fullBuild, the whole `npm run build` runs into an output folder holding a previous build, which
 * must be left as it was: Astro never starts when the check fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { copyContent } from '../../tools/content-copy.ts';
import { applyFixture, expectedStart, type Fixture, loadFixtures } from '../support/bad-content.ts';
import { contentRedirects, realContent, withFile } from '../support/content.ts';
import { builtPages } from '../support/dist.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command on its own, collecting what it prints. */
function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: process.cwd(), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `npm run build`, on the npm that runs this test (or the one on PATH). */
function npmRunBuild(outDir: string, env: Record<string, string>): Promise<Run> {
  const npm = process.env['npm_execpath'];
  const args = ['run', 'build', '--', '--outDir', outDir];
  return npm?.endsWith('npm-cli.js') ? run(process.execPath, [npm, ...args], env) : run('npm', args, env);
}

const fixtures = loadFixtures();
const results = new Map<string, { fixture: Fixture; patched: string; content: string; check: Run }>();

beforeAll(async () => {
  // Four checks at a time: each is a Node process of its own.
  const queue = [...fixtures];
  const worker = async () => {
    for (let fixture = queue.shift(); fixture; fixture = queue.shift()) {
      const content = copyContent();
      const patched = applyFixture(fixture, content);
      const check = await run(process.execPath, ['scripts/check-content.ts'], { CONTENT_DIR: content });
      results.set(fixture.name, { fixture, patched, content, check });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}, 180_000);

afterAll(() => {
  for (const { content } of results.values()) rmSync(dirname(content), { recursive: true, force: true });
});

describe('bad content', () => {
  it('has at least a dozen kinds of fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
    it(`the content check refuses it with the file, the ${fixture.expect.where ? 'field or line' : 'file alone'} and a sentence`, () => {
      const { check, patched } = results.get(name)!;
      expect(check.code, `${fixture.what}\n${check.stdout}${check.stderr}`).not.toBe(0);
      const start = expectedStart(fixture, patched);
      const lines = check.stderr.split('\n');
      const line = lines.find((l) => l.startsWith(start) && l.includes(fixture.expect.message));
      expect(line, `expected a line starting "${start}" with "${fixture.expect.message}" in:\n${check.stderr}`).toBeDefined();
    });

    it('prints no stack trace', () => {
      const { check } = results.get(name)!;
      expect(check.stderr).not.toMatch(/^\s{4}at /m);
      expect(check.stdout).not.toMatch(/^\s{4}at /m);
    });
  });
});

describe.each(fixtures.filter((f) => f.fullBuild).map((f) => [f.name] as const))('npm run build with %s', (name) => {
  it('fails and leaves the previous build in the output folder as it was', async () => {
    const { content } = results.get(name)!;
    const out = join(dirname(content), 'dist');
    mkdirSync(out, { recursive: true });
    const previous = { 'index.html': '<!doctype html><title>The previous build</title>\n', 'marker.txt': 'left by the previous build\n' };
    for (const [file, text] of Object.entries(previous)) writeFileSync(join(out, file), text);

    const build = await npmRunBuild(out, { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(dirname(content), '.astro-cache') });
    expect(build.code, build.stdout + build.stderr).not.toBe(0);
    expect(build.stderr).toContain('nothing was built');
    expect(build.stderr).not.toMatch(/^\s{4}at /m);
    expect(readdirSync(out).sort()).toEqual(Object.keys(previous));
    for (const [file, text] of Object.entries(previous)) expect(readFileSync(join(out, file), 'utf8')).toBe(text);
  }, 60_000);
});

describe('the content check’s list of pages', () => {
  it('knows every page and data file the build makes, so a link to any of them passes', () => {
    // Forwarding pages are left out: the check asks for a moved page's new address.
    const moved = new Set(contentRedirects().map((r) => r.from));
    const paths = [
      ...builtPages().filter((p) => p.endsWith('/') && !moved.has(p)),
      ...readdirSync(join(process.cwd(), 'dist/data')).map((f) => `/data/${f}`),
    ];
    const body = paths.map((p) => `[a page](${p})`).join('\n\n');
    const entry = realContent().find((f) => f.path === 'content/base/origins.mdx')!;
    const problems = checkContent(withFile(entry.path, `${entry.text}\n${body}\n`)).map(formatProblem);
    expect(problems).toEqual([]);
  });
});
