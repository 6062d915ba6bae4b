/**
 * Names spelled another way: every query of tests/search/spelling.json (a dropped, doubled or
 * swapped letter, another vowel, another transliteration, other hyphens) lands on its section as
 * the site answers it, spelling help included (src/lib/search-answer.ts). The set guards itself:
 * most of its queries must need the help, so it tests the help and not Pagefind alone, and it
 * shares no query with the sets the ranking was chosen on or the relevance test asserts.
 */
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { type Search, startSearch } from '../support/search.ts';
import { bar, missingLocations, readCases, repeated, type SearchCase } from '../support/search-cases.ts';

const VARIANTS = ['dropped letter', 'doubled letter', 'swapped letters', 'vowel', 'transliteration', 'hyphenation'] as const;

interface SpellingCase extends SearchCase {
  /** What makes the query differ from the note's spelling. */
  variant: (typeof VARIANTS)[number];
}

const CASES = readCases<SpellingCase>('tests/search/spelling.json');

let search: Search;

beforeAll(async () => {
  search = await startSearch();
});

afterAll(async () => {
  await search?.close();
});

describe('search: names spelled another way', () => {
  it('the set holds at least 30 well-formed queries, each once, at least three of each kind of variant', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const bad = CASES.filter((c) => !c.query.trim() || !c.why.trim() || !VARIANTS.includes(c.variant) || c.within < 1 || c.within > 3);
    expect(bad).toEqual([]);
    expect(repeated(CASES)).toEqual([]);
    for (const variant of VARIANTS) expect(CASES.filter((c) => c.variant === variant).length, variant).toBeGreaterThanOrEqual(3);
  });

  it('shares no query with the relevance set or the tuning set', () => {
    const others = [...readCases('tests/search/relevance.json'), ...readCases('bench/search-tuning.json')];
    const taken = new Set(others.map((c) => c.query.toLowerCase()));
    expect(others.length).toBeGreaterThan(0);
    expect(CASES.filter((c) => taken.has(c.query.toLowerCase())).map((c) => c.query)).toEqual([]);
  });

  it('every expected location is a section heading of a built page', () => {
    expect(missingLocations(CASES)).toEqual([]);
  });

  it('most of its queries need the help: searched as typed, more than half miss their section', async () => {
    let missed = 0;
    for (const c of CASES) {
      const rank = (await search.find(c.query, { asTyped: true })).locations.indexOf(c.expect);
      if (rank < 0 || rank >= c.within) missed++;
    }
    expect(missed).toBeGreaterThan(CASES.length / 2);
  });

  for (const c of CASES) {
    it(`"${c.query}" (${c.variant}) lands on ${c.expect} ${bar(c.within)}`, async () => {
      const found = await search.find(c.query);
      const rank = found.locations.indexOf(c.expect);
      const top =
        found.locations
          .slice(0, 5)
          .map((l, i) => `  ${i + 1}. ${l}`)
          .join('\n') || '  (no results)';
      const how = found.insteadOf ? `It searched "${found.searched}" instead and found:` : 'It searched it as typed and found:';
      assert(rank >= 0 && rank < c.within, `"${c.query}" should land on ${c.expect} ${bar(c.within)} (${c.why})\n${how}\n${top}`);
    });
  }
});
