/**
 * Dates as each style writes them. Month names come from `Intl`, which gives the full English names
 * APA and Chicago use; MLA prescribes its own abbreviations ("Sept.", "June" whole), which no locale
 * gives, so those are a table.
 */
import type { CitationInput } from './types.ts';

/** A calendar day; month 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

// A fixed locale and UTC, so the build writes the same names on any machine.
const LONG_MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/** MLA 9 abbreviates months longer than four letters; May, June and July stay whole. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** The English name of a month, 1–12: "March". */
export function monthName(month: number): string {
  return LONG_MONTH.format(Date.UTC(2000, month - 1, 1));
}

/** All twelve month names, January first. */
export function monthNames(): string[] {
  return Array.from({ length: 12 }, (_, i) => monthName(i + 1));
}

/** Reads an ISO date, refusing anything else, since every style rewrites it differently. */
export function parseDate(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const real = new Date(Date.UTC(year, month - 1, day));
  if (!m || month < 1 || month > 12 || real.getUTCDate() !== day) {
    throw new Error(`The date "${iso}" is not a day written as YYYY-MM-DD.`);
  }
  return { year, month, day };
}

/** The edition cited, as a day, if there is one. */
export function editionDay(input: CitationInput): Day | undefined {
  return input.edition ? parseDate(input.edition) : undefined;
}

/** The day the reader read it, checked; undefined when the style's placeholder is wanted. */
export function accessDay(input: CitationInput): Day | undefined {
  return input.accessed ? parseDate(input.accessed) : undefined;
}

/** "March 28, 2024": APA and Chicago. */
export function monthDayYear(d: Day): string {
  return `${monthName(d.month)} ${d.day}, ${d.year}`;
}

/** "28 Mar. 2024": MLA. */
export function dayMonthYear(d: Day): string {
  return `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}`;
}

/** "2024-03-28" or "2024/03/28": the day in digits, for BibTeX and RIS. */
export function numericDate(d: Day, separator: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(d.year), pad(d.month), pad(d.day)].join(separator);
}
