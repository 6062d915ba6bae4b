import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const PAGE_TYPES = ['/', '/leadership/', '/leadership/leaders-killed/', '/profile/', '/source/', '/search/?q=Nangarhar', '/404.html'];
const web = useBrowser();

describe('reading in a browser', () => {
  it('with JavaScript off, an entry reads in full and the header navigation works', async () => {
    const page = await web.newPage({ javaScriptEnabled: false });
    await page.goto(`${web.origin}/leadership/leaders-killed/`);
    await expect(page.locator('main .prose').innerText()).resolves.toContain('Sanaullah Ghafari, the emir who led IS-K');
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ideology' }).click();
    await page.waitForURL(`${web.origin}/ideology/`);
    expect(await page.locator('h1').innerText()).toBe('Ideology');
    await page.context().close();
  });

  it('the theme toggle switches to dark, then offers light, and remembers the choice after a reload', async () => {
    const context = await web.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${web.origin}/base/origins/`);
    const toggle = page.getByRole('button', { name: 'Switch to dark theme' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    expect(await page.getByRole('button', { name: 'Switch to light theme' }).isVisible()).toBe(true);
    expect(await background()).not.toBe(light);
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    expect(await page.getByRole('button', { name: 'Switch to light theme' }).isVisible()).toBe(true);
    await context.close();
  });

  it('follows the system’s dark mode when the reader has not chosen', async () => {
    const context = await web.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${web.origin}/base/origins/`);
    expect(await page.getByRole('button', { name: 'Switch to light theme' }).isVisible()).toBe(true);
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).resolves.toBe('dark');
    await context.close();
  });

  it('a heading’s self-link is reached by keyboard and visible when focused', async () => {
    const page = await web.newPage();
    await page.goto(`${web.origin}/leadership/leaders-killed/`);
    const link = page.getByRole('link', { name: 'Link to this section: Leaders killed in US strikes' });
    await link.focus();
    expect(await link.evaluate((el) => Number(getComputedStyle(el).opacity))).toBeGreaterThan(0.5);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#leaders-killed-us-strikes');
    await page.context().close();
  });

  it('the skip link is the first stop of the keyboard and moves focus to the content', async () => {
    const page = await web.newPage();
    await page.goto(`${web.origin}/operations/attacks/`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.innerText()).resolves.toBe('Skip to content');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main-content');
    await page.context().close();
  });

  it.each(PAGE_TYPES)('%s fits a 320 px wide screen without horizontal scrolling', async (path) => {
    const page = await web.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${web.origin}${path}`, { waitUntil: 'networkidle' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it.each(PAGE_TYPES)('%s asks nothing of any other origin', async (path) => {
    const context = await web.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== web.origin) foreign.push(r.url());
    });
    await page.goto(`${web.origin}${path}`, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    await context.close();
  });
});
