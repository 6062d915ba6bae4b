import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const web = useBrowser();

describe('a section’s link', () => {
  it('copies the section’s permanent URL, says so on screen and to screen readers, and still goes there', async () => {
    const context = await web.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.origin });
    const page = await context.newPage();
    await page.goto(`${web.origin}/leadership/leaders-killed/`);
    await page.getByRole('link', { name: 'Link to this section: Sanaullah Ghafari killed by the Taliban’s forces' }).click();
    const status = page.getByRole('status').filter({ hasText: 'copied' });
    await expect(status.textContent()).resolves.toBe('Link to this section copied');
    expect(await status.isVisible()).toBe(true);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^https?:\/\/[^/]+\/leadership\/leaders-killed\/#ghafari-killed$/);
    expect(new URL(page.url()).hash).toBe('#ghafari-killed');
    await context.close();
  });

  it('is a plain link without JavaScript', async () => {
    const page = await web.newPage({ javaScriptEnabled: false });
    await page.goto(`${web.origin}/leadership/leaders-killed/`);
    await page.getByRole('link', { name: 'Link to this section: Sanaullah Ghafari killed by the Taliban’s forces' }).click();
    expect(new URL(page.url()).hash).toBe('#ghafari-killed');
    await page.context().close();
  });

  it('text fragments (#:~:text=) behave as on a page without our scripts: nothing of ours breaks them', async () => {
    // Whether a browser scrolls to a text fragment is its own affair (a headless shell build does
    // not); what we test is that our page does exactly what a script-free page does in it.
    const scrolled = async (path: string) => {
      const context = await web.newContext({ reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route(`${web.origin}/control/`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><title>c</title><div style="height:3000px"></div><p>the Russian embassy in Kabul</p>`,
        }),
      );
      await page.goto(`${web.origin}${path}#:~:text=Russian%20embassy`);
      await page.waitForTimeout(1500);
      const y = await page.evaluate(() => scrollY);
      await context.close();
      return { moved: y > 0, errors };
    };
    const control = await scrolled('/control/');
    const ours = await scrolled('/operations/attacks/');
    expect(ours.moved).toBe(control.moved);
    expect(ours.errors).toEqual([]);
  });
});
