/**
 * Reading on a wide screen and on a phone, measured in Chromium. At 1280 px no page leaves one
 * margin much emptier than the other; at 390 px the charts' and the map's text stays legible, and
 * the header leaves the screen to the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { publicPages } from '../support/dist.ts';

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
/** The most one margin may exceed the other, as a share of the window's width. */
const LOPSIDED = 0.15;
/** The smallest text a chart or the map may draw, in CSS px. */
const SMALLEST_TEXT = 11;

const web = useBrowser();

/** The file behind a page: the test server takes `/index/` for `/index.html`, the home page, so ask for the A–Z page's file itself. */
const served = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

/**
 * The empty margins left and right of what the page draws (text, pictures, boxes and rules in
 * main and the footer), screen by screen from top to bottom, as the reader scrolls. Sticky
 * columns count where the reader sees them.
 */
function marginsByScreen(page: Page): Promise<{ top: number; left: number; right: number }[]> {
  return page.evaluate(async () => {
    const width = document.documentElement.clientWidth;
    const height = innerHeight;
    const drawn = (el: Element, style: CSSStyleDeclaration) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) ||
      el instanceof SVGSVGElement ||
      el instanceof HTMLImageElement ||
      style.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
      ['top', 'right', 'bottom', 'left'].some((side) => parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0);
    const screens: { top: number; left: number; right: number }[] = [];
    for (let top = 0; top < document.documentElement.scrollHeight; top += height) {
      scrollTo({ top, behavior: 'instant' });
      let left = Infinity;
      let right = -Infinity;
      for (const el of document.querySelectorAll('main *, .site-footer *')) {
        if (el.closest('svg') !== null && !(el instanceof SVGSVGElement)) continue;
        const box = el.getBoundingClientRect();
        if (box.width < 2 || box.height < 2 || box.bottom <= 0 || box.top >= height) continue;
        const style = getComputedStyle(el);
        if (style.visibility !== 'visible' || !drawn(el, style)) continue;
        left = Math.min(left, box.left);
        right = Math.max(right, box.right);
      }
      if (left < Infinity) screens.push({ top, left: Math.round(left), right: Math.round(width - right) });
    }
    return screens;
  });
}

/** The size of every chart or map label the reader can see, in CSS px: its font size times the SVG's scale. */
function chartTextSizes(page: Page): Promise<{ text: string; px: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main svg text')]
      .filter((t) => t.checkVisibility() && t.getClientRects().length > 0)
      .map((t) => {
        const m = (t as SVGTextElement).getScreenCTM()!;
        return { text: t.textContent ?? '', px: Math.round(parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) * 10) / 10 };
      }),
  );
}

describe('at 1280 px', () => {
  it.each(publicPages())('%s keeps its empty margins even, within 15% of the window, on every screen', async (path) => {
    const page = await web.newPage({ viewport: LAPTOP });
    await page.goto(web.origin + served(path));
    const screens = await marginsByScreen(page);
    expect(screens.length).toBeGreaterThan(0);
    const lopsided = screens.filter((s) => Math.abs(s.left - s.right) > LOPSIDED * LAPTOP.width);
    expect(lopsided).toEqual([]);
    await page.context().close();
  });
});

describe('at 390 px, on a phone', () => {
  it.each(['/timeline/', '/places/', '/figures/'])('the text of the charts and the map on %s is 11 px or more', async (path) => {
    const page = await web.newPage(PHONE);
    await page.goto(web.origin + path);
    const sizes = await chartTextSizes(page);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((s) => s.px < SMALLEST_TEXT)).toEqual([]);
    await page.context().close();
  });

  it.each([true, false])('the header takes at most 120 px of an 844 px screen (JavaScript on: %s)', async (javaScriptEnabled) => {
    for (const path of ['/', '/leadership/leaders-killed/']) {
      const page = await web.newPage({ ...PHONE, javaScriptEnabled });
      await page.goto(web.origin + path);
      const height = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual(120);
      await page.context().close();
    }
  });

  it('nothing moves while a page loads and its scripts start: the header shows its search button from the first paint', async () => {
    for (const path of ['/', '/leadership/leaders-killed/', '/places/']) {
      const page = await web.newPage(PHONE);
      await page.addInitScript(() => {
        const shifts: number[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(web.origin + path, { waitUntil: 'networkidle' });
      await page.locator('[data-search-open]').waitFor();
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
      expect(shifts, path).toEqual([]);
      await page.context().close();
    }
  });

  it('search shows no “Ctrl K” on a touch screen, and shows it where there is a mouse and keyboard', async () => {
    const phone = await web.newPage(PHONE);
    await phone.goto(web.origin + '/');
    await phone.locator('[data-search-open]').waitFor();
    expect(await phone.locator('[data-shortcut]').isVisible()).toBe(false);
    await phone.context().close();
    const laptop = await web.newPage({ viewport: LAPTOP });
    await laptop.goto(web.origin + '/');
    await laptop.locator('[data-search-open]').waitFor();
    expect(await laptop.locator('[data-shortcut]').isVisible()).toBe(true);
    await laptop.context().close();
  });
});
