/**
 * Search finds the section that answers each query of tests/search/relevance.json: first, or among
 * the first three links, as the site shows them (tests/support/search.ts). The ranking was chosen
 * on another set, bench/search-tuning.json (`npm run bench:search-tune`); this set only checks it.
 */
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { type Search, startSearch } from '../support/search.ts';
import { bar, missingLocations, readCases, repeated, type SearchCase } from '../support/search-cases.ts';

/** A query found only through a record's editorial aliases (names the note does not use) says so. */
interface RelevanceCase extends SearchCase {
  within: 1 | 3;
  alias?: boolean;
}

const CASES = readCases<RelevanceCase>('tests/search/relevance.json');
const TUNING = readCases('bench/search-tuning.json');

let search: Search;

beforeAll(async () => {
  search = await startSearch();
});

afterAll(async () => {
  await search?.close();
});

describe('search relevance', () => {
  it('the relevance set holds at least 36 well-formed queries, each once', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(36);
    const bad = CASES.filter((c) => !c.query.trim() || !c.why.trim() || (c.within !== 1 && c.within !== 3));
    expect(bad).toEqual([]);
    expect(repeated(CASES)).toEqual([]);
  });

  it('shares no query with the tuning set, which the ranking was chosen on', () => {
    expect(TUNING.length).toBeGreaterThan(0);
    const tuned = new Set(TUNING.map((c) => c.query.toLowerCase()));
    expect(CASES.filter((c) => tuned.has(c.query.toLowerCase())).map((c) => c.query)).toEqual([]);
  });

  it('every expected location is a section heading of a built entry page', () => {
    expect(missingLocations(CASES)).toEqual([]);
    expect(CASES.every((c) => c.expect.includes('#'))).toBe(true);
  });

  for (const c of CASES) {
    it(`"${c.query}" finds ${c.expect} ${bar(c.within)}`, async () => {
      const found = await search.locations(c.query);
      const rank = found.indexOf(c.expect);
      const top =
        found
          .slice(0, 5)
          .map((l, i) => `  ${i + 1}. ${l}`)
          .join('\n') || '  (no results)';
      assert(rank >= 0 && rank < c.within, `"${c.query}" should find ${c.expect} ${bar(c.within)} (${c.why})\nIt found:\n${top}`);
    });
  }
});
