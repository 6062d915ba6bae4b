/**
 * The two search indexes. The profile's sections go in the main one; the record pages (people,
 * organizations, places, glossary) in a second, merged into searches with a lower weight, so a
 * name finds the section where the note says it first and the record page just after. (Pagefind's
 * per-element weights do not move a short record page below a long entry; an index weight does.)
 */
export const SEARCH_BUNDLES = [
  { folder: 'pagefind', glob: '{base,leadership,ideology,operations}/**/*.html' },
  { folder: 'pagefind-records', glob: '{people,organizations,places,glossary}/**/*.html' },
] as const;

/** How much the record pages' index counts against the profile's (Pagefind's `indexWeight`). */
export const RECORDS_INDEX_WEIGHT = 0.05;
