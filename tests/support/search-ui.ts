/**
 * The search interface as the browser tests meet it (SearchPanel.astro in the header's dialog or on
 * /search/): where its parts are, and how to search and wait for the answer to the whole query.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The header's search dialog. */
export const searchDialog = (page: Page): Locator => page.locator('dialog.search-dialog');

/** The search box: the dialog's, or the search page's when there is no dialog. */
export const searchBox = (scope: Page | Locator): Locator => scope.locator('[data-search-input]');

/** The line that says how many results there are, for what. */
export const resultCount = (scope: Page | Locator): Locator => scope.locator('[data-search-count]');

/** Every link of the results shown: each result's, then its sections'. */
export const resultLinks = (scope: Page | Locator): Locator => scope.locator('[data-search-results] a');

/** Opens the dialog with Ctrl+K and waits for its box. */
export async function openSearch(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+k');
  const dialog = searchDialog(page);
  await searchBox(dialog).waitFor();
  return dialog;
}

/** Waits until the count names `query` (what was searched) and a result link is shown. */
export async function resultsFor(scope: Page | Locator, query: string | RegExp, timeout = 10_000): Promise<void> {
  const words = typeof query === 'string' ? new RegExp(`results? for “${query}”`) : query;
  await expect.poll(() => resultCount(scope).textContent(), { timeout }).toMatch(words);
  await resultLinks(scope).first().waitFor({ timeout });
}
