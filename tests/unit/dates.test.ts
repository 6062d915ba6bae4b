import { describe, expect, it } from 'vitest';
import { compareWhen, formatSpan, formatWhen, isoWhen, precisionOf, type When } from '../../src/lib/dates.ts';

const YEAR: When = { year: 2016 };
const MONTH: When = { year: 2020, month: 6 };
const DAY: When = { year: 2024, month: 3, day: 22 };

describe('formatWhen', () => {
  it('writes a date at its own precision: a year, a month of a year, or a day', () => {
    expect([YEAR, MONTH, DAY].map(formatWhen)).toEqual(['2016', 'June 2020', '22 March 2024']);
  });

  it('says so when the note gives no date, or there is none', () => {
    expect(formatWhen('not stated')).toBe('date not stated');
    expect(formatWhen(undefined)).toBe('date not stated');
  });

  it('writes a day without a month as its year alone (the schema refuses such a date)', () => {
    expect(formatWhen({ year: 2024, day: 5 })).toBe('2024');
  });

  it('names the first and the last month', () => {
    expect(formatWhen({ year: 2021, month: 1 })).toBe('January 2021');
    expect(formatWhen({ year: 2021, month: 12, day: 31 })).toBe('31 December 2021');
  });
});

describe('formatSpan', () => {
  it('joins two dates with an en dash, each at its own precision', () => {
    expect(formatSpan(YEAR, MONTH)).toBe('2016–June 2020');
  });

  it('gives one date when there is no end, and "onwards" when the end is not stated', () => {
    expect(formatSpan(DAY, undefined)).toBe('22 March 2024');
    expect(formatSpan({ year: 2021, month: 8 }, 'not stated')).toBe('August 2021 onwards');
  });
});

describe('isoWhen', () => {
  it('writes ISO 8601 at the date’s precision, with two-digit months and days', () => {
    expect([YEAR, MONTH, DAY, { year: 2019, month: 1, day: 5 }].map(isoWhen)).toEqual(['2016', '2020-06', '2024-03-22', '2019-01-05']);
  });

  it('is empty for no date, and for a date the note does not state', () => {
    expect(isoWhen(undefined)).toBe('');
    expect(isoWhen('not stated')).toBe('');
  });

  it('leaves out a day that has no month (the schema refuses such a date)', () => {
    expect(isoWhen({ year: 2024, day: 5 })).toBe('2024');
  });
});

describe('precisionOf', () => {
  it('tells a year, a month and a day apart, and none for no date', () => {
    expect([YEAR, MONTH, DAY, 'not stated' as const, undefined].map(precisionOf)).toEqual(['year', 'month', 'day', 'none', 'none']);
  });
});

describe('compareWhen', () => {
  const sorted = (dates: (When | undefined)[]) => [...dates].sort(compareWhen);

  it('puts earlier dates first', () => {
    expect(sorted([DAY, YEAR, MONTH])).toEqual([YEAR, MONTH, DAY]);
  });

  it('puts a less precise date before the more precise dates it contains', () => {
    const year: When = { year: 2024 };
    const month: When = { year: 2024, month: 3 };
    expect(sorted([DAY, month, year])).toEqual([year, month, DAY]);
  });

  it('puts undated last, and finds two undated dates equal', () => {
    expect(sorted(['not stated', DAY, undefined, YEAR])).toEqual([YEAR, DAY, 'not stated', undefined]);
    expect(compareWhen('not stated', undefined)).toBe(0);
    expect(compareWhen(DAY, { ...DAY })).toBe(0);
  });
});
