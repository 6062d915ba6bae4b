/**
 * The built site's editions: every edition of content/editions/ has its page and its entries'
 * pinned pages; the current pages say in which edition each section last changed and cite that
 * edition at its pinned address; the feed lists every edition.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DIST, builtPages, page, requireBuilt } from '../support/dist.ts';
import { CONTENT } from '../support/content.ts';

requireBuilt();
const dates = readdirSync(join(CONTENT, 'editions'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const entryPages = builtPages().filter((p) => /^\/(base|leadership|ideology|operations)\/[^/]+\/$/.test(p));
const latest = dates.at(-1)!;

describe('the editions in the build', () => {
  it('has a page for every edition and lists each on /editions/', () => {
    expect(dates.length).toBeGreaterThan(0);
    const listed = selectAll('.editions__list h2 a', page('/editions/')).map((a) => String(a.properties['href']));
    expect(listed.sort()).toEqual(dates.map((d) => `/editions/${d}/`));
    for (const d of dates) expect(builtPages()).toContain(`/editions/${d}/`);
  });

  it('pins every entry in the edition it was last recorded in, with the same section anchors', () => {
    expect(entryPages.length).toBeGreaterThan(10);
    for (const p of entryPages) {
      const cited = select('.cite__urls a', page(p));
      const pinned = new URL(String(cited?.properties['href'])).pathname;
      expect(pinned).toMatch(new RegExp(`^/editions/\\d{4}-\\d{2}-\\d{2}${p}$`));
      const ids = (path: string) => selectAll('.prose :is(h2, h3)[id]', page(path)).map((h) => String(h.properties['id']));
      expect(ids(pinned)).toEqual(ids(p));
    }
  });

  it('says under each section of an entry page in which edition it last changed, linking to its redline', () => {
    const tree = page('/leadership/leaders-killed/');
    const lines = selectAll('.section-edition', tree);
    expect(lines).toHaveLength(selectAll('.prose h2[id]', tree).length);
    const link = select('.section-edition a', tree)!;
    expect(String(link.properties['href'])).toMatch(/^\/editions\/\d{4}-\d{2}-\d{2}\/#change-leaders-killed-us-strikes$/);
    expect(toText(lines[0]!)).toMatch(/^Last changed in the edition of \d{1,2} \w+ \d{4}\.$/);
  });

  it('cites the edition, with its pinned address, in every style, and gives the current address beside it', () => {
    const tree = page('/leadership/leaders-killed/');
    const forms = selectAll('[id^="cite-ghafari-killed-"]:is(p, pre)', tree).map((n) => toText(n));
    expect(forms.length).toBe(7);
    const pinned = `/editions/${latest}/leadership/leaders-killed/#ghafari-killed`;
    for (const form of forms.filter((f) => !f.startsWith('('))) expect(form).toContain(pinned);
    const text = forms.join('\n');
    expect(text).toMatch(/IS-K Profile Explorer, edition of \w+ \d{1,2}, \d{4}\./); // APA, Chicago
    expect(text).toMatch(/IS-K Profile Explorer, edition of \d{1,2} \w+\.? \d{4}, /); // MLA
    expect(text).toMatch(/version = \{Edition of \d{1,2} \w+ \d{4}\}/); // BibTeX
    expect(text).toMatch(/ET {2}- Edition of \d{1,2} \w+ \d{4}/); // RIS
    const urls = selectAll('.cite__urls a', tree).map((a) => String(a.properties['href']));
    expect(urls).toContain(`https://isk-profile.example.org/leadership/leaders-killed/#ghafari-killed`);
  });

  it('keeps pinned pages out of the sitemap and marks them noindex', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const pinned = builtPages().filter((p) => /^\/editions\/[^/]+\/.+\//.test(p));
    expect(pinned.length).toBeGreaterThan(0);
    for (const p of pinned) {
      expect(sitemap).not.toContain(`${p}<`);
      expect(select('meta[name="robots"][content="noindex"]', page(p))).toBeTruthy();
    }
  });

  it('has a feed that parses, with one item per edition', () => {
    const xml = readFileSync(join(DIST, 'editions.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser().parse(xml) as { feed: { entry: { id: string }[] | { id: string } } };
    expect([parsed.feed.entry].flat().map((e) => e.id)).toEqual(dates.map((d) => `https://isk-profile.example.org/editions/${d}/`));
  });
});
