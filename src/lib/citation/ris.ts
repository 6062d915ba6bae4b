/**
 * RIS, written by hand rather than by citation-js (`@citation-js/plugin-ris` 0.8.2), whose output
 * has no option for what the specification requires here:
 * - lines end in LF, not CR LF;
 * - every value is cut every 70 characters with a bare line break, even mid-word and mid-URL
 *   ("…#ghafari-kil" / "led"), so a reader that does not rejoin lines gets a broken link;
 * - dates are "2024/3/28/": month and day unpadded, with a trailing slash, not YYYY/MM/DD;
 * - it adds ID (cut to 20 characters) and M3, which say nothing the other tags do not.
 * It does read this module's output back as the same report (see the tests).
 */
import { formatDate } from '../format.ts';
import { accessDay, numericDate, parseDate } from './dates.ts';
import { locationNote } from './locator.ts';
import { inverted, splitName } from './names.ts';
import type { CitationInput } from './types.ts';

/**
 * RIS, as `RPRT`: per the RIS specification (2011) a report's series title is T2 and its report
 * number SN, which is also how Zotero maps them (seriesTitle, reportNumber); IS, T3 and SE are
 * not defined for reports, and M1 is its "document number". DB, the name of the database, is the
 * site it was read on; N1 names the page or section. Dates are YYYY/MM/DD (DA, Y2), the year
 * alone in PY. Every line, ER's too, ends in CR LF, as the specification requires.
 */
export function ris(input: CitationInput): string {
  const d = parseDate(input.date);
  const a = accessDay(input);
  const note = locationNote(input);
  const lines: [string, string][] = [
    ['TY', 'RPRT'],
    ...input.authors.map((a): [string, string] => ['AU', inverted(splitName(a))]),
    ['TI', input.title],
    ['T2', input.series],
    ['SN', String(input.number)],
    ['PY', String(d.year)],
    ['DA', numericDate(d, '/')],
    ['DB', input.siteName],
    ['UR', input.url],
    ['Y2', a ? numericDate(a, '/') : 'YYYY/MM/DD'],
    // ET, the edition: the site's, whose words the URL pins.
    ...(input.edition ? [['ET', `Edition of ${formatDate(input.edition)}`] as [string, string]] : []),
    ...(note ? [['N1', `${note}.`] as [string, string]] : []),
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}\r\n`).join('');
}
