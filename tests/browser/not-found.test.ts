import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

// Served as the README asks of hosts: an unknown address gets 404.html with status 404.
const web = useBrowser({ serve: { notFound: true } });

describe('the 404 page in a browser', () => {
  it('names the address asked for and offers the closest pages and a search for its words', async () => {
    const context = await web.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== web.origin) foreign.push(r.url());
    });
    const response = await page.goto(`${web.origin}/leadership/ghafari`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(404);
    await expect(page.locator('.lede').innerText()).resolves.toMatch(/^There is no page at \/leadership\/ghafari\./);
    await expect(page.locator('#nf-asked code').innerText()).resolves.toBe('/leadership/ghafari');

    const suggestions = page.getByRole('region', { name: 'Closest pages' });
    await expect(suggestions.isVisible()).resolves.toBe(true);
    const links = suggestions.locator('ol a');
    await expect(links.count()).resolves.toBe(5);
    await expect(page.locator('#nf-none').isVisible()).resolves.toBe(false);
    await expect(links.first().innerText()).resolves.toBe('Sanaullah Ghafari');
    await expect(links.first().getAttribute('href')).resolves.toBe('/people/sanaullah-ghafari/');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/leadership/leaders-killed/');

    const search = suggestions.getByRole('link', { name: 'Search for: leadership ghafari' });
    await expect(search.getAttribute('href')).resolves.toBe('/search/?q=leadership%20ghafari');

    await links.first().click();
    await page.waitForURL(`${web.origin}/people/sanaullah-ghafari/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Sanaullah Ghafari');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('shows an address with escapes as the reader typed it, and no list when no word matches', async () => {
    const page = await web.newPage();
    await page.goto(`${web.origin}/xyzzy%20plugh/`);
    await expect(page.locator('#nf-asked code').innerText()).resolves.toBe('/xyzzy plugh/');
    await expect(page.locator('#nf-list').isVisible()).resolves.toBe(false);
    await expect(page.getByText('No page’s address or title has these words.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Search for: xyzzy plugh' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('without JavaScript, says the address is not a page and lists the sections and entries', async () => {
    const page = await web.newPage({ javaScriptEnabled: false });
    const response = await page.goto(`${web.origin}/leadership/ghafari`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('.lede').innerText()).resolves.toMatch(/^There is no page at this address\./);
    await expect(page.locator('#nf-suggestions').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('heading', { name: 'Leadership' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Leaders killed and the Taliban’s campaign against IS-K' }).isVisible()).resolves.toBe(
      true,
    );
    await page.context().close();
  });
});
