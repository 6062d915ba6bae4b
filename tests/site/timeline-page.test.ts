/** The built /timeline/ page: its dated events in order, at their own precision, claims marked. */
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { page } from '../support/dist.ts';

describe('the timeline page', () => {
  const times = selectAll('.timeline-list time', page('/timeline/')).map((t) => String(t.properties['dateTime']));

  it('lists the dated events in date order', () => {
    const key = (iso: string) => iso.padEnd(10, '-');
    expect(times.length).toBeGreaterThan(10);
    expect([...times].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(times);
  });

  it('keeps each date’s precision: a year, a month or a day', () => {
    expect(times).toContain('2014');
    expect(times).toContain('2020-06');
    expect(times).toContain('2024-03-22');
  });

  it('marks claims as claims and lists undated events apart', () => {
    const claimed = selectAll('.timeline-list__item--claimed', page('/timeline/'));
    expect(claimed.length).toBeGreaterThan(0);
    expect(selectAll('#not-dated', page('/timeline/'))).toHaveLength(1);
  });
});
