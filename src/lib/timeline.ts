/** Orders events for the timeline and lays them out on a build-time SVG axis. Pure. */
import { compareWhen, type When } from './dates.ts';

export interface TimelineEvent {
  id: string;
  title: string;
  date: When;
  until?: When | undefined;
  /** True when every source only claims it (a party's claim): drawn hollow and labelled. */
  claimed: boolean;
}

export interface PlacedEvent extends TimelineEvent {
  /** 1-based number shown on the marker and in the list. */
  n: number;
  x: number;
  /** End of a span, if the event lasts. */
  x2?: number;
  row: number;
}

/** Dated events in date order (less precise dates first within their period), then undated ones. */
export function orderEvents<T extends TimelineEvent>(events: readonly T[]): { dated: T[]; undated: T[] } {
  const sorted = [...events].sort((a, b) => compareWhen(a.date, b.date) || a.id.localeCompare(b.id));
  return { dated: sorted.filter((e) => e.date !== 'not stated'), undated: sorted.filter((e) => e.date === 'not stated') };
}

/** A date's position in years (2016.0 for 2016, 2020.42 for June 2020; a year's middle for "2016"). */
export function yearPosition(when: When): number {
  if (when === 'not stated') return NaN;
  if (!when.month) return when.year + 0.5;
  return when.year + (when.month - 1 + (when.day ? (when.day - 1) / 31 : 0.5)) / 12;
}

/**
 * Places dated events on an axis from `from` to `to` (years) across `width` pixels; events whose
 * markers would touch go on separate rows.
 */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  opts: { from: number; to: number; width: number; gap: number },
): PlacedEvent[] {
  const { dated } = orderEvents(events);
  const scale = (y: number) => ((y - opts.from) / (opts.to - opts.from)) * opts.width;
  const rowEnds: number[] = [];
  return dated.map((e, i) => {
    const x = scale(yearPosition(e.date));
    const x2 = e.until && e.until !== 'not stated' ? scale(yearPosition(e.until)) : undefined;
    let row = rowEnds.findIndex((end) => end + opts.gap <= x);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = x2 ?? x;
    return { ...e, n: i + 1, x: Math.round(x * 10) / 10, ...(x2 !== undefined ? { x2: Math.round(x2 * 10) / 10 } : {}), row };
  });
}
