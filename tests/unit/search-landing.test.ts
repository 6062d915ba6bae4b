import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSubResult } from '../../src/lib/pagefind-api.ts';
import { excerptParts, landingsOf, matchedWords, resultView } from '../../src/lib/search-landing.ts';

const PAGE = '/operations/attacks/?highlight=tajikistan';
const sub = (title: string, hash: string, hits: number, excerpt = `${title}. Some <mark>words</mark>.`): PagefindSubResult => ({
  title,
  url: `${PAGE}${hash}`,
  excerpt,
  locations: Array.from({ length: hits }, (_, i) => i),
});
const data = (subs: PagefindSubResult[], meta: Record<string, string> = { title: 'Attacks at home and abroad', section: 'Operations' }) =>
  ({
    url: PAGE,
    content: '',
    excerpt: 'The page’s <mark>words</mark>.',
    meta,
    sub_results: subs,
    locations: [],
  }) satisfies PagefindResultData;

describe('resultView', () => {
  it('leads to the section with the most hits, not to the top of the page where the summary repeats the words', () => {
    const view = resultView(
      data([
        sub('Attacks at home and abroad', '', 2),
        sub('Attacks in 2017–2018', '#attacks-2017-2018', 1),
        sub('Attacks abroad', '#attacks-abroad', 3),
      ]),
    );
    expect(view.lead.url).toBe(`${PAGE}#attacks-abroad`);
    expect(view.lead.title).toBe('Attacks abroad');
    expect(view.more.map((m) => m.title)).toEqual(['Attacks in 2017–2018']);
    expect(view.context).toBe('Operations · Attacks at home and abroad');
  });

  it('keeps the page’s order between sections with as many hits', () => {
    const view = resultView(data([sub('First', '#a', 1), sub('Second', '#b', 1)]));
    expect(landingsOf(view).map((l) => l.title)).toEqual(['First', 'Second']);
  });

  it('lists at most three sections', () => {
    const view = resultView(data(['#a', '#b', '#c', '#d'].map((h, i) => sub(`S${i}`, h, 4 - i))));
    expect(landingsOf(view).map((l) => l.title)).toEqual(['S0', 'S1', 'S2']);
  });

  it('leads to the top of the page when no section holds the words', () => {
    const view = resultView(data([sub('Attacks at home and abroad', '', 1)]));
    expect(view.lead).toEqual({ url: PAGE, title: 'Attacks at home and abroad', excerpt: 'The page’s <mark>words</mark>.' });
    expect(view.more).toEqual([]);
    expect(view.context).toBe('Operations');
  });

  it('drops the heading an excerpt starts with, marks and all, but never the whole excerpt', () => {
    const view = resultView(
      data([sub('Attacks abroad', '#x', 1, '<mark>Attacks</mark> abroad. Abroad, IS-K has conducted <mark>attacks</mark>')]),
    );
    expect(view.lead.excerpt).toBe('Abroad, IS-K has conducted <mark>attacks</mark>');
    const bare = resultView(data([sub('Attacks abroad', '#x', 1, 'Attacks abroad.')]));
    expect(bare.lead.excerpt).toBe('Attacks abroad.');
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into text and marked words, unescaping what Pagefind escaped', () => {
    expect(excerptParts('a &lt;b&gt; <mark>Ghafari</mark> and <mark>Kunar</mark>')).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'Ghafari', marked: true },
      { text: ' and ', marked: false },
      { text: 'Kunar', marked: true },
    ]);
  });
});

describe('matchedWords', () => {
  it('gives the words at the matched positions, lowercased, without punctuation, once each', () => {
    expect(matchedWords({ content: 'Sanaullah Ghafari, the emir. Ghafari’s', locations: [1, 4, 1] })).toEqual(['ghafari', 'ghafari’s']);
  });
});
