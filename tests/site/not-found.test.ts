/**
 * The built 404 page: its embedded list of pages (for the closest-page suggestions) matches the
 * built site, the suggestions for real mistyped addresses, its script's size, and what it says
 * without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { suggest } from '../../src/lib/suggest.ts';
import type { PageList } from '../../src/client/not-found.ts';
import { fileFor, indexablePages, page } from '../support/dist.ts';

const tree = page('/404.html');
const listElement = select('script#nf-pages', tree);
const list = JSON.parse(listElement ? toText(listElement) : '{}') as PageList;
const paths = (asked: string) => suggest(asked, list.pages).map(([path]) => path);

describe('the 404 page’s list of pages', () => {
  it('is JSON in a <script type="application/json">, with the site’s base', () => {
    expect(listElement?.properties['type']).toBe('application/json');
    expect(list.base).toBe(import.meta.env.BASE_URL.replace(/\/?$/, '/'));
  });

  it('holds every public page search engines may index, once, and nothing else (not the pinned editions)', () => {
    // A page missing here is missing from src/site/site-pages.ts (FIXED_PAGES, or the content).
    const listed = list.pages.map(([path]) => path);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(indexablePages());
  });

  it('gives each page a title and lowercased, deduplicated words from its path and title', () => {
    const ghafari = list.pages.find(([path]) => path === '/people/sanaullah-ghafari/');
    expect(ghafari?.[1]).toBe('Sanaullah Ghafari');
    const words = ghafari?.[2].split(' ') ?? [];
    expect(words).toEqual(expect.arrayContaining(['people', 'sanaullah', 'ghafari']));
    expect(new Set(words).size).toBe(words.length);
    expect(list.pages.every(([, title, w]) => title.length > 0 && w === w.toLowerCase() && w.length > 0)).toBe(true);
  });
});

describe('suggestions on the real site', () => {
  it('/leadership/ghafari: Sanaullah Ghafari first, and the entry on leaders killed among the top 5', () => {
    const found = paths('/leadership/ghafari');
    expect(found).toHaveLength(5);
    expect(found[0]).toBe('/people/sanaullah-ghafari/');
    expect(found).toContain('/leadership/leaders-killed/');
  });

  it('/base/nangrahar (misspelt): Nangarhar first, by one swapped pair of letters', () => {
    expect(paths('/base/nangrahar')[0]).toBe('/places/nangarhar/');
  });

  it('an editorial name finds its record: /iskp/ → IS-K', () => {
    expect(paths('/iskp/')[0]).toBe('/organizations/is-k/');
  });

  it('an old-style file name finds the page: /timeline.html', () => {
    expect(paths('/timeline.html')[0]).toBe('/timeline/');
  });
});

describe('the 404 page itself', () => {
  it('says without JavaScript that the address is not a page, and lists every section and entry', () => {
    expect(toText(select('.lede', tree) ?? tree)).toMatch(/There is no page at this address\./);
    expect(select('#nf-suggestions', tree)?.properties['hidden']).toBe(true);
    const entryLinks = selectAll('.entry-list a', tree).map((a) => String(a.properties['href']));
    expect(entryLinks.length).toBeGreaterThan(5);
  });

  it('has no canonical URL, is not indexed, and loads nothing from another origin', () => {
    expect(selectAll('link[rel="canonical"]', tree)).toEqual([]);
    expect(selectAll('meta[name="robots"]', tree).map((m) => m.properties['content'])).toEqual(['noindex']);
    const external = selectAll('script[src], link[rel="stylesheet"], img[src]', tree)
      .map((el) => String(el.properties['src'] ?? el.properties['href']))
      .filter((u) => /^(https?:)?\/\//.test(u));
    expect(external).toEqual([]);
  });

  it('its own script is small: under 2 KB gzipped', () => {
    // The script that reads the list: inline (Astro inlines small scripts) or a file of _astro/.
    const scripts = selectAll('script[type="module"]', tree).map((el) => {
      const src = el.properties['src'];
      return src ? readFileSync(fileFor(String(src).slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length - 1)), 'utf8') : toText(el);
    });
    const own = scripts.filter((code) => code.includes('nf-pages'));
    expect(own).toHaveLength(1);
    expect(gzipSync(own[0] ?? '').length).toBeLessThan(2048);
  });
});
