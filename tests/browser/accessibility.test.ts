/**
 * WCAG 2.2 A and AA, as axe-core checks them, on every built page: light and dark, phone and desktop;
 * then in the search dialog, and every page reflowed to 320 px.
 * One test per theme and width lists every violation of every page at once, so a failure reads as
 * a to-do list (page, rule, element) rather than as hundreds of separate failures.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { useBrowser } from '../support/browser.ts';
import { builtPages, fileFor } from '../support/dist.ts';
import { resultsFor, searchBox, searchDialog } from '../support/search-ui.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the bar the site promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];
const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;
type Width = (typeof WIDTHS)[number];

/** Every built page but forwarding pages, which only send the reader on and are never read. */
function readablePages(): string[] {
  return builtPages().filter((path) => !/<meta\s+http-equiv="refresh"/i.test(readFileSync(fileFor(path), 'utf8')));
}

/** axe-core itself, put into every page of an audited context as the page loads. */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const web = useBrowser();

/**
 * A context whose pages get axe-core once, as each loads. Left to itself, AxeBuilder sends and
 * runs axe's 580 kB twice for every check, in each theme: a third of the checks' time.
 */
async function auditedContext(options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
  const context = await web.newContext(options);
  await context.addInitScript({ path: AXE });
  return context;
}

/**
 * axe's violations on the page as it is now, one line each: page, rule, element, and what is wrong.
 * The page must come from auditedContext(): axe is already there, so AxeBuilder is handed a no-op
 * for its own copy. Legacy mode runs axe in the page rather than in a blank page opened for every
 * run; the site has no frames, which is all it gives up. Not `resultTypes: ['violations']`, which
 * would be quicker still: with it, axe 4.13 misses target-size violations.
 */
async function violations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page, axeSource: 'void 0' }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${label}: ${v.id} at ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() || v.help}`),
  );
}

const surveys = new Map<string, Promise<Record<Theme, string[]>>>();

/**
 * Every page at one width, checked in both themes. Switching the colour scheme restyles a loaded
 * page, so each page loads once per width, not once per theme: a quarter less time. Reduced motion
 * turns the site's transitions off, so no colour is read halfway through a change of theme.
 */
function survey(width: Width): Promise<Record<Theme, string[]>> {
  let run = surveys.get(width.name);
  if (!run) {
    run = (async () => {
      const context = await auditedContext({ viewport: width.viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const found: Record<Theme, string[]> = { light: [], dark: [] };
      for (const path of readablePages()) {
        await page.goto(web.origin + path, { waitUntil: 'load' });
        for (const theme of THEMES) {
          await page.emulateMedia({ colorScheme: theme });
          found[theme].push(...(await violations(page, path)));
        }
      }
      await context.close();
      return found;
    })();
    surveys.set(width.name, run);
  }
  return run;
}

describe('axe-core finds no WCAG 2.2 A or AA violation', () => {
  // Concurrent: the two widths' surveys run side by side, one per core; each theme's test reads its own half.
  it.concurrent.each(WIDTHS.flatMap((width) => THEMES.map((theme) => ({ theme, width, name: width.name }))))(
    'on any of the built pages, in the $theme theme at $name width',
    async ({ theme, width }) => {
      expect((await survey(width))[theme]).toEqual([]);
    },
    // About a minute on two cores shared with other work; the margin is for a busier machine.
    300_000,
  );

  // The search dialog is built when search opens, so the survey of pages never sees it.
  it.each(THEMES)('in the search dialog, open with results for “Ghafari” and another spelling offered, in the %s theme', async (theme) => {
    const context = await auditedContext({ colorScheme: theme, viewport: WIDTHS[1].viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(web.origin + '/leadership/leaders-killed/');
    await page.getByRole('button', { name: /^Search/ }).click();
    const dialog = searchDialog(page);
    await searchBox(dialog).waitFor();
    await searchBox(dialog).fill('Gafari');
    await resultsFor(dialog, 'Ghafari');
    await expect(violations(page, 'search dialog')).resolves.toEqual([]);
    await context.close();
  });
});

describe('reflow', () => {
  // WCAG 1.4.10: 320 CSS px is a 1280 px screen at 400% zoom (a 640 px one at 200%); nothing may scroll sideways.
  it('every built page fits a 320 px wide screen without horizontal scrolling', async () => {
    const context = await web.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of readablePages()) {
      await page.goto(web.origin + path, { waitUntil: 'load' });
      const overflow = await page.evaluate(() => {
        const root = document.documentElement;
        const by = root.scrollWidth - root.clientWidth;
        if (by <= 0) return '';
        // Name the first element that sticks out, so the failure says where to look.
        const culprit = [...document.body.querySelectorAll<HTMLElement>('*')].find(
          (el) => el.getBoundingClientRect().right > root.clientWidth,
        );
        const name = culprit
          ? `${culprit.tagName.toLowerCase()}${culprit.classList.length ? '.' + [...culprit.classList].join('.') : ''}`
          : '';
        return `${by} px too wide${name ? `, first at ${name}` : ''}`;
      });
      if (overflow) wide.push(`${path}: ${overflow}`);
    }
    expect(wide).toEqual([]);
    await context.close();
  }, 120_000);
});
