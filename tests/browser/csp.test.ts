/**
 * The Content-Security-Policy in a real browser: reading every kind of page and searching break
 * none of its rules, served as plain files (the policy comes from each page's <meta>) and as
 * Netlify or Cloudflare Pages serve dist/_headers (the header's policy applies too, to Pagefind's
 * worker as well). Violations are caught where the browser reports them: `securitypolicyviolation`
 * events in the page, and its console.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parsePolicy } from '../../src/lib/security.ts';
import { useBrowser } from '../support/browser.ts';
import { openSearch, resultLinks, resultsFor, searchDialog } from '../support/search-ui.ts';

/** One page of each kind. */
const PAGES = [
  '/',
  '/leadership/',
  '/leadership/leaders-killed/',
  '/profile/',
  '/source/',
  '/search/?q=Ghafari',
  '/timeline/',
  '/places/',
  '/figures/',
  '/people/sanaullah-ghafari/',
  '/index/',
  '/404.html',
];

/** What the browser says when a policy (or a header) refuses something. */
const REFUSED = /content.security.policy|permissions.policy|refused to/i;

// Served as plain files, with 404.html; the header's host below serves the same build again.
const web = useBrowser();

/** Runs in every document before its own scripts: keeps the page's violations in a list. */
function recordViolations(): void {
  const list: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = list;
  addEventListener('securitypolicyviolation', (e) => {
    list.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline code'} (${e.sourceFile || e.documentURI}:${e.lineNumber})`);
  });
}

interface Reader {
  page: Page;
  /** Every violation in the current document and every refusal the console reported so far. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

async function reader(origin: string, path: string): Promise<Reader> {
  const context = await web.newContext();
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (message) => {
    if (REFUSED.test(message.text())) logged.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => logged.push(`error: ${error.message}`));
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  return {
    page,
    problems: async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...logged],
    close: () => context.close(),
  };
}

/** Opens search with Ctrl+K, types the words, and waits for the results of the whole query. */
async function searchFor(page: Page, query: string): Promise<void> {
  const dialog = await openSearch(page);
  await page.keyboard.type(query);
  await resultsFor(dialog, query);
}

/** Each host's origin: the fixture's plain files, or the same build served with its _headers. */
const HOSTS: [string, () => Promise<string>][] = [
  ['served as plain files (the <meta> policy)', async () => web.origin],
  ['served with dist/_headers (the header’s policy too)', async () => (await web.serve({ headers: true })).origin],
];

describe.each(HOSTS)('the Content-Security-Policy, %s', (_, host) => {
  let origin: string;

  beforeAll(async () => {
    origin = await host();
  });

  it.each(PAGES)('%s breaks none of its rules, and carries one policy that runs no inline script by keyword', async (path) => {
    const { page, problems, close } = await reader(origin, path);
    if (path.startsWith('/search/')) await resultLinks(page).first().waitFor();
    const policies = await page.evaluate(() =>
      [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')].map((m) => m.getAttribute('content') ?? ''),
    );
    expect(policies).toHaveLength(1);
    const scriptSrc = parsePolicy(policies[0] ?? '').get('script-src');
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(await problems()).toEqual([]);
    await close();
  });

  it('searching in the dialog and opening a result, which highlights the words, breaks none', async () => {
    const { page, problems, close } = await reader(origin, '/base/origins/');
    await searchFor(page, 'Ghafari');
    const result = resultLinks(searchDialog(page)).first();
    await result.waitFor();
    expect(await problems()).toEqual([]);
    await result.click();
    await page.waitForURL((url) => url.searchParams.has('highlight'));
    await page.locator('[data-pagefind-body] mark').first().waitFor();
    expect(await problems()).toEqual([]);
    await close();
  });

  it('the theme toggle and the copy buttons work under it', async () => {
    const { page, problems, close } = await reader(origin, '/leadership/leaders-killed/');
    await page.context().grantPermissions(['clipboard-write'], { origin });
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await page.reload({ waitUntil: 'networkidle' });
    // The stored choice is applied by the inline script in the <head>, allowed by its hash.
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    await page.locator('details.cite summary').first().click();
    await page.locator('.cite__copy').first().click();
    // The status is written after the clipboard answers: wait for it rather than read it once.
    await expect.poll(() => page.locator('[data-copy-status]').first().textContent()).toMatch(/copied/i);
    expect(await problems()).toEqual([]);
    await close();
  });

  it('structured data (JSON-LD) is read as data: left alone by the policy and still parseable', async () => {
    const { page, problems, close } = await reader(origin, '/leadership/leaders-killed/');
    const types = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => (JSON.parse(s.textContent ?? '') as { '@type'?: string })['@type'],
      ),
    );
    expect(types.length).toBeGreaterThan(0);
    expect(await problems()).toEqual([]);
    await close();
  });
});

describe('the headers of dist/_headers', () => {
  let origin: string;

  beforeAll(async () => {
    origin = (await web.serve({ headers: true })).origin;
  });

  it('no page of the site can be framed by another', async () => {
    const context = await web.newContext();
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refused.push(message.text());
    });
    try {
      await page.setContent(`<iframe src="${origin}/"></iframe>`);
      await expect.poll(() => refused.length, { timeout: 5000 }).toBeGreaterThan(0);
      // The frame shows the browser's own error page, not the site.
      const framed = page.frames().find((f) => f !== page.mainFrame());
      expect(await framed?.evaluate(() => document.querySelector('header.site-header') !== null).catch(() => false)).toBe(false);
    } finally {
      await context.close();
    }
  });

  it("search needs 'wasm-unsafe-eval': without it, the header refuses Pagefind’s WebAssembly and search never answers", async () => {
    const weaker = await web.serve({
      headers: (headers) =>
        headers.map(([name, value]) => [name, name === 'Content-Security-Policy' ? value.replace(" 'wasm-unsafe-eval'", '') : value]),
    });
    const context = await web.newContext();
    const page = await context.newPage();
    const wasm: string[] = [];
    page.on('console', (message) => {
      if (/WebAssembly/.test(message.text())) wasm.push(message.text());
    });
    await page.goto(`${weaker.origin}/base/origins/`, { waitUntil: 'networkidle' });
    await openSearch(page);
    await page.keyboard.type('Ghafari');
    await expect.poll(() => wasm.join('\n'), { timeout: 10_000 }).toMatch(/Content Security Policy/i);
    expect(await resultLinks(page).count()).toBe(0);
    await context.close();
  });
});
