import { describe, expect, it } from 'vitest';
import { pageTypes } from '../../tools/page-types.ts';

const PAGES = ['/', '/base/', '/base/origins/', '/leadership/founding/', '/people/', '/people/sanaullah-ghafari/', '/places/kabul/'];

describe('pageTypes', () => {
  const types = Object.fromEntries(pageTypes(PAGES).map((t) => [t.type, t]));

  it('finds the entry pages and the record pages among the built pages', () => {
    expect(types['entry page']?.pages).toEqual(['/base/origins/', '/leadership/founding/']);
    expect(types['record page']?.pages).toEqual(['/people/sanaullah-ghafari/', '/places/kabul/']);
  });

  it('makes the section landings and the entry pages, and only those, reading pages', () => {
    expect(
      pageTypes(PAGES)
        .filter((t) => t.reading)
        .map((t) => t.type),
    ).toEqual(['section landing', 'entry page']);
    expect(types['section landing']?.pages).toEqual(['/base/', '/leadership/', '/ideology/', '/operations/']);
  });
});
