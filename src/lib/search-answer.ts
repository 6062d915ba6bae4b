/**
 * One query's answer, with spelling help: search the query; when it finds nothing, or its best
 * result matched a word only inside longer words (src/lib/spelling.ts, weakWords), fetch the
 * spelling list, and if a nearer spelling finds something, answer with that and say so. The
 * search scripts and the tests both answer queries through this, with Pagefind's search.
 */
import type { PagefindSearch } from './pagefind-api.ts';
import { RESULTS_SHOWN } from './search-config.ts';
import { matchedWords } from './search-landing.ts';
import { mayRespell, type SpellingList, suggestQuery, weakWords } from './spelling.ts';

export interface Answer {
  /** What was searched: the query, or the spelling used instead. */
  searched: string;
  /** The query as typed, when another spelling was searched instead. */
  insteadOf: string | undefined;
  found: PagefindSearch;
}

export interface AnswerOptions {
  /** Searches one query (with the reader's filters). */
  search: (query: string) => Promise<PagefindSearch>;
  /** Fetches the spelling list; called only for a query that needs it. */
  spelling: () => Promise<SpellingList>;
  /** Whether an older answer is no longer wanted: it then stops at its next step. */
  stale?: () => boolean;
  /** Search the query as typed, with no spelling help ("Search for … instead"). */
  asTyped?: boolean;
}

/**
 * The words of `query` worth a spelling check, given its search; none when its results are sound.
 * It reads the best result, and fetches the others shown first with it, in one round trip: they
 * are shown next, and Pagefind keeps what it fetched.
 */
async function doubtfulWords(query: string, found: PagefindSearch): Promise<string[] | undefined> {
  const [best] = await Promise.all(found.results.slice(0, RESULTS_SHOWN).map((r) => r.data()));
  if (!best) return [];
  const weak = weakWords(query, matchedWords(best));
  return weak.length > 0 ? weak : undefined;
}

/** The answer to `query`; undefined when it became stale on the way. */
export async function answer(query: string, options: AnswerOptions): Promise<Answer | undefined> {
  const { search, spelling, stale = () => false, asTyped = false } = options;
  const found = await search(query);
  const plain = { searched: query, insteadOf: undefined, found };
  if (asTyped || stale()) return stale() ? undefined : plain;
  const weak = mayRespell(query) ? await doubtfulWords(query, found) : undefined;
  if (!weak || stale()) return stale() ? undefined : plain;
  const suggestion = suggestQuery(query, await spelling(), new Set(weak));
  if (!suggestion || stale()) return stale() ? undefined : plain;
  const other = await search(suggestion);
  if (stale()) return undefined;
  return other.results.length > 0 ? { searched: suggestion, insteadOf: query, found: other } : plain;
}
