/**
 * The theme switch says what pressing it does, and says the same to everyone: its visible words
 * are its accessible name, it shows the icon of the theme it switches to, and it claims no
 * pressed state that its words would contradict.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';

const PAGE = '/leadership/leaders-killed/';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const web = useBrowser();

/** What a screen reader hears for the switch: its accessible name as Chromium computes it. */
async function accessibleName(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-theme-toggle]' })) as { nodeId: number };
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
    nodes: { name?: { value: string } }[];
  };
  return nodes[0]?.name?.value ?? '';
}

/** Which icon shows: the moon (switch to dark) or the sun (switch to light). */
const icon = (button: Locator) =>
  button.evaluate((b) =>
    [...b.querySelectorAll<HTMLElement>('[data-to]')].filter((face) => face.checkVisibility()).map((face) => face.dataset['to']),
  );

describe('the theme switch', () => {
  it('in the light theme says “Switch to dark theme”, and after a press “Switch to light theme”, on screen and to screen readers', async () => {
    const page = await web.newPage({ colorScheme: 'light' });
    await page.goto(web.origin + PAGE);
    const button = page.locator('[data-theme-toggle]');
    for (const [theme, words, shows] of [
      ['light', 'Switch to dark theme', 'dark'],
      ['dark', 'Switch to light theme', 'light'],
    ] as const) {
      await expect(page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).resolves.toBe(theme);
      await expect(button.innerText()).resolves.toBe(words);
      await expect(accessibleName(page)).resolves.toBe(words);
      await expect(icon(button)).resolves.toEqual([shows]);
      if (theme === 'light') await button.click();
    }
    await page.context().close();
  });

  it('in the system’s dark mode, before any press, offers the light theme', async () => {
    const page = await web.newPage({ colorScheme: 'dark' });
    await page.goto(web.origin + PAGE);
    const button = page.locator('[data-theme-toggle]');
    await expect(accessibleName(page)).resolves.toBe('Switch to light theme');
    await expect(icon(button)).resolves.toEqual(['light']);
    await page.context().close();
  });

  it('claims no pressed state, which its words would contradict', async () => {
    const page = await web.newPage({ colorScheme: 'dark' });
    await page.goto(web.origin + PAGE);
    await expect(page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).resolves.toBeNull();
    await page.context().close();
  });

  it('on a phone shows only the icon, and keeps its words as its name', async () => {
    const page = await web.newPage({ ...PHONE, colorScheme: 'light' });
    await page.goto(web.origin + PAGE);
    const button = page.locator('[data-theme-toggle]');
    await expect(accessibleName(page)).resolves.toBe('Switch to dark theme');
    await expect(icon(button)).resolves.toEqual(['dark']);
    const box = await button.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(48);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });
});
