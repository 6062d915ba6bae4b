import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { builtPages, fileFor, page } from '../support/dist.ts';

const ORIGIN = 'http://site.test';
const pages = builtPages();

/** Every id on a page. */
function ids(urlPath: string): Set<string> {
  return new Set(selectAll('[id]', page(urlPath)).map((el) => String(el.properties['id'])));
}

/** Every internal link of every page: [page, href, resolved path, fragment]. */
const links = pages.flatMap((from) =>
  selectAll('a[href], link[href]', page(from)).flatMap((el) => {
    const hrefValue = String(el.properties['href']);
    const url = new URL(hrefValue, ORIGIN + from);
    if (url.origin !== ORIGIN) return [];
    return [{ from, href: hrefValue, path: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)) }];
  }),
);

describe('internal links', () => {
  it('the site has pages and links to check', () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(links.length).toBeGreaterThan(200);
  });

  it('every internal href resolves to a file of the built site', () => {
    const broken = links.filter((l) => !existsSync(fileFor(l.path)));
    expect(broken.map((l) => `${l.from} → ${l.href}`)).toEqual([]);
  });

  it('every #fragment resolves to an element with that id on the target page', () => {
    const broken = links.filter((l) => l.fragment && l.path.endsWith('/') && !ids(l.path).has(l.fragment));
    expect(broken.map((l) => `${l.from} → ${l.href}`)).toEqual([]);
  });

  it('no page repeats an id', () => {
    const repeated = pages.flatMap((p) => {
      const all = selectAll('[id]', page(p)).map((el) => String(el.properties['id']));
      return all.filter((id, i) => all.indexOf(id) !== i).map((id) => `${p}#${id}`);
    });
    expect(repeated).toEqual([]);
  });
});
