/**
 * Pagefind's search-time options, shared by the site's search UI and the relevance tests so
 * the tests measure what readers get. Tuned on tests/search/relevance.json.
 */
export const SEARCH_RANKING = {
  /** How much a page's length counts against it (0–1); our entries are short and even. */
  pageLength: 0.75,
  /** How fast repeated words stop adding (0–1). */
  termFrequency: 1.0,
  /** How much rare words count over common ones. */
  termSimilarity: 1.0,
  /** How strongly word saturation applies. */
  termSaturation: 1.4,
} as const;

/** The query parameter that carries searched words to the result page, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';
