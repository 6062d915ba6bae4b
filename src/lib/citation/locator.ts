/**
 * Where in the note a citation points: a section of a page, a page, or the whole note. The page's
 * title and the section's heading are the site's, not the note's; they serve to find the text, as a
 * page number would.
 */
import type { CitationInput } from './types.ts';

/** The most precise part cited: the section, else the page, else none (the whole note). */
export function part(input: CitationInput): string | undefined {
  return input.sectionTitle ?? input.pageTitle;
}

/** The page or section in words, for BibTeX's and RIS's notes: undefined for the whole note. */
export function locationNote(input: CitationInput): string | undefined {
  const on = `on ${input.siteName}`;
  if (input.sectionTitle && input.pageTitle) return `Section “${input.sectionTitle}” of “${input.pageTitle}”, ${on}`;
  if (input.sectionTitle) return `Section “${input.sectionTitle}”, ${on}`;
  if (input.pageTitle) return `Page “${input.pageTitle}”, ${on}`;
  return undefined;
}
