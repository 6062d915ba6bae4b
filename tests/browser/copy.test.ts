/**
 * Quoting the note: a reader who selects its text and copies it gets the note's words, every
 * sentence whole, with none of the editors' labels inside; and a claim is still labelled where it
 * stands: on screen, on paper and for screen readers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { builtPages, fileFor } from '../support/dist.ts';
import { NOTE, SENTENCES } from '../support/note.ts';
import { normalizeSpace } from '../../src/lib/sentences.ts';
import { paragraphs } from '../../src/lib/source-text.ts';

const ENTRIES = builtPages().filter((p) => /^\/(base|leadership|ideology|operations)\/[^/]+\/$/.test(p));
/** The pages of the site's editions that pin a claim, as a reader of an old citation sees them. */
const PINNED_CLAIMS = builtPages().filter((p) => p.startsWith('/editions/') && readFileSync(fileFor(p), 'utf8').includes('claim__label'));
const MOSCOW = '/operations/moscow-claim/';

const web = useBrowser();

/** A page whose clipboard the test may read, as a reader's own copy and paste would. */
async function readerPage(path: string): Promise<Page> {
  const context = await web.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.origin });
  const page = await context.newPage();
  await page.goto(web.origin + path);
  return page;
}

/** Selects the whole of the first element matching `selector`, presses Ctrl+C and returns what the clipboard holds. */
async function copy(page: Page, selector: string): Promise<string> {
  await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The page's text as Chromium gives it to screen readers, in document order, one string. */
async function announced(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  type AXNode = { nodeId: string; ignored: boolean; role?: { value: string }; name?: { value: string }; childIds?: string[] };
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const words: string[] = [];
  const walk = (node: AXNode | undefined): void => {
    if (!node) return;
    if (!node.ignored && node.role?.value === 'StaticText' && node.name) words.push(node.name.value);
    for (const id of node.childIds ?? []) walk(byId.get(id));
  };
  walk(nodes[0]);
  return normalizeSpace(words.join(' '));
}

describe('copying the note’s text', () => {
  it('finds the 11 entry pages, and pinned edition pages with a claim', () => {
    expect(ENTRIES).toHaveLength(11);
    expect(PINNED_CLAIMS.length).toBeGreaterThan(0);
  });

  it('the first paragraph of the Moscow entry copies as the note’s opening paragraph, word for word', async () => {
    const page = await readerPage(MOSCOW);
    const [opening] = paragraphs(NOTE);
    expect((await copy(page, '#p1')).trim()).toBe(opening!.text);
    await page.context().close();
  });

  it('a selection of each entry’s text copies every sentence of the note whole, and no label of a claim', async () => {
    const page = await readerPage('/');
    let copied = '';
    for (const path of ENTRIES) {
      await page.goto(web.origin + path);
      copied += ' ' + normalizeSpace(await copy(page, 'main .prose'));
    }
    const broken = SENTENCES.filter(([, sentence]) => !copied.includes(sentence)).map(([n, s]) => `paragraph ${n}: ${s}`);
    expect(broken).toEqual([]);
    expect(copied).not.toMatch(/Claim by|end of the claim/);
    await page.context().close();
  });

  it.each(PINNED_CLAIMS)('on %s, a pinned edition’s page, a claim’s paragraph copies as the note’s words', async (path) => {
    const page = await readerPage(path);
    const copied = normalizeSpace(await copy(page, 'main p:has(.claim)'));
    const held = SENTENCES.filter(([, s]) => copied.includes(s.slice(0, 40)));
    expect(held.length).toBeGreaterThan(0);
    expect(held.filter(([, s]) => !copied.includes(s))).toEqual([]);
    expect(copied).not.toMatch(/Claim by|end of the claim/);
    await page.context().close();
  });
});

describe('a claim stays labelled where it stands', () => {
  /** The label's words as drawn: its text and its generated content (::before, ::after), in order. */
  const label = (page: Page) =>
    page
      .locator('.claim__label')
      .first()
      .evaluate((el) => {
        const generated = (node: Element, pseudo: string) => {
          const content = getComputedStyle(node, pseudo).content;
          return content.startsWith('"') ? (JSON.parse(content) as string) : '';
        };
        const drawn = (node: Node): string =>
          node instanceof Element
            ? generated(node, '::before') + [...node.childNodes].map(drawn).join('') + generated(node, '::after')
            : (node.textContent ?? '');
        return drawn(el).trim();
      });

  it('on screen and on paper: “Claim by Islamic State (IS), through Amaq:” before the claim', async () => {
    const page = await readerPage(MOSCOW);
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      await expect(label(page), media).resolves.toBe('Claim by Islamic State (IS), through Amaq:');
      const box = await page.locator('.claim__label').first().boundingBox();
      expect(box?.width, media).toBeGreaterThan(100);
    }
    await page.context().close();
  });

  it('for screen readers: the label, its links to who claims it, and the end of the claim', async () => {
    const page = await readerPage(MOSCOW);
    const text = await announced(page);
    expect(text).toMatch(/Claim by Islamic State \(IS\) , through Amaq : ISIS stated that its fighters attacked/);
    expect(text).toMatch(/fighting Islam \(end of the claim\)/);
    const claim = page.locator('.claim').first();
    await expect(claim.getByRole('link', { name: 'Islamic State (IS)' }).getAttribute('href')).resolves.toBe('/organizations/isis/');
    await expect(claim.getByRole('link', { name: 'Amaq' }).getAttribute('href')).resolves.toBe('/organizations/amaq/');
    await page.context().close();
  });
});
