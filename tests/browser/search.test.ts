import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';

const web = useBrowser();

/** A fresh page, and the list of every URL it requests from /pagefind/. */
async function open(
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; context: BrowserContext; pagefind: string[] }> {
  const context = await web.newContext(options);
  const page = await context.newPage();
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(r.url());
  });
  await page.goto(web.origin + path, { waitUntil: 'networkidle' });
  return { page, context, pagefind };
}

const dialog = (page: Page) => page.locator('pagefind-modal dialog');
const searchInput = (page: Page) => dialog(page).getByRole('searchbox');

describe('search dialog', () => {
  it('a reading page asks for nothing of Pagefind until search is opened', async () => {
    const { page, context, pagefind } = await open('/ideology/versus-taliban/');
    expect(pagefind).toEqual([]);
    await page.getByRole('button', { name: /^Search/ }).click();
    await expect(searchInput(page).waitFor()).resolves.toBeUndefined();
    expect(pagefind.some((u) => u.endsWith('pagefind-component-ui.js'))).toBe(true);
    await context.close();
  });

  it('opens with the mouse, with a labelled input that has the focus', async () => {
    const { page, context } = await open('/base/origins/');
    await page.getByRole('button', { name: /^Search/ }).click();
    const input = searchInput(page);
    await input.waitFor();
    await expect(dialog(page).isVisible()).resolves.toBe(true);
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    const name = await input.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent || el.getAttribute('aria-label'));
    expect(name?.trim()).toBeTruthy();
    await context.close();
  });

  it('opens with Ctrl+K; arrows and Enter land on the section with the word highlighted', async () => {
    const { page, context } = await open('/base/origins/');
    await page.keyboard.press('Control+k');
    await searchInput(page).waitFor();
    await page.keyboard.type('Ghafari');
    // Wait for the results of the whole word, not of a prefix still being replaced.
    await expect.poll(() => dialog(page).locator('pagefind-summary').textContent(), { timeout: 5000 }).toMatch(/results? for Ghafari/);
    await dialog(page).locator('.pf-heading-link').first().waitFor();
    // The number of results is put in a live region for screen readers.
    await expect
      .poll(
        () =>
          page
            .locator('[aria-live]')
            .allInnerTexts()
            .then((t) => t.join(' ')),
        { timeout: 5000 },
      )
      .toMatch(/\d+ results?/);
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    let href = await focused();
    for (let i = 0; i < 5 && !new URL(href || web.origin).hash; i++) {
      await page.keyboard.press('ArrowDown');
      href = await focused();
    }
    const target = new URL(href);
    expect(target.hash).not.toBe('');
    expect(target.searchParams.get('highlight')?.toLowerCase()).toBe('ghafari');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === target.hash);
    const mark = page.locator(`mark`).first();
    await mark.waitFor();
    expect((await mark.innerText()).toLowerCase()).toContain('ghafari');
    // The section the result named is on screen.
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

  it('Escape closes the dialog and gives the focus back to the search button', async () => {
    const { page, context } = await open('/operations/attacks/');
    const button = page.getByRole('button', { name: /^Search/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await searchInput(page).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await context.close();
  });

  it('filters results by section', async () => {
    const { page, context } = await open('/base/origins/');
    await page.keyboard.press('Control+k');
    await searchInput(page).waitFor();
    await page.keyboard.type('Taliban');
    await dialog(page).locator('.result-path').first().waitFor();
    const paths = () => dialog(page).locator('.result-path').allTextContents();
    expect(new Set(await paths()).size).toBeGreaterThan(1);
    await dialog(page)
      .locator('pagefind-filter-dropdown')
      .getByRole('button')
      .or(dialog(page).locator('pagefind-filter-dropdown').getByRole('combobox'))
      .first()
      .click();
    await dialog(page)
      .getByRole('option', { name: /Ideology/ })
      .or(dialog(page).getByRole('checkbox', { name: /Ideology/ }))
      .first()
      .click();
    await expect.poll(async () => [...new Set(await paths())], { timeout: 5000 }).toEqual(['Ideology']);
    await context.close();
  });
});

describe('search page', () => {
  it('/search/?q=Ghafari shows results on load, and the address follows the typing', async () => {
    const { page, context } = await open('/search/?q=Ghafari');
    await page.locator('.pf-result-link').first().waitFor();
    expect(await page.locator('.pf-result-link').count()).toBeGreaterThan(0);
    const input = page.locator('[data-search-ui] input');
    await input.fill('Nangarhar');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Nangarhar');
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
