/** Dates as precise as the note gives them: "2016", "June 2020", "22 March 2024", or "not stated". */
import type { DateValue, When } from '../schemas/shared.ts';
import { DAY } from './format.ts';

/** "March 2024", as the note writes a month, whatever the machine's locale and time zone. */
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Writes a date at its own precision. */
export function formatWhen(when: When | undefined): string {
  if (when === undefined || when === 'not stated') return 'date not stated';
  if (!when.month) return String(when.year);
  const date = new Date(Date.UTC(when.year, when.month - 1, when.day ?? 1));
  return (when.day ? DAY : MONTH).format(date);
}

/** A span "2016–2018", or one date when there is no end. */
export function formatSpan(from: When | undefined, to: When | undefined): string {
  if (to === undefined) return formatWhen(from);
  if (to === 'not stated') return `${formatWhen(from)} onwards`;
  return `${formatWhen(from)}–${formatWhen(to)}`;
}

/** ISO 8601 at the date's precision (YYYY, YYYY-MM or YYYY-MM-DD), for <time datetime> and exports. */
export function isoWhen(when: When | undefined): string {
  if (when === undefined || when === 'not stated') return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(when.year), when.month && pad(when.month), when.day && when.month && pad(when.day)].filter(Boolean).join('-');
}

/** "year", "month" or "day": how precise a date is. */
export function precisionOf(when: When | undefined): 'year' | 'month' | 'day' | 'none' {
  if (when === undefined || when === 'not stated') return 'none';
  return when.day && when.month ? 'day' : when.month ? 'month' : 'year';
}

/**
 * Orders dates for the timeline: earlier first; a less precise date comes before the more
 * precise dates it contains ("2024" before "22 March 2024"); undated last.
 */
export function compareWhen(a: When | undefined, b: When | undefined): number {
  const key = (w: When | undefined): [number, number, number] =>
    w === undefined || w === 'not stated' ? [Infinity, 0, 0] : [w.year, w.month ?? 0, w.day ?? 0];
  const [x, y] = [key(a), key(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export type { DateValue, When };
