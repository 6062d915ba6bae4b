/** Chicago (17th ed., notes and bibliography): a bibliography entry for the work, a note for the part. */
import { accessDay, editionDay, monthDayYear, parseDate } from './dates.ts';
import { part } from './locator.ts';
import { inverted, natural, splitName } from './names.ts';
import { period, quoted } from './prose.ts';
import { titleCase } from './title-case.ts';
import type { CitationInput, Run } from './types.ts';

/** Chicago's bibliography names: the first inverted; past ten, seven and "et al." (CMOS 17, 14.76). */
function bibliographyAuthors(authors: readonly string[]): string {
  const names = authors.map(splitName);
  const listed = names.length > 10 ? names.slice(0, 7) : names;
  const written = listed.map((n, i) => (i === 0 ? inverted(n) : natural(n)));
  if (names.length > 10) return `${written.join(', ')}, et al.`;
  if (written.length <= 1) return written.join('');
  if (written.length === 2) return `${written[0]}, and ${written[1]}`;
  return `${written.slice(0, -1).join(', ')}, and ${written.at(-1)}`;
}

/** Chicago's note names: up to three in full, more as the first and "et al." (CMOS 17, 14.76). */
function noteAuthors(authors: readonly string[]): string {
  const names = authors.map(splitName).map(natural);
  if (names.length > 3) return `${names[0]} et al.`;
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/**
 * Chicago 17, notes and bibliography: the note's title in quotation marks and headline style,
 * the series roman with its number ("GP Short Notes, no. 851", 14.123), the date, the site as the
 * place it was consulted, an access date (14.12), then the URL. The bibliography lists the whole
 * work; the first note adds the locator, which for text without page numbers is the heading after
 * "under" (14.21, 14.160).
 */
export function chicago(input: CitationInput): { bibliography: Run[]; note: Run[] } {
  const date = monthDayYear(parseDate(input.date));
  const day = accessDay(input);
  const accessed = day ? monthDayYear(day) : '[Month Day, Year]';
  const title = titleCase(input.title, input.properNouns);
  const series = `${input.series}, no. ${input.number}`;
  const where = part(input);
  const under = where ? `under ${quoted(titleCase(where, input.properNouns), ',')} ` : '';
  // The site's edition follows its name, as an edition of a website does (CMOS 17, 14.206).
  const edition = editionDay(input);
  const site = edition ? `${input.siteName}, edition of ${monthDayYear(edition)}` : input.siteName;
  return {
    bibliography: [
      {
        text:
          `${period(bibliographyAuthors(input.authors))} ${quoted(title, '.')} ${series}, ${date}. ` +
          `${period(site)} Accessed ${accessed}. ${input.url}.`,
      },
    ],
    note: [
      {
        text:
          `${noteAuthors(input.authors)}, ${quoted(title, ',')} ${series}, ${date}, ${under}` +
          `${site}, accessed ${accessed}, ${input.url}.`,
      },
    ],
  };
}
