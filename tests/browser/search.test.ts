/**
 * Search in a real browser: the header's dialog (opened with the button, Ctrl+K or ⌘K; arrows,
 * Enter and Escape; filters; more results; another spelling), the /search/ page (`?q=`, the address
 * following the query, the no-JavaScript text), highlighting on arrival, and what a reading page
 * fetches before search is opened: nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { openSearch, resultCount, resultLinks, resultsFor, searchBox, searchDialog } from '../support/search-ui.ts';
import { RESULTS_SHOWN, TYPING_PAUSE_MS } from '../../src/lib/search-config.ts';

const web = useBrowser();

/** Files of search: Pagefind's bundle, the search interface's script and style sheet. */
const isSearchFile = (path: string) => /^\/pagefind\/|^\/_astro\/(search-ui[.-]|search\.[^/]*\.css$)/.test(path);

/** A fresh page, and the list of every site path it requests. */
async function open(
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; context: BrowserContext; fetched: string[] }> {
  const context = await web.browser.newContext(options);
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(web.origin + path, { waitUntil: 'networkidle' });
  return { page, context, fetched };
}

/** The site path the focused element links to, with its search and hash. */
const focusedHref = (page: Page) => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');

describe('search dialog', () => {
  it('a reading page asks for nothing of search until search is opened, then for the interface and Pagefind’s index', async () => {
    const { page, context, fetched } = await open('/ideology/versus-taliban/');
    expect(fetched.filter(isSearchFile)).toEqual([]);
    expect(fetched.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: /^Search/ }).click();
    await searchBox(searchDialog(page)).waitFor();
    const named = () => fetched.filter(isSearchFile).map((p) => p.replace(/^\/_astro\/search-ui[.-][\w-]+\.js$/, '/_astro/search-ui.js'));
    await expect.poll(named).toEqual(expect.arrayContaining(['/_astro/search-ui.js', '/pagefind/pagefind-entry.json']));
    await context.close();
  });

  it('opens with the mouse, with a labelled box that has the focus', async () => {
    const { page, context } = await open('/base/origins/');
    await page.getByRole('button', { name: /^Search/ }).click();
    const input = searchBox(searchDialog(page));
    await input.waitFor();
    await expect(searchDialog(page).isVisible()).resolves.toBe(true);
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    const name = await input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    expect(name.trim()).toBe('Search the profile');
    // Styled, under the page's Content-Security-Policy, by the style sheet the interface carries.
    await expect(searchDialog(page).evaluate((d) => getComputedStyle(d).borderTopWidth)).resolves.toBe('1px');
    await context.close();
  });

  it('opens with ⌘K as well as Ctrl+K', async () => {
    const { page, context } = await open('/base/origins/');
    await page.keyboard.press('Meta+k');
    await expect.poll(() => searchDialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await context.close();
  });

  it('opens with Ctrl+K; arrows and Enter land on the section, the words highlighted', async () => {
    const { page, context } = await open('/base/origins/');
    const dialog = await openSearch(page);
    await page.keyboard.type('Ghafari');
    await resultsFor(dialog, 'Ghafari');
    await page.keyboard.press('ArrowDown');
    const target = new URL(await focusedHref(page));
    expect(target.hash).not.toBe('');
    expect(target.searchParams.get('highlight')?.toLowerCase()).toBe('ghafari');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await focusedHref(page)).toBe(target.href);
    await page.keyboard.press('ArrowUp');
    await expect(searchBox(dialog).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === target.hash && url.pathname === target.pathname);
    const mark = page.locator('[data-pagefind-body] mark').first();
    await mark.waitFor();
    expect((await mark.innerText()).toLowerCase()).toContain('ghafari');
    const inView = await page.evaluate(
      (id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      },
      decodeURIComponent(target.hash.slice(1)),
    );
    expect(inView).toBe(true);
    await context.close();
  });

  it('says how many results there are in a live region', async () => {
    const { page, context } = await open('/base/origins/');
    const dialog = await openSearch(page);
    await searchBox(dialog).fill('Ghafari');
    await resultsFor(dialog, 'Ghafari');
    const status = dialog.locator('[role="status"]');
    await expect(status.innerText()).resolves.toMatch(/^\d+ results? for “Ghafari”/);
    await context.close();
  });

  it('Escape, or the Close button, closes the dialog and gives the focus back to the search button', async () => {
    const { page, context } = await open('/operations/attacks/');
    const button = page.getByRole('button', { name: /^Search/ });
    const isOpen = () => searchDialog(page).evaluate((d) => (d as HTMLDialogElement).open);
    const onButton = () => button.evaluate((el) => el === document.activeElement);
    await button.focus();
    await page.keyboard.press('Enter');
    await searchBox(searchDialog(page)).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(isOpen).toBe(false);
    await expect(onButton()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(isOpen).toBe(true);
    await searchDialog(page)
      .getByRole('button', { name: /^Close/ })
      .click();
    await expect.poll(isOpen).toBe(false);
    await expect(onButton()).resolves.toBe(true);
    await context.close();
  });

  it('leads to the section that holds the words, not to the top of the entry whose summary repeats them', async () => {
    const { page, context } = await open('/base/origins/');
    const dialog = await openSearch(page);
    await searchBox(dialog).fill('Tajikistan');
    await resultsFor(dialog, 'Tajikistan');
    const entry = await resultLinks(dialog).evaluateAll((links) =>
      links.map((a) => (a as HTMLAnchorElement).href).filter((href) => href.includes('/operations/attacks/')),
    );
    expect(entry[0]).toMatch(/\/operations\/attacks\/\?highlight=tajikistan#attacks-abroad$/);
    expect(entry.some((href) => !href.includes('#'))).toBe(false);
    await context.close();
  });

  it('lists a page’s other sections with the words, each linking to its #section', async () => {
    const { page, context } = await open('/base/origins/');
    const dialog = await openSearch(page);
    await searchBox(dialog).fill('Taliban');
    await resultsFor(dialog, 'Taliban');
    const sections = await dialog
      .locator('.search-result__sections a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.every((hash) => /^#[a-z0-9-]+$/.test(hash))).toBe(true);
    await context.close();
  });

  it('shows enough of each excerpt to judge it: whole sentences over several lines, the words marked', async () => {
    const { page, context } = await open('/base/origins/', { viewport: { width: 1024, height: 800 } });
    const dialog = await openSearch(page);
    await searchBox(dialog).fill('Ghafari');
    await resultsFor(dialog, 'Ghafari');
    const excerpt = dialog.locator('.search-result > .search-result__excerpt').first();
    const text = await excerpt.innerText();
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(20);
    const lines = await excerpt.evaluate((el) =>
      Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
    );
    expect(lines).toBeGreaterThan(1);
    expect(await excerpt.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await expect(excerpt.locator('mark').first().innerText()).resolves.toMatch(/ghafari/i);
    await context.close();
  });

  it(`shows the first ${RESULTS_SHOWN} results and a button for more, which adds them and moves the focus to the first`, async () => {
    const { page, context } = await open('/base/origins/');
    const dialog = await openSearch(page);
    await searchBox(dialog).fill('Taliban');
    await resultsFor(dialog, 'Taliban');
    const count = Number(/^(\d+)/.exec((await resultCount(dialog).textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(RESULTS_SHOWN);
    const items = dialog.locator('.search-result');
    await expect(items.count()).resolves.toBe(RESULTS_SHOWN);
    const more = dialog.getByRole('button', { name: /^More results/ });
    await more.click();
    await expect.poll(() => items.count()).toBe(Math.min(2 * RESULTS_SHOWN, count));
    const firstAdded = await items
      .nth(RESULTS_SHOWN)
      .locator('a')
      .first()
      .evaluate((a) => (a as HTMLAnchorElement).href);
    expect(await focusedHref(page)).toBe(firstAdded);
    await context.close();
  });

  it('filters by section and by kind, and fetches the filters’ counts only once a filter is used', async () => {
    const { page, context, fetched } = await open('/base/origins/');
    const dialog = await openSearch(page);
    await searchBox(dialog).fill('Taliban');
    await resultsFor(dialog, 'Taliban');
    const filterFiles = () => fetched.filter((p) => p.startsWith('/pagefind/filter/'));
    expect(filterFiles()).toEqual([]);
    const contexts = () => dialog.locator('.search-result__context').allTextContents();
    expect(new Set((await contexts()).map((c) => c.split(' · ')[0])).size).toBeGreaterThan(1);

    const section = dialog.getByRole('combobox', { name: 'Section' });
    await section.focus();
    await expect.poll(() => filterFiles().length).toBeGreaterThan(0);
    await expect.poll(() => section.locator('option', { hasText: /^Ideology \(\d+\)$/ }).count()).toBe(1);
    await section.selectOption('Ideology');
    await expect.poll(async () => [...new Set((await contexts()).map((c) => c.split(' · ')[0]))]).toEqual(['Ideology']);

    await section.selectOption('');
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('Person');
    await expect.poll(async () => [...new Set((await contexts()).map((c) => c.split(' · ')[0]))]).toEqual(['People']);
    await context.close();
  });

  it('answers a misspelt name with the nearest one and says so; the query as typed is one press away', async () => {
    const { page, context } = await open('/base/origins/');
    const dialog = await openSearch(page);
    await searchBox(dialog).fill('Gafari');
    await resultsFor(dialog, 'Ghafari');
    const suggestion = dialog.locator('[data-search-suggestion]');
    await expect(suggestion.innerText()).resolves.toBe('Showing results for Ghafari. Search for Gafari instead');
    expect(await dialog.locator('[role="status"]').innerText()).toContain('Showing results for Ghafari');
    await suggestion.getByRole('button', { name: 'Search for Gafari instead' }).click();
    await expect.poll(() => resultCount(dialog).textContent()).toMatch(/for “Gafari”/);
    await expect(suggestion.isHidden()).resolves.toBe(true);
    await context.close();
  });

  it('a newer query replaces an older one: the older answer never shows', async () => {
    const { page, context } = await open('/base/origins/');
    const dialog = await openSearch(page);
    // Every text the count line takes, from now on.
    await resultCount(dialog).evaluate((el) => {
      const seen: string[] = [];
      Object.assign(window, { countsSeen: seen });
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    // A slow network, so the first query is still waiting for its index when the second comes.
    await page.route('**/pagefind/**', async (route) => {
      await new Promise((done) => setTimeout(done, 300));
      await route.continue();
    });
    await searchBox(dialog).fill('Taliban');
    // Past the typing pause: the first query is under way.
    await page.waitForTimeout(3 * TYPING_PAUSE_MS);
    await searchBox(dialog).fill('Doha');
    await resultsFor(dialog, 'Doha');
    await page.waitForTimeout(300);
    await expect(resultCount(dialog).textContent()).resolves.toMatch(/for “Doha”/);
    const seen = await page.evaluate(() => (window as unknown as { countsSeen: string[] }).countsSeen);
    expect(seen.some((t) => /Doha/.test(t))).toBe(true);
    expect(seen.filter((t) => /Taliban/.test(t))).toEqual([]);
    const hrefs = await resultLinks(dialog).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).search));
    expect(hrefs.every((s) => s.includes('highlight=doha'))).toBe(true);
    await context.close();
  });

  it('following a result on the page the reader is on shows its section, with no dialog over it', async () => {
    const { page, context } = await open('/leadership/leaders-killed/');
    const dialog = await openSearch(page);
    await searchBox(dialog).fill('Ghafari killed');
    await resultsFor(dialog, 'Ghafari killed');
    await dialog.locator('a[href*="/leadership/leaders-killed/"]').first().click();
    await page.waitForURL((url) => url.pathname === '/leadership/leaders-killed/' && url.hash === '#ghafari-killed');
    await page.locator('[data-pagefind-body] mark').first().waitFor();
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
    await context.close();
  });
});

describe('search page', () => {
  it('/search/?q=Ghafari shows results on load, and the address follows the typing', async () => {
    const { page, context } = await open('/search/?q=Ghafari');
    await resultsFor(page, 'Ghafari');
    await searchBox(page).fill('Nangarhar');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Nangarhar');
    await resultsFor(page, 'Nangarhar');
    await context.close();
  });

  it('/search/?q=Gafari shows the results for Ghafari, and says so', async () => {
    const { page, context } = await open('/search/?q=Gafari');
    await resultsFor(page, 'Ghafari');
    await expect(page.locator('[data-search-suggestion]').innerText()).resolves.toBe(
      'Showing results for Ghafari. Search for Gafari instead',
    );
    await context.close();
  });

  it('without JavaScript, the header form submits there and the page says search needs JavaScript', async () => {
    const { page, context } = await open('/leadership/founding/', { javaScriptEnabled: false });
    await page.getByRole('searchbox', { name: 'Search the profile' }).fill('Ghafari');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\/search\/\?q=Ghafari$/);
    await expect(page.locator('main').innerText()).resolves.toContain('Search needs JavaScript');
    expect(await page.getByRole('link', { name: 'whole profile on one page' }).isVisible()).toBe(true);
    await context.close();
  });
});
