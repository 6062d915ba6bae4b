/**
 * A fixture rename: the content is copied, one section is renamed (ghafari-killed → ghafari-death,
 * declared in formerAnchors) and one page moved (/leadership/leaders-killed/ → /leadership/fates/,
 * declared in redirects.yaml). That build must keep every published URL working, in the browser too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRecord, resolvePublished } from '../../tools/published-urls.ts';
import { copyContent } from '../../tools/content-copy.ts';
import { useBrowser } from '../support/browser.ts';
import { buildInto } from '../support/build.ts';
import { contentRedirects } from '../support/content.ts';

const RECORD = readRecord();
let content: string;
let dist: string;

/** Rewrites every text file of the content copy. */
function replaceAll(dir: string, from: string, to: string): void {
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(mdx|ya?ml)$/.test(f))) {
    const path = join(dir, f);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(from, to));
  }
}

beforeAll(() => {
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
}, 240_000);

afterAll(() => {
  if (content) rmSync(dirname(content), { recursive: true, force: true });
});

// Served by a host that honours dist/_redirects (as Netlify and Cloudflare Pages do): real 301s.
const web = useBrowser({ dir: () => dist, serve: { redirects: true } });

describe('a fixture rename', () => {
  it('keeps every published URL resolving', () => {
    expect(RECORD.length).toBeGreaterThan(100);
    const redirects = contentRedirects(content);
    const broken = RECORD.map((url) => resolvePublished(url, dist, redirects)).filter(Boolean);
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('an old section anchor lands on the renamed section, with JavaScript off', async () => {
    const page = await web.newPage({ javaScriptEnabled: false });
    await page.goto(`${web.origin}/leadership/fates/#ghafari-killed`);
    // The browser scrolls to the fragment (smoothly) once the page has laid out; page scripts are
    // off, so poll from outside rather than with waitForFunction.
    const top = () => page.evaluate(() => document.getElementById('ghafari-death')!.getBoundingClientRect().top);
    await expect.poll(top).toBeLessThan(200);
    expect(await top()).toBeGreaterThanOrEqual(0);
    await page.context().close();
  });

  it('a moved page’s forwarding page carries the section along, with JavaScript', async () => {
    const page = await web.newPage();
    // The forwarding page itself (no host rule): /leadership/leaders-killed/index.html.
    await page.goto(`${web.origin}/leadership/leaders-killed/index.html#ghafari-killed`);
    await page.waitForURL(`${web.origin}/leadership/fates/#ghafari-killed`);
    expect(await page.locator('h1').innerText()).toContain('Leaders killed');
    await page.context().close();
  });

  it('without JavaScript, the forwarding page lands on the new page, and a host’s 301 keeps the section', async () => {
    const page = await web.newPage({ javaScriptEnabled: false });
    await page.goto(`${web.origin}/leadership/leaders-killed/index.html#ghafari-killed`);
    await page.waitForURL((url) => url.pathname === '/leadership/fates/');
    await page.goto(`${web.origin}/leadership/leaders-killed/#ghafari-killed`);
    expect(page.url()).toBe(`${web.origin}/leadership/fates/#ghafari-killed`);
    await page.context().close();
  });
});
