import { describe, expect, it } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages, fileFor, page } from '../support/dist.ts';

const SECTIONS = ['base', 'leadership', 'ideology', 'operations'];
const entryPages = builtPages().filter((p) => /^\/(base|leadership|ideology|operations)\/[^/]+\/$/.test(p));

describe('reading without JavaScript', () => {
  it.each(entryPages)('%s holds its text, its contents and its navigation in the HTML', (p) => {
    const tree = page(p);
    const main = select('main#main-content', tree);
    expect(main).toBeDefined();
    expect(selectAll('h1', tree)).toHaveLength(1);
    expect(toText(select('.prose', main!)!).length).toBeGreaterThan(150);
    const nav = selectAll('header nav a', tree).map((a) => String(a.properties['href']));
    for (const s of SECTIONS) expect(nav).toContain(`/${s}/`);
    expect(nav).toContain('/profile/');
    expect(selectAll('nav.breadcrumbs a', tree).length).toBeGreaterThanOrEqual(2);
    expect(selectAll('nav.toc a', tree).length).toBeGreaterThanOrEqual(1);
    expect(selectAll('nav.prev-next a', tree).length).toBeGreaterThanOrEqual(1);
    expect(select('a.skip-link[href="#main-content"]', tree)).toBeDefined();
  });

  it.each(entryPages)('%s loads at most 3 KB of script (gzip) and nothing of Pagefind until search is used', (p) => {
    const scripts = selectAll('script', page(p)).filter((s) => s.properties['type'] !== 'text/pagefind-template');
    const files = scripts.map((s) => s.properties['src']).filter((src): src is string => typeof src === 'string');
    expect(files.filter((src) => src.includes('/pagefind/'))).toEqual([]);
    const inline = scripts.filter((s) => !s.properties['src']).map((s) => toText(s));
    const bytes = [...inline, ...files.map((src) => readFileSync(fileFor(src), 'utf8'))].reduce(
      (sum, code) => sum + gzipSync(code).length,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(3 * 1024);
  });

  it('every page has exactly one h1 and a main landmark', () => {
    const bad = builtPages().filter((p) => selectAll('h1', page(p)).length !== 1 || !select('main', page(p)));
    expect(bad).toEqual([]);
  });

  it('reading order runs through every entry once, first to last, by next links', () => {
    const seen: string[] = [];
    let current: string | undefined = entryPages.find((p) => !select('nav.prev-next a[rel=prev]', page(p)));
    while (current && !seen.includes(current)) {
      seen.push(current);
      const next = select('nav.prev-next a[rel=next]', page(current));
      current = next ? String(next.properties['href']) : undefined;
    }
    expect(seen).toHaveLength(entryPages.length);
    expect(seen[0]).toBe('/base/origins/');
  });
});
