import { describe, expect, it } from 'vitest';
import { apa, ris } from '../../src/lib/citation/index.ts';
import { dayMonthYear, monthDayYear, monthNames, numericDate, parseDate } from '../../src/lib/citation/dates.ts';
import { section } from '../support/citation.ts';

describe('citation dates', () => {
  it('refuses a date that is not a real day written as YYYY-MM-DD', () => {
    expect(() => apa({ ...section, accessed: '7 September 2025' })).toThrow(/YYYY-MM-DD/);
    expect(() => ris({ ...section, accessed: '2025-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => parseDate('2025-13-01')).toThrow(/YYYY-MM-DD/);
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('names the twelve months in English', () => {
    expect(monthNames()).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
  });

  it('writes a day as APA and Chicago do, as MLA does, and in digits', () => {
    const day = parseDate('2025-09-07');
    expect(monthDayYear(day)).toBe('September 7, 2025');
    expect(dayMonthYear(day)).toBe('7 Sept. 2025');
    expect(numericDate(day, '/')).toBe('2025/09/07');
    expect(numericDate(day, '-')).toBe('2025-09-07');
  });
});
