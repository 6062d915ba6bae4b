/**
 * A fixture rename: the content is copied, one section is renamed (ghafari-killed → ghafari-death,
 * declared in formerAnchors) and one page moved (/leadership/leaders-killed/ → /leadership/fates/,
 * declared in redirects.yaml). That build must keep every published URL working, in the browser too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import sirv from 'sirv';
import type { Browser } from 'playwright-core';
import { resolvePublished } from '../../src/lib/published-urls.ts';
import { contentRedirects } from '../support/content.ts';
import { buildInto, copyContent } from '../support/build.ts';
import { launchChromium } from '../support/chromium.ts';

const RECORD = JSON.parse(readFileSync(join(process.cwd(), 'tests/published-urls.json'), 'utf8')) as string[];
let content: string;
let dist: string;
let browser: Browser;
let server: Server;
let origin: string;

/** Rewrites every text file of the content copy. */
function replaceAll(dir: string, from: string, to: string): void {
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|ya?ml)$/.test(f))) {
    const path = join(dir, f);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(from, to));
  }
}

beforeAll(async () => {
  content = copyContent();
  replaceAll(content, '#ghafari-killed', '#ghafari-death');
  replaceAll(content, '[#ghafari-killed]', '[#ghafari-death]');
  replaceAll(content, '/leadership/leaders-killed/', '/leadership/fates/');
  const entry = join(content, 'leadership/leaders-killed.mdx');
  writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^---\n/, '---\nformerAnchors:\n  ghafari-killed: ghafari-death\n'));
  renameSync(entry, join(content, 'leadership/fates.mdx'));
  writeFileSync(join(content, 'redirects.yaml'), '- from: /leadership/leaders-killed/\n  to: /leadership/fates/\n  note: fixture rename\n');
  dist = join(dirname(content), 'dist');
  buildInto(dist, { CONTENT_DIR: content });
  // A host that honours dist/_redirects (as Netlify and Cloudflare Pages do): real 301s.
  const rules = readFileSync(join(dist, '_redirects'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(' '));
  const files = sirv(dist, { dev: false });
  server = createServer((req, res) => {
    const rule = rules.find(([from]) => req.url?.split('?')[0] === from);
    if (rule) {
      res.writeHead(301, { Location: rule[1] });
      res.end();
      return;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

describe('a fixture rename', () => {
  it('keeps every published URL resolving', () => {
    const redirects = contentRedirects(content);
    const broken = RECORD.map((url) => resolvePublished(url, dist, redirects)).filter(Boolean);
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('an old section anchor lands on the renamed section, with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/leadership/fates/#ghafari-killed`);
    // The browser scrolls to the fragment (smoothly) once the page has laid out; page scripts are
    // off, so poll from outside rather than with waitForFunction.
    const top = () => page.evaluate(() => document.getElementById('ghafari-death')!.getBoundingClientRect().top);
    await expect.poll(top).toBeLessThan(200);
    expect(await top()).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it('a moved page’s forwarding page carries the section along, with JavaScript', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The forwarding page itself (no host rule): /leadership/leaders-killed/index.html.
    await page.goto(`${origin}/leadership/leaders-killed/index.html#ghafari-killed`);
    await page.waitForURL(`${origin}/leadership/fates/#ghafari-killed`);
    expect(await page.locator('h1').innerText()).toContain('Leaders killed');
    await context.close();
  });

  it('without JavaScript, the forwarding page lands on the new page, and a host’s 301 keeps the section', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/leadership/leaders-killed/index.html#ghafari-killed`);
    await page.waitForURL((url) => url.pathname === '/leadership/fates/');
    await page.goto(`${origin}/leadership/leaders-killed/#ghafari-killed`);
    expect(page.url()).toBe(`${origin}/leadership/fates/#ghafari-killed`);
    await context.close();
  });
});
