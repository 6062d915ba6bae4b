/**
 * Sharing and discovery metadata in the built dist/: canonical URLs, Open Graph, structured data,
 * the sitemap and robots.txt, all on the site's public address (astro.config.mjs's site + base).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';
import config from '../../astro.config.mjs';
import { SECTION_IDS } from '../../src/schemas/section.ts';
import { builtPages, DIST, indexablePages, page, publicPages, publicRoot, sitemapUrls } from '../support/dist.ts';

const ROOT = publicRoot(String(config.site), config.base ?? '/');
const pages = publicPages();
const urlOf = (path: string) => ROOT + path.slice(1);

const attr = (tree: Root, selector: string, name: string) => selectAll(selector, tree).map((el) => String(el.properties[name] ?? ''));
const meta = (tree: Root, property: string) => attr(tree, `meta[property="${property}"], meta[name="${property}"]`, 'content');
const jsonLd = (tree: Root) =>
  selectAll('script[type="application/ld+json"]', tree).map((el) => JSON.parse(toText(el)) as Record<string, unknown>);

const ENTRY = new RegExp(`^/(${SECTION_IDS.join('|')})/[^/]+/$`);
const entryPages = pages.filter((p) => ENTRY.test(p));

describe('metadata of every page', () => {
  it('the build has pages to check, entries among them', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(entryPages.length).toBeGreaterThan(5);
  });

  it('each page has exactly one canonical URL: the site URL and its own path', () => {
    const wrong = pages.flatMap((p) => {
      const hrefs = attr(page(p), 'link[rel~="canonical"]', 'href');
      return hrefs.length === 1 && hrefs[0] === urlOf(p) ? [] : [`${p}: ${JSON.stringify(hrefs)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('each page has og:title, og:description, og:url (its canonical URL), og:type and a Twitter card', () => {
    const wrong = pages.flatMap((p) => {
      const tree = page(p);
      const problems = [
        meta(tree, 'og:title').length === 1 && meta(tree, 'og:title')[0] ? '' : 'og:title',
        meta(tree, 'og:description').length === 1 && meta(tree, 'og:description')[0] ? '' : 'og:description',
        meta(tree, 'og:url').join() === urlOf(p) ? '' : 'og:url',
        ['website', 'article'].includes(meta(tree, 'og:type').join()) ? '' : 'og:type',
        meta(tree, 'og:site_name').length === 1 ? '' : 'og:site_name',
        meta(tree, 'og:locale').join() === 'en_GB' ? '' : 'og:locale',
        meta(tree, 'twitter:card').join() === 'summary' ? '' : 'twitter:card',
        meta(tree, 'twitter:title').length === 1 ? '' : 'twitter:title',
        meta(tree, 'og:image').length === 0 ? '' : 'og:image (none is built)',
      ].filter(Boolean);
      return problems.length ? [`${p}: ${problems.join(', ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('each page links the sitemap by its absolute URL', () => {
    const wrong = pages.filter((p) => attr(page(p), 'link[rel="sitemap"]', 'href').join() !== urlOf('/sitemap-index.xml'));
    expect(wrong).toEqual([]);
  });

  it('every JSON-LD block parses as JSON, with @context schema.org and a @type', () => {
    const wrong = pages.flatMap((p) => {
      const scripts = selectAll('script[type="application/ld+json"]', page(p));
      return scripts.flatMap((el) => {
        try {
          const data = JSON.parse(toText(el)) as Record<string, unknown>;
          return data['@context'] === 'https://schema.org' && typeof data['@type'] === 'string' ? [] : [`${p}: no @context/@type`];
        } catch (error) {
          return [`${p}: ${(error as Error).message}`];
        }
      });
    });
    expect(wrong).toEqual([]);
  });

  it('no page has two Report or Article blocks (record pages keep their own, single, block)', () => {
    const wrong = pages.filter((p) => jsonLd(page(p)).filter((d) => ['Report', 'Article'].includes(String(d['@type']))).length > 1);
    expect(wrong).toEqual([]);
    const doubled = pages.filter((p) => jsonLd(page(p)).length > 1);
    expect(doubled).toEqual([]);
  });

  it('/profile/ is the Report: GP Short Notes #851 by Alka Bala, 28 March 2024, about IS-K', () => {
    expect(jsonLd(page('/profile/'))).toEqual([
      expect.objectContaining({
        '@type': 'Report',
        '@id': urlOf('/profile/#report'),
        name: 'Islamic State Khorasan (IS-K): A profile',
        reportNumber: '851',
        author: { '@type': 'Person', name: 'Alka Bala' },
        datePublished: '2024-03-28',
        isPartOf: { '@type': 'CreativeWorkSeries', name: 'GP Short Notes' },
        about: expect.objectContaining({
          '@type': 'Organization',
          name: 'Islamic State Khorasan (IS-K)',
          alternateName: expect.arrayContaining(['IS-K', 'ISKP']),
        }),
        url: urlOf('/profile/'),
      }),
    ]);
  });

  it('pages other than entries are og:type website', () => {
    expect(pages.filter((p) => !ENTRY.test(p) && meta(page(p), 'og:type').join() !== 'website')).toEqual([]);
  });

  it('every entry page is an article: an Article, part of the /profile/ Report', () => {
    expect(entryPages.length).toBeGreaterThan(5);
    const wrong = entryPages.flatMap((p) => {
      const tree = page(p);
      const [data, ...more] = jsonLd(tree);
      const title = toText(select('h1', tree) ?? { type: 'root', children: [] }).trim();
      const ok =
        meta(tree, 'og:type').join() === 'article' &&
        more.length === 0 &&
        data?.['@type'] === 'Article' &&
        data['url'] === urlOf(p) &&
        data['headline'] === title &&
        (data['isPartOf'] as Record<string, unknown> | undefined)?.['@id'] === urlOf('/profile/#report');
      return ok ? [] : [p];
    });
    expect(wrong).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every public page search engines may index, and nothing else, as absolute URLs', () => {
    const listed = sitemapUrls(ROOT);
    expect(new Set(listed).size).toBe(listed.length);
    expect(indexablePages().length).toBeLessThan(pages.length);
    expect([...listed].sort()).toEqual(indexablePages().map(urlOf).sort());
  });

  it('leaves out 404.html, the /data/ files and robots.txt', () => {
    expect(builtPages()).toContain('/404.html');
    const listed = sitemapUrls(ROOT);
    expect(listed.filter((u) => /404|\/data\/|robots\.txt/.test(u))).toEqual([]);
  });

  it('robots.txt allows every crawler and names the sitemap by its absolute URL', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow/m);
    expect(robots).toContain(`Sitemap: ${urlOf('/sitemap-index.xml')}\n`);
  });
});
