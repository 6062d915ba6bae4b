import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { builtPages, page } from '../support/dist.ts';
import { type Search, startSearch } from '../support/search.ts';

/** One query of tests/search/relevance.json and the section it must find. */
interface RelevanceCase {
  query: string;
  /** The section that answers the query: `/section/entry/#anchor`. */
  expect: string;
  /** 1: it must be the first location; 3: among the first three. */
  within: 1 | 3;
  /** Why this section is the answer, for whoever has to judge a failure. */
  why: string;
  /** Found only through a record's editorial aliases (names the note does not use). */
  alias?: boolean;
}

const CASES = JSON.parse(readFileSync(join(process.cwd(), 'tests/search/relevance.json'), 'utf8')) as RelevanceCase[];

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
    const queries = CASES.map((c) => c.query.toLowerCase());
    expect(queries.filter((q, i) => queries.indexOf(q) !== i)).toEqual([]);
  });

  it('every expected location is a section heading of a built entry page', () => {
    const pages = new Set(builtPages());
    const missing = CASES.filter((c) => {
      const [path = '', id = ''] = c.expect.split('#');
      return !pages.has(path) || !id || !select(`h2[id="${id}"], h3[id="${id}"]`, page(path));
    });
    expect(missing.map((c) => `${c.query} → ${c.expect}`)).toEqual([]);
  });

  for (const c of CASES) {
    const bar = c.within === 1 ? 'first' : 'in the top three';
    it(`"${c.query}" finds ${c.expect} ${bar}`, async () => {
      const found = await search.locations(c.query);
      const rank = found.indexOf(c.expect);
      const top =
        found
          .slice(0, 5)
          .map((l, i) => `  ${i + 1}. ${l}`)
          .join('\n') || '  (no results)';
      assert(rank >= 0 && rank < c.within, `"${c.query}" should find ${c.expect} ${bar} (${c.why})\nIt found:\n${top}`);
    });
  }
});
