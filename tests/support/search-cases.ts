/**
 * The query sets of search: the relevance set and the spelling set, which the tests assert, and the
 * tuning set (bench/search-tuning.json), which the ranking was chosen on and the tests never assert.
 * One case: a query and the section it must find, first or among the first few links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { builtPages, page } from './dist.ts';

export interface SearchCase {
  query: string;
  /** The section that answers the query: `/section/entry/#anchor`, or a page. */
  expect: string;
  /** How many of the first links it must be among: 1 means first. */
  within: number;
  /** Why this section is the answer, for whoever has to judge a failure. */
  why: string;
}

/** A query set by its path from the project's root. */
export function readCases<T extends SearchCase = SearchCase>(path: string): T[] {
  return JSON.parse(readFileSync(join(process.cwd(), path), 'utf8')) as T[];
}

/** The cases whose query is there twice or more, ignoring case. */
export function repeated(cases: readonly SearchCase[]): string[] {
  const queries = cases.map((c) => c.query.toLowerCase());
  return queries.filter((q, i) => queries.indexOf(q) !== i);
}

/** The cases whose expected location is not a heading of a built page (or a built page, with no #). */
export function missingLocations(cases: readonly SearchCase[]): string[] {
  const pages = new Set(builtPages());
  return cases
    .filter((c) => {
      const [path = '', id] = c.expect.split('#');
      return !pages.has(path) || (id !== undefined && !select(`h2[id="${id}"], h3[id="${id}"]`, page(path)));
    })
    .map((c) => `${c.query} → ${c.expect}`);
}

/** How a case's bar reads in a test's name. */
export const bar = (within: number) => (within === 1 ? 'first' : `among the first ${within}`);
