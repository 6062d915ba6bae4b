import { describe, expect, it } from 'vitest';
import type { PagefindResultData, PagefindSearch } from '../../src/lib/pagefind-api.ts';
import { answer } from '../../src/lib/search-answer.ts';
import { parseSpellingList } from '../../src/lib/spelling.ts';

/** A search over pages given as texts: a page matches when it has every query word at the start of one of its words. */
function fakeSearch(pages: string[]) {
  const asked: string[] = [];
  const search = async (query: string): Promise<PagefindSearch> => {
    asked.push(query);
    const words = query.toLowerCase().split(/\s+/);
    const hits = pages.filter((p) =>
      words.every((w) =>
        p
          .toLowerCase()
          .split(/\s+/)
          .some((pw) => pw.startsWith(w)),
      ),
    );
    return {
      results: hits.map((content, i) => ({
        id: String(i),
        score: 1,
        data: async (): Promise<PagefindResultData> => ({
          url: `/p${i}/`,
          content,
          excerpt: '',
          meta: {},
          sub_results: [],
          locations: content
            .toLowerCase()
            .split(/\s+/)
            .flatMap((pw, j) => (words.some((w) => pw.startsWith(w)) ? [j] : [])),
        }),
      })),
      unfilteredResultCount: hits.length,
      filters: {},
      totalFilters: {},
    };
  };
  return { search, asked };
}

const PAGES = ['Sanaullah Ghafari was killed in Kunar', 'Attacks in Tajikistan and Uzbekistan'];
const LIST = parseSpellingList('ghafari\nkunar\ntajikistan\nuzbekistan\nsanaullah\nattacks\nkilled\n');

describe('answer', () => {
  it('answers a query that finds its words as it is, without fetching the spelling list', async () => {
    const { search } = fakeSearch(PAGES);
    let fetched = 0;
    const reply = await answer('Ghafari', { search, spelling: async () => (fetched++, LIST) });
    expect(reply?.searched).toBe('Ghafari');
    expect(reply?.insteadOf).toBeUndefined();
    expect(reply?.found.results).toHaveLength(1);
    expect(fetched).toBe(0);
  });

  it('answers a query that finds nothing with the nearest spelling that finds something, and says so', async () => {
    const { search, asked } = fakeSearch(PAGES);
    const reply = await answer('Gafari', { search, spelling: async () => LIST });
    expect(reply?.searched).toBe('Ghafari');
    expect(reply?.insteadOf).toBe('Gafari');
    expect(reply?.found.results).toHaveLength(1);
    expect(asked).toEqual(['Gafari', 'Ghafari']);
  });

  it('checks the spelling of a word its best result matched only inside a longer word', async () => {
    const { search } = fakeSearch(['Ghafari was killed in Kunar', 'The Kunarstan valley']);
    const reply = await answer('Kunars', { search, spelling: async () => LIST });
    expect(reply?.searched).toBe('Kunar');
    expect(reply?.insteadOf).toBe('Kunars');
    expect(reply?.found.results).toHaveLength(2);
  });

  it('keeps a weak answer when the list has no nearer word than the longer one', async () => {
    const { search } = fakeSearch(PAGES);
    let fetched = 0;
    const reply = await answer('Tajik', { search, spelling: async () => (fetched++, LIST) });
    expect(fetched).toBe(1);
    expect(reply?.searched).toBe('Tajik');
    expect(reply?.found.results).toHaveLength(1);
  });

  it('keeps the query’s own answer when no other spelling finds anything', async () => {
    const { search } = fakeSearch(PAGES);
    const reply = await answer('Kandahar', { search, spelling: async () => LIST });
    expect(reply?.searched).toBe('Kandahar');
    expect(reply?.found.results).toEqual([]);
  });

  it('searches the words as typed when asked to', async () => {
    const { search, asked } = fakeSearch(PAGES);
    const reply = await answer('Gafari', { search, spelling: async () => LIST, asTyped: true });
    expect(reply?.searched).toBe('Gafari');
    expect(asked).toEqual(['Gafari']);
  });

  it('stops, and answers nothing, once a newer query makes it stale', async () => {
    const { search, asked } = fakeSearch(PAGES);
    let stale = false;
    const reply = await answer('Gafari', {
      search: async (q) => {
        const found = await search(q);
        stale = true;
        return found;
      },
      spelling: async () => LIST,
      stale: () => stale,
    });
    expect(reply).toBeUndefined();
    expect(asked).toEqual(['Gafari']);
  });
});
