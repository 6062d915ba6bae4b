/**
 * Byte budgets of the built site, in bytes as gzip (level 9) sends them. For each page type, the
 * heaviest page of the type: its HTML with the style sheets it links, and the JavaScript that runs
 * before the reader does anything (script files with what they import statically, and inline
 * scripts; not JSON-LD or Pagefind's result template). The table is printed on every run.
 *
 * A reading page is a page a reader reads the profile on, one topic at a time: every entry page
 * and every section landing. Each must fit, HTML and CSS, in 14 KB (14 × 1024 bytes, about the
 * first round trip of a new connection) and run at most 3 KB of JavaScript. The other pages are
 * measured and printed but have no budget: /profile/ is the whole note on one page, and /places/
 * carries the map.
 *
 * Search loads nothing until it is opened: no page refers to a file of Pagefind's bundles
 * (/pagefind/, /pagefind-records/), and no script that runs at once imports one; only our loader
 * (src/client/pagefind-ui.ts) adds them, when the reader opens search.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { readFileSync } from 'node:fs';
import { SECTION_IDS } from '../../src/schemas/section.ts';
import { contentRedirects } from '../support/content.ts';
import { builtPages, DIST, fileFor } from '../support/dist.ts';
import { htmlCss, jsTotal, pageWeight, type PageWeight } from '../support/page-weight.ts';

const KB = 1024;
const READING = { htmlCss: 14 * KB, js: 3 * KB };

const moved = new Set(contentRedirects().map((r) => r.from));
const pages = builtPages().filter((p) => !moved.has(p));
const sections = SECTION_IDS.map((s) => `/${s}/`);
const entry = new RegExp(`^/(${SECTION_IDS.join('|')})/[^/]+/$`);
const record = /^\/(people|organizations|places|glossary)\/[^/]+\/$/;

/** Page types: the pages of each, and whether they are reading pages (with a budget). */
const TYPES: { type: string; pages: string[]; reading: boolean }[] = [
  { type: 'home', pages: ['/'], reading: false },
  { type: 'section landing', pages: sections, reading: true },
  { type: 'entry page', pages: pages.filter((p) => entry.test(p)), reading: true },
  { type: 'profile', pages: ['/profile/'], reading: false },
  { type: 'source', pages: ['/source/'], reading: false },
  { type: 'record page', pages: pages.filter((p) => record.test(p)), reading: false },
  { type: 'record list', pages: ['/people/', '/organizations/', '/glossary/', '/leaders/'], reading: false },
  { type: 'timeline', pages: ['/timeline/'], reading: false },
  { type: 'figures', pages: ['/figures/'], reading: false },
  { type: 'places', pages: ['/places/'], reading: false },
  { type: 'index (A–Z)', pages: ['/index/'], reading: false },
  { type: 'search', pages: ['/search/'], reading: false },
  { type: '404', pages: ['/404.html'], reading: false },
];

const weights = new Map<string, PageWeight>(pages.map((p) => [p, pageWeight(DIST, p, fileFor(p))]));
const weight = (p: string) => {
  const w = weights.get(p);
  if (!w) throw new Error(`${p} was not built.`);
  return w;
};
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('byte budgets (gzip -9)', () => {
  it('every page type has pages, and the figures are printed', () => {
    const rows = TYPES.map(({ type, pages: list, reading }) => {
      expect(list.length, type).toBeGreaterThan(0);
      const heaviest = (f: (w: PageWeight) => number) => list.reduce((a, b) => (f(weight(b)) > f(weight(a)) ? b : a));
      const page = heaviest(htmlCss);
      const w = weight(page);
      const js = weight(heaviest(jsTotal));
      return {
        type,
        page: list.length > 1 ? `${page} (heaviest of ${list.length})` : page,
        html: kb(w.html),
        css: kb(htmlCss(w) - w.html),
        'HTML+CSS': kb(htmlCss(w)),
        JS: kb(jsTotal(js)),
        budget: reading ? `${kb(READING.htmlCss)} / ${kb(READING.js)}` : '—',
      };
    });
    console.log('Byte budgets, gzip -9 (HTML+CSS / JS before interaction):');
    console.table(rows);
  });

  it.each(TYPES.filter((t) => t.reading).map((t) => [t.type, t.pages] as const))(
    'every %s fits in 14 KB of HTML and CSS and 3 KB of JavaScript',
    (_, list) => {
      const over = list.flatMap((p) => {
        const w = weight(p);
        return [
          ...(htmlCss(w) > READING.htmlCss ? [`${p}: HTML+CSS ${htmlCss(w)} bytes > ${READING.htmlCss}`] : []),
          ...(jsTotal(w) > READING.js
            ? [`${p}: JavaScript ${jsTotal(w)} bytes > ${READING.js} (${[...w.jsFiles.keys()].join(', ')} and inline scripts)`]
            : []),
        ];
      });
      expect(over, over.join('\n')).toEqual([]);
    },
  );
});

describe('search loads nothing until it is opened', () => {
  /** A file of Pagefind's bundles, under any base path. */
  const isPagefind = (url: string) => /\/pagefind(-records)?\//.test(url);

  it('no page refers to a file of the search bundles', () => {
    const found = pages.flatMap((p) => {
      const tree = fromHtml(readFileSync(fileFor(p), 'utf8'));
      return selectAll('[src], link[href], [srcset], object[data]', tree)
        .flatMap((el) => ['src', 'href', 'srcSet', 'data'].map((k) => el.properties[k]).filter((v) => v !== undefined))
        .map(String)
        .filter(isPagefind)
        .map((v) => `${p}: ${v}`);
    });
    expect(found).toEqual([]);
  });

  it('no script that runs before the reader acts imports one', () => {
    const found = pages.flatMap((p) => [...weight(p).jsFiles.keys()].filter(isPagefind).map((f) => `${p}: ${f}`));
    expect(found).toEqual([]);
  });
});
