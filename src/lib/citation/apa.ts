/** APA (7th ed.): a reference for the report, and an in-text citation that names the part. */
import { accessDay, editionDay, monthDayYear, monthName, parseDate } from './dates.ts';
import { part } from './locator.ts';
import { initials, splitName } from './names.ts';
import { period } from './prose.ts';
import { sentenceCase } from './title-case.ts';
import type { CitationInput, Run } from './types.ts';

/** "Bala, A.", "Bala, A., & Smith, J.", and past 20 authors the first 19, an ellipsis, the last (APA 7, 9.8). */
function apaAuthors(authors: readonly string[]): string {
  const names = authors.map(splitName).map((n) => (n.given ? `${n.family}, ${initials(n.given)}` : n.family));
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`;
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]}, & ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** "Bala", "Bala & Smith", "Bala et al." (APA 7, 8.17). */
function apaInTextAuthors(authors: readonly string[]): string {
  const families = authors.map((a) => splitName(a).family);
  if (families.length >= 3) return `${families[0]} et al.`;
  return families.join(' & ');
}

/**
 * APA 7: the report (10.4: author, date, title in italics and sentence case, the series and
 * number in parentheses), read on the site, whose name stands where a webpage's site name does
 * (10.16), with a retrieval date (9.16). The reference list cites the whole report, and the page
 * or section is named in the in-text citation only: a heading as it appears, then "section"
 * (8.13 and 9.2: "Kumar, 2017, Chapter 2"). The site's edition follows its name.
 */
export function apa(input: CitationInput): { reference: Run[]; inText: Run[] } {
  const d = parseDate(input.date);
  const accessed = accessDay(input);
  const retrieved = accessed ? monthDayYear(accessed) : '[Month Day, Year]';
  const where = part(input);
  const year = d.year;
  // The edition stands with the site, as a version does (10.16): "IS-K Profile Explorer, edition of …".
  const edition = editionDay(input);
  const site = edition ? `${input.siteName}, edition of ${monthDayYear(edition)}` : input.siteName;
  return {
    reference: [
      { text: `${apaAuthors(input.authors)} (${year}, ${monthName(d.month)} ${d.day}). ` },
      { text: sentenceCase(input.title, input.properNouns), italic: true },
      { text: ` (${input.series} No. ${input.number}). ${period(site)} Retrieved ${retrieved}, from ${input.url}` },
    ],
    inText: [{ text: `(${apaInTextAuthors(input.authors)}, ${year}${where ? `, ${where} section` : ''})` }],
  };
}
