import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import SeoHead from '../../src/components/SeoHead.astro';
import { buildReportStructuredData, type ReportInput } from '../../src/lib/seo.ts';

const SITE = new URL('https://example.org/');
const INPUT: ReportInput = {
  site: SITE,
  source: {
    title: 'Islamic State Khorasan (IS-K): A profile',
    series: 'GP Short Notes',
    number: 851,
    date: '2024-03-28',
    authors: ['Alka Bala'],
  },
  subject: { name: 'Islamic State Khorasan (IS-K)', alternateName: ['IS-K', 'ISKP'], path: '/organizations/is-k/' },
};
const ENTRY = { title: 'Leaders killed', description: 'Who was killed.', path: '/leadership/leaders-killed/' };

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The rendered head tags as [attribute, value] → content/href. */
async function head(props: Record<string, unknown>) {
  const tree = fromHtml(await container.renderToString(SeoHead, { props }), { fragment: true });
  const meta = (key: string) =>
    selectAll(`meta[property="${key}"], meta[name="${key}"]`, tree).map((el) => String(el.properties['content']));
  const links = (rel: string) => selectAll(`link[rel="${rel}"]`, tree).map((el) => String(el.properties['href']));
  const jsonLd = selectAll('script[type="application/ld+json"]', tree).map((el) => JSON.parse(toText(el)) as Record<string, unknown>);
  return { meta, links, jsonLd };
}

describe('buildReportStructuredData', () => {
  const origin = new URL(import.meta.env.BASE_URL, SITE).href;

  it('the whole profile is a Report: number, author, date, series, subject, its URL', () => {
    expect(buildReportStructuredData(INPUT)).toEqual({
      '@type': 'Report',
      '@id': `${origin}profile/#report`,
      name: 'Islamic State Khorasan (IS-K): A profile',
      headline: 'Islamic State Khorasan (IS-K): A profile',
      reportNumber: '851',
      author: { '@type': 'Person', name: 'Alka Bala' },
      datePublished: '2024-03-28',
      inLanguage: 'en',
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'GP Short Notes' },
      about: {
        '@type': 'Organization',
        name: 'Islamic State Khorasan (IS-K)',
        alternateName: ['IS-K', 'ISKP'],
        url: `${origin}organizations/is-k/`,
      },
      url: `${origin}profile/`,
    });
  });

  it('an entry is an Article that is part of the same Report (same @id)', () => {
    const data = buildReportStructuredData({ ...INPUT, entry: ENTRY });
    expect(data).toMatchObject({
      '@type': 'Article',
      name: 'Leaders killed',
      headline: 'Leaders killed',
      description: 'Who was killed.',
      author: { '@type': 'Person', name: 'Alka Bala' },
      datePublished: '2024-03-28',
      about: { '@type': 'Organization', name: 'Islamic State Khorasan (IS-K)' },
      url: `${origin}leadership/leaders-killed/`,
      isPartOf: {
        '@type': 'Report',
        '@id': `${origin}profile/#report`,
        reportNumber: '851',
        url: `${origin}profile/`,
        isPartOf: { '@type': 'CreativeWorkSeries', name: 'GP Short Notes' },
      },
    });
  });

  it('lists several authors as a list', () => {
    const data = buildReportStructuredData({ ...INPUT, source: { ...INPUT.source, authors: ['A', 'B'] } });
    expect(data['author']).toEqual([
      { '@type': 'Person', name: 'A' },
      { '@type': 'Person', name: 'B' },
    ]);
  });
});

describe('SeoHead', () => {
  const base = {
    title: 'Leaders killed',
    description: 'Who was killed.',
    siteName: 'IS-K Profile Explorer',
    path: '/leadership/leaders-killed/',
  };

  it('gives one absolute canonical URL, Open Graph and Twitter card tags; website by default', async () => {
    const { meta, links, jsonLd } = await head(base);
    const [canonical] = links('canonical');
    expect(links('canonical')).toHaveLength(1);
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/(.+\/)?leadership\/leaders-killed\/$/);
    expect(meta('og:url')).toEqual([canonical]);
    expect(meta('og:type')).toEqual(['website']);
    expect(meta('og:title')).toEqual(['Leaders killed']);
    expect(meta('og:description')).toEqual(['Who was killed.']);
    expect(meta('og:site_name')).toEqual(['IS-K Profile Explorer']);
    expect(meta('og:locale')).toEqual(['en_GB']);
    expect(meta('og:image')).toEqual([]);
    expect(meta('twitter:card')).toEqual(['summary']);
    expect(meta('twitter:title')).toEqual(['Leaders killed']);
    expect(meta('twitter:description')).toEqual(['Who was killed.']);
    expect(links('sitemap')[0]).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
    expect(jsonLd).toEqual([]);
  });

  it('an entry page passes article and its structured data, emitted once with its @context', async () => {
    const structuredData = buildReportStructuredData({ ...INPUT, entry: ENTRY });
    const { meta, jsonLd } = await head({ ...base, ogType: 'article', structuredData });
    expect(meta('og:type')).toEqual(['article']);
    expect(jsonLd).toEqual([{ '@context': 'https://schema.org', ...structuredData }]);
  });

  it('the 404 page has no canonical URL and no og:url, and is not indexed', async () => {
    const { meta, links } = await head({ ...base, path: '/404/', notFound: true });
    expect(links('canonical')).toEqual([]);
    expect(meta('og:url')).toEqual([]);
    expect(meta('robots')).toEqual(['noindex']);
  });
});
