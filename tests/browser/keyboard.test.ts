/**
 * Reading with the keyboard alone: the order of the first stops, the header's controls working
 * with Enter and Space, and a focus indicator on every stop, in both themes.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { searchDialog } from '../support/search-ui.ts';

const ENTRY = '/leadership/leaders-killed/';
/** Enough stops to pass the header, the table of contents and a good part of the entry. */
const WALK = 40;

const web = useBrowser();

/** A fresh context and page on the entry, as a reader arriving from elsewhere sees it. */
async function arrive(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; context: BrowserContext }> {
  const context = await web.newContext(options);
  const page = await context.newPage();
  await page.goto(web.origin + ENTRY);
  return { page, context };
}

/** The focused element as a reader would name it: its role and its accessible text, trimmed. */
function focused(page: Page): Promise<{ tag: string; text: string; label: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.innerText ?? '').replace(/\s+/g, ' ').trim(),
      label: el?.getAttribute('aria-label') ?? '',
    };
  });
}

/** Presses Tab until the focused element matches, and fails with the stops passed if it never does. */
async function tabTo(page: Page, matches: (stop: { tag: string; text: string }) => boolean, limit = WALK): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    passed.push(`${stop.tag} “${stop.text}”`);
    if (matches(stop)) return passed;
  }
  throw new Error(`Tab never reached the element sought in ${limit} stops; it passed: ${passed.join(', ')}`);
}

describe('the keyboard alone', () => {
  it('reaches the skip link first, then the site’s name, the main navigation, search and the theme switch, in that order', async () => {
    const { page, context } = await arrive();
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'a', text: 'Skip to content' });
    expect(await page.locator(':focus').isVisible()).toBe(true);

    const nav = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();
    const stops = await tabTo(page, (s) => s.text === 'Switch to dark theme');
    expect(stops).toEqual([
      'a “IS-K Profile Explorer”',
      ...nav.map((name) => `a “${name.trim()}”`),
      expect.stringMatching(/^button “Search (Ctrl|⌘) K”$/),
      'button “Switch to dark theme”',
    ]);
    await context.close();
  });

  it('follows a navigation link with Enter', async () => {
    const { page, context } = await arrive();
    await tabTo(page, (s) => s.text === 'Ideology');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.origin}/ideology/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Ideology');
    await context.close();
  });

  it('switches the theme with Enter and back with Space', async () => {
    const { page, context } = await arrive({ colorScheme: 'light' });
    await tabTo(page, (s) => s.text === 'Switch to dark theme');
    const state = () =>
      page.evaluate(() => [document.documentElement.dataset['theme'] ?? 'system', (document.activeElement as HTMLElement).innerText]);
    await expect(state()).resolves.toEqual(['system', 'Switch to dark theme']);
    await page.keyboard.press('Enter');
    await expect(state()).resolves.toEqual(['dark', 'Switch to light theme']);
    await page.keyboard.press('Space');
    await expect(state()).resolves.toEqual(['light', 'Switch to dark theme']);
    await context.close();
  });

  it('opens search with Enter and with Space; Escape closes it and gives the focus back to the button', async () => {
    const { page, context } = await arrive();
    await tabTo(page, (s) => s.text.startsWith('Search'));
    const dialogOpen = () => searchDialog(page).evaluate((d) => (d as HTMLDialogElement).open);
    const inSearchBox = () => page.evaluate(() => document.activeElement?.matches('dialog [data-search-input]') ?? false);
    const onButton = () => page.evaluate(() => document.activeElement?.matches('[data-search-open]') ?? false);
    for (const key of ['Enter', 'Space']) {
      await page.keyboard.press(key);
      await expect.poll(inSearchBox, { timeout: 5000 }).toBe(true);
      await expect(dialogOpen()).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(dialogOpen).toBe(false);
      await expect(onButton()).resolves.toBe(true);
    }
    await context.close();
  });

  it('reaches a heading’s self-link, which shows when it has the focus', async () => {
    const { page, context } = await arrive();
    await tabTo(page, (s) => s.text.endsWith('Link to this section: Leaders killed in US strikes'));
    const link = page.locator(':focus');
    await expect(link.getAttribute('href')).resolves.toBe('#leaders-killed-us-strikes');
    expect(await link.isVisible()).toBe(true);
    // Self-links fade in on hover and focus: at rest they may be faint, but not when focused.
    expect(await link.evaluate((el) => Number(getComputedStyle(el).opacity))).toBeGreaterThan(0.5);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('shows where the focus is at each of %s theme’s first 40 stops', async (colorScheme) => {
    const { page, context } = await arrive({ colorScheme });
    const unseen: string[] = [];
    for (let i = 0; i < WALK; i++) {
      await page.keyboard.press('Tab');
      // An outline of some width, style and colour, or a box shadow: either draws the focus indicator.
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const clear = style.outlineColor === 'transparent' || /^rgba\(.*,\s*0\)$/.test(style.outlineColor);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !clear;
        const shadow = style.boxShadow !== 'none';
        const box = el.getBoundingClientRect();
        return {
          name: `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''} “${el.innerText.replace(/\s+/g, ' ').trim().slice(0, 50)}”`,
          indicated: outline || shadow,
          shown: box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0,
        };
      });
      if (!stop.indicated || !stop.shown)
        unseen.push(`stop ${i + 1}, ${stop.name}: ${stop.indicated ? 'not shown' : 'no outline or shadow'}`);
    }
    expect(unseen).toEqual([]);
    await context.close();
  });
});
