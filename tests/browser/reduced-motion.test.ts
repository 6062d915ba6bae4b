/**
 * Readers who ask their system for less motion get none: no smooth scrolling to anchors, and no
 * transition or animation on any element, the search dialog's included.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { resultsFor, searchBox, searchDialog } from '../support/search-ui.ts';

/** One page of each kind that has something to move: an entry, the home page, the map, the charts. */
const PAGES = ['/leadership/leaders-killed/', '/', '/places/', '/figures/', '/timeline/'];

const web = useBrowser();

/** Every element (and its ::before and ::after) whose transition or animation lasts longer than 0 s. */
function moving(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (value: string) =>
      Math.max(0, ...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1) || 0));
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const transition = seconds(style.transitionDuration);
        const animation = style.animationName === 'none' ? 0 : seconds(style.animationDuration);
        if (transition > 0 || animation > 0) {
          const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''}${pseudo ?? ''}`;
          found.push(`${name}: transition ${style.transitionDuration}, animation ${style.animationName} ${style.animationDuration}`);
        }
      }
    }
    // Anything the Web Animations API runs, CSS's own included.
    for (const a of document.getAnimations()) found.push(`a running animation: ${a.constructor.name} ${a.id}`);
    return found;
  });
}

const scrollBehavior = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);

describe('with prefers-reduced-motion: reduce', () => {
  it('smooth scrolling and transitions are on by default, and off when the reader asks for less motion', async () => {
    // The default first, so the test shows that the preference, and nothing else, turns them off.
    const page = await web.newPage({ reducedMotion: 'no-preference' });
    await page.goto(web.origin + PAGES[0]);
    await expect(scrollBehavior(page)).resolves.toBe('smooth');
    expect((await moving(page)).length).toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(scrollBehavior(page)).resolves.toBe('auto');
    await expect(moving(page)).resolves.toEqual([]);
    await page.context().close();
  });

  it.each(PAGES)('nothing on %s moves', async (path) => {
    const page = await web.newPage({ reducedMotion: 'reduce' });
    await page.goto(web.origin + path);
    await expect(scrollBehavior(page)).resolves.toBe('auto');
    await expect(moving(page)).resolves.toEqual([]);
    await page.context().close();
  });

  it('nothing moves in the search dialog, with results shown', async () => {
    const page = await web.newPage({ reducedMotion: 'reduce' });
    await page.goto(web.origin + PAGES[0]);
    await page.getByRole('button', { name: /^Search/ }).click();
    const dialog = searchDialog(page);
    await searchBox(dialog).waitFor();
    await searchBox(dialog).fill('Ghafari');
    await resultsFor(dialog, 'Ghafari');
    await expect(moving(page)).resolves.toEqual([]);
    await page.context().close();
  });
});
