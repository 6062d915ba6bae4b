/** MLA (9th ed.): a works-cited entry in which the part cited is the source and the note its container. */
import { accessDay, dayMonthYear, editionDay, parseDate } from './dates.ts';
import { part } from './locator.ts';
import { inverted, natural, splitName } from './names.ts';
import { period, quoted } from './prose.ts';
import { capitalize, titleCase } from './title-case.ts';
import type { CitationInput, Run } from './types.ts';

/** "Bala, Alka", "Bala, Alka, and John Smith", "Bala, Alka, et al." (MLA 9, 2.1). */
function mlaAuthors(authors: readonly string[]): string {
  const names = authors.map(splitName);
  if (names.length >= 3) return `${inverted(names[0]!)}, et al.`;
  if (names.length === 2) return `${inverted(names[0]!)}, and ${natural(names[1]!)}`;
  return names.map(inverted).join('');
}

/**
 * MLA 9, core elements and containers: the page or section is the title of the source, in
 * quotation marks (2.3); the note is the first container, in italics, with its number in the
 * series and its date (2.4, "28 Mar. 2024"); the site is the second container, in italics, with
 * the URL as location, without "https://" (5.95); then the access date, which MLA places last.
 * Without a page or section, the note itself is the source.
 */
export function mla(input: CitationInput): Run[] {
  const date = dayMonthYear(parseDate(input.date));
  const day = accessDay(input);
  const accessed = day ? dayMonthYear(day) : '[Day Month Year]';
  const title = titleCase(input.title, input.properNouns);
  const where = part(input);
  const series = `${input.series}, no. ${input.number}, ${date}. `;
  const location = input.url.replace(/^https?:\/\//, '');
  const author = input.authors.length ? `${period(mlaAuthors(input.authors))} ` : '';
  // The site's edition is the second container's version element (2.5): "edition of 29 Nov. 2026".
  const edition = editionDay(input);
  const version = edition ? `, edition of ${dayMonthYear(edition)}` : '';
  return [
    ...(where
      ? [{ text: `${author}${quoted(titleCase(where, input.properNouns), '.')} ` }, { text: title, italic: true }, { text: `, ${series}` }]
      : [{ text: author }, { text: title, italic: true }, { text: `. ${capitalize(series)}` }]),
    { text: input.siteName, italic: true },
    { text: `${version}, ${period(location)} Accessed ${accessed}.` },
  ];
}
