/**
 * Byte budgets of the built site, in bytes as gzip (level 9) sends them (tools/page-weight.ts): a
 * page's HTML with the style sheets it links, and the JavaScript that runs before the reader does
 * anything (script files with what they import statically, and inline scripts; not JSON-LD or
 * Pagefind's result template). `npm run bench:weights` prints the figures for every page type.
 *
 * Every reading page (tools/page-types.ts: every entry page and every section landing) must fit,
 * HTML and CSS, in 14 KB (14 × 1024 bytes, about the first round trip of a new connection) and run
 * at most 3 KB of JavaScript. The other pages have no budget: /profile/ is the whole note on one
 * page, and /places/ carries the map.
 *
 * Search loads nothing until it is opened: no page refers to a file of Pagefind's bundle
 * (/pagefind/), and no script that runs at once imports one; only the search control
 * (src/client/search-control.ts) fetches it, when the reader opens search.
 * tests/browser/search-budget.test.ts holds what opening search then fetches to its budget.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { readFileSync } from 'node:fs';
import { pageTypes } from '../../tools/page-types.ts';
import { htmlCss, jsTotal, pageWeight, type PageWeight } from '../../tools/page-weight.ts';
import { contentRedirects } from '../support/content.ts';
import { builtPages, DIST, fileFor } from '../support/dist.ts';

const KB = 1024;
const READING = { htmlCss: 14 * KB, js: 3 * KB };

const moved = new Set(contentRedirects().map((r) => r.from));
const pages = builtPages().filter((p) => !moved.has(p));
const TYPES = pageTypes(pages);

const weights = new Map<string, PageWeight>(pages.map((p) => [p, pageWeight(DIST, p)]));
const weight = (p: string) => {
  const w = weights.get(p);
  if (!w) throw new Error(`${p} was not built.`);
  return w;
};

describe('byte budgets (gzip -9)', () => {
  it('every page type has built pages, and every built page has a weight', () => {
    const empty = TYPES.filter((t) => t.pages.length === 0).map((t) => t.type);
    expect(empty).toEqual([]);
    const unbuilt = TYPES.flatMap((t) => t.pages).filter((p) => !weights.has(p));
    expect(unbuilt).toEqual([]);
  });

  it.each(TYPES.filter((t) => t.reading).map((t) => [t.type, t.pages] as const))(
    'every %s fits in 14 KB of HTML and CSS and 3 KB of JavaScript',
    (_, list) => {
      expect(list.length).toBeGreaterThan(0);
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
  /** A file of Pagefind's bundle or the search interface's script, under any base path. */
  const isPagefind = (url: string) => /\/pagefind\/|\/search-ui[.-][\w-]+\.js$/.test(url);

  it('no page refers to a file of the search bundle or the search interface', () => {
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
