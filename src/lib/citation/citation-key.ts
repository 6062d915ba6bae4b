/** BibTeX's citation key, built from what is permanent about the citation. */
import { slugify as slug } from '../slug.ts';
import { parseDate } from './dates.ts';
import { splitName } from './names.ts';
import type { CitationInput } from './types.ts';
import { isMinor } from './words.ts';

/**
 * A stable key: family name, year, the title's own short form when it gives one ("IS-K" → "isk")
 * or else its first main word, then the section's id or the page's slug from the URL:
 * "bala2024isk-ghafari-killed". Stable because ids and URLs are permanent.
 */
export function citationKey(input: CitationInput): string {
  const family = slug(splitName(input.authors[0] ?? 'anon').family).replace(/-/g, '');
  const year = parseDate(input.date).year;
  const short = /\(([^)]+)\)/.exec(input.title)?.[1] ?? input.title.split(' ').find((w) => !isMinor(w)) ?? '';
  const url = new URL(input.url);
  const place = url.hash.slice(1) || url.pathname.split('/').filter(Boolean).at(-1) || '';
  return [`${family}${year}${slug(short).replace(/-/g, '')}`, slug(place)].filter(Boolean).join('-');
}
