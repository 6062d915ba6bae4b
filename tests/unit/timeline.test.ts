import { describe, expect, it } from 'vitest';
import type { When } from '../../src/lib/dates.ts';
import { layoutTimeline, orderEvents, type TimelineEvent, yearPosition } from '../../src/lib/timeline.ts';

const event = (id: string, date: When, until?: When): TimelineEvent => ({
  id,
  title: id,
  date,
  claimed: false,
  ...(until ? { until } : {}),
});
const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

describe('orderEvents', () => {
  it('puts dated events in date order, a less precise date before the dates it contains', () => {
    const { dated } = orderEvents([
      event('moscow', { year: 2024, month: 3, day: 22 }),
      event('kabul', { year: 2021, month: 8 }),
      event('year-2024', { year: 2024 }),
      event('founding', { year: 2014 }),
    ]);
    expect(ids(dated)).toEqual(['founding', 'kabul', 'year-2024', 'moscow']);
  });

  it('breaks a tie between the same dates by id, whatever order the events came in', () => {
    const a = event('a', { year: 2016 });
    const b = event('b', { year: 2016 });
    expect(ids(orderEvents([b, a]).dated)).toEqual(['a', 'b']);
    expect(ids(orderEvents([a, b]).dated)).toEqual(['a', 'b']);
  });

  it('lists undated events apart, by id', () => {
    const { dated, undated } = orderEvents([event('z', 'not stated'), event('x', { year: 2020 }), event('y', 'not stated')]);
    expect(ids(dated)).toEqual(['x']);
    expect(ids(undated)).toEqual(['y', 'z']);
  });

  it('leaves the list it is given as it was', () => {
    const events = [event('b', { year: 2016 }), event('a', { year: 2015 })];
    orderEvents(events);
    expect(ids(events)).toEqual(['b', 'a']);
  });
});

describe('yearPosition', () => {
  it('puts a year at its middle, a month at its middle, and a day at its start', () => {
    expect(yearPosition({ year: 2016 })).toBe(2016.5);
    expect(yearPosition({ year: 2020, month: 6 })).toBeCloseTo(2020 + 5.5 / 12, 10);
    expect(yearPosition({ year: 2024, month: 1, day: 1 })).toBe(2024);
    expect(yearPosition({ year: 2024, month: 3, day: 22 })).toBeCloseTo(2024 + (2 + 21 / 31) / 12, 10);
  });

  it('has no position for an undated event', () => {
    expect(yearPosition('not stated')).toBeNaN();
  });
});

describe('layoutTimeline', () => {
  const axis = { from: 2014, to: 2024, width: 1000, gap: 20 };

  it('numbers the dated events in order, and leaves the undated ones off the axis', () => {
    const placed = layoutTimeline([event('later', { year: 2020 }), event('undated', 'not stated'), event('earlier', { year: 2016 })], axis);
    expect(placed.map((e) => [e.id, e.n, e.x, e.row])).toEqual([
      ['earlier', 1, 250, 0],
      ['later', 2, 650, 0],
    ]);
  });

  it('puts markers that would touch on separate rows, and takes the first row free again', () => {
    const placed = layoutTimeline(
      [
        event('a', { year: 2016 }),
        event('b', { year: 2016 }),
        event('span', { year: 2017 }, { year: 2019 }),
        event('open', { year: 2018 }, 'not stated'),
        event('c', { year: 2020 }),
      ],
      axis,
    );
    expect(placed.map((e) => [e.id, e.x, e.x2, e.row])).toEqual([
      ['a', 250, undefined, 0],
      ['b', 250, undefined, 1],
      // Row 0 is free again 20 px after a; the span holds it until its end, 550.
      ['span', 350, 550, 0],
      // An end that is not stated draws no span.
      ['open', 450, undefined, 1],
      ['c', 650, undefined, 0],
    ]);
  });

  it('rounds positions to a tenth of a pixel', () => {
    const [placed] = layoutTimeline([event('june', { year: 2020, month: 6 })], axis);
    expect(placed?.x).toBe(645.8);
  });
});
