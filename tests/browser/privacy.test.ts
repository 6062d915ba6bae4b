/**
 * The footer promises that the site "loads nothing from any other server, sets no cookies and
 * counts no visits". This reads every page and searches as a reader would, and holds it to that:
 * no request leaves the site's origin, no cookie, nothing stored until the reader picks a theme,
 * and no error in the console on the way.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';
import { resultsFor, searchBox, searchDialog } from '../support/search-ui.ts';

const web = useBrowser();

/** Everything a context did that the promise forbids, gathered as it happens. */
interface Watch {
  foreign: string[];
  errors: string[];
  requests: number;
}

/** Watches every page of the context: each request's origin, console errors and uncaught errors. */
function watch(context: BrowserContext, origin: string): Watch {
  const seen: Watch = { foreign: [], errors: [], requests: 0 };
  context.on('request', (r) => {
    seen.requests++;
    if (new URL(r.url()).origin !== origin) seen.foreign.push(r.url());
  });
  context.on('page', (page) => follow(page, seen));
  return seen;
}

function follow(page: Page, seen: Watch): void {
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`${page.url()}: console: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.errors.push(`${page.url()}: ${e.message}`));
}

/** What the page's origin keeps in the browser: cookies as scripts see them, and both storages. */
function stored(page: Page): Promise<{ cookie: string; local: Record<string, string>; session: Record<string, string> }> {
  return page.evaluate(() => ({
    cookie: document.cookie,
    local: Object.fromEntries(Object.entries(localStorage)),
    session: Object.fromEntries(Object.entries(sessionStorage)),
  }));
}

describe('reading and searching', () => {
  it('every page, a search in the dialog and the search page: only the site’s origin, no cookies, nothing stored, no errors', async () => {
    const context = await web.newContext();
    const seen = watch(context, web.origin);
    const page = await context.newPage();

    const notEmpty: string[] = [];
    for (const path of builtPages()) {
      await page.goto(web.origin + path, { waitUntil: 'load' });
      const kept = await stored(page);
      if (kept.cookie || Object.keys(kept.local).length || Object.keys(kept.session).length)
        notEmpty.push(`${path}: ${JSON.stringify(kept)}`);
    }

    // A search in the dialog fetches the search interface, Pagefind's code, its index and, for a
    // misspelt name, the spelling list: all from the site.
    await page.goto(web.origin + '/leadership/leaders-killed/');
    await page.getByRole('button', { name: /^Search/ }).click();
    const dialog = searchDialog(page);
    await searchBox(dialog).waitFor();
    await searchBox(dialog).fill('Gafari');
    await resultsFor(dialog, 'Ghafari');

    await page.goto(web.origin + '/search/?q=Nangarhar', { waitUntil: 'networkidle' });
    await resultsFor(page, 'Nangarhar');
    const kept = await stored(page);
    if (kept.cookie || Object.keys(kept.local).length || Object.keys(kept.session).length)
      notEmpty.push(`/search/?q=Nangarhar: ${JSON.stringify(kept)}`);

    expect(seen.requests).toBeGreaterThan(builtPages().length);
    expect(seen.foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(notEmpty).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('the theme switch stores the reader’s choice, under isk-theme, only once it is pressed', async () => {
    const context = await web.newContext({ colorScheme: 'light' });
    const seen = watch(context, web.origin);
    const page = await context.newPage();
    await page.goto(web.origin + '/base/origins/');
    await expect(stored(page)).resolves.toEqual({ cookie: '', local: {}, session: {} });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(stored(page)).resolves.toEqual({ cookie: '', local: { 'isk-theme': 'dark' }, session: {} });
    expect(await context.cookies()).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });
});
