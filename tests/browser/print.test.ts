/**
 * Printing: what a reader of paper needs, as a report. The text, the editors' notes, the source
 * card, the page's full address and, on an entry, its citation with full URLs; no address after
 * every linked name, and no site furniture. Print media emulated in Chromium.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';

const PROFILE = '/profile/';
const ENTRY = '/leadership/leaders-killed/';

const web = useBrowser();

/** The page as the print dialog lays it out. */
async function printed(path: string): Promise<Page> {
  const page = await web.newPage();
  await page.goto(web.origin + path);
  await page.emulateMedia({ media: 'print' });
  return page;
}

/** Every link the printed page follows with its address, as generated content (`content: attr(href)`). */
function addressesPrinted(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].flatMap((a) => {
      const href = a.getAttribute('href') ?? '';
      return ['::before', '::after']
        .map((pseudo) => getComputedStyle(a, pseudo).content)
        .filter((content) => content.includes(href) || content.includes('attr(href)'))
        .map((content) => `${a.textContent?.trim() ?? ''} ${content}`);
    }),
  );
}

/** Which of the selectors have something visible on the printed page. */
function visible(page: Page, selectors: string[]): Promise<Record<string, boolean>> {
  return page.evaluate(
    (list) =>
      Object.fromEntries(list.map((s) => [s, [...document.querySelectorAll(s)].some((el) => (el as HTMLElement).checkVisibility())])),
    selectors,
  );
}

describe('printing', () => {
  it.each([PROFILE, ENTRY])('%s prints no address after any link', async (path) => {
    const page = await printed(path);
    expect(await addressesPrinted(page)).toEqual([]);
    await page.context().close();
  });

  it.each([PROFILE, ENTRY])('%s prints its text, the editors’ notes, the source card and its own full address', async (path) => {
    const page = await printed(path);
    await expect(visible(page, ['main .prose p', 'main .editor-note', '.source-card'])).resolves.toEqual({
      'main .prose p': true,
      'main .editor-note': true,
      '.source-card': true,
    });
    const address = page.locator('.site-header__address');
    expect(await address.isVisible()).toBe(true);
    expect(await address.innerText()).toMatch(new RegExp(`^https?://[^/]+${path.replaceAll('/', '\\/')}$`));
    await page.context().close();
  });

  it.each([PROFILE, ENTRY])('%s prints none of the site’s furniture', async (path) => {
    const page = await printed(path);
    const furniture = [
      '.site-nav',
      '.site-search',
      '.theme-toggle',
      '.breadcrumbs',
      '.entry .toc',
      '.prev-next',
      '.heading__link',
      '.site-footer__nav',
    ];
    const shown = Object.entries(await visible(page, furniture)).filter(([, v]) => v);
    expect(shown).toEqual([]);
    await page.context().close();
  });

  it('an entry prints its citation, closed on screen, in the prose styles, with the full URL', async () => {
    const page = await printed(ENTRY);
    const citations = page.locator('.entry-cite .cite__text');
    const shown = await citations.evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.textContent ?? ''));
    // The references (APA, Chicago's bibliography and note) give the full URL; an in-text citation has none.
    const withUrl = shown.filter((text) => /https?:\/\/[^/\s]+\/\S*leadership\/leaders-killed\//.test(text));
    expect(withUrl.length, shown.join('\n')).toBeGreaterThanOrEqual(3);
    // BibTeX and RIS are for copying into a reference manager, not for paper.
    expect(await page.locator('.entry-cite .cite__code').evaluateAll((els) => els.some((el) => el.checkVisibility()))).toBe(false);
    await page.context().close();
  });

  it('on screen, the page’s address stays out of the way', async () => {
    const page = await web.newPage();
    await page.goto(web.origin + ENTRY);
    expect(await page.locator('.site-header__address').isVisible()).toBe(false);
    await page.context().close();
  });
});
