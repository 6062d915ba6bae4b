import { describe, expect, it } from 'vitest';
import {
  type ExportAttribution,
  type ExportEvent,
  type ExportFigure,
  flatAttribution,
  referencesToIds,
  toEventRows,
  toFigureRows,
} from '../../src/lib/export-rows.ts';

const abs = (path: string) => `https://example.org/isk${path}`;
const ref = (collection: string, id: string) => ({ collection, id });

const BY_AUTHOR: ExportAttribution = {
  source: ref('sources', 'gp-851'),
  anchor: '/operations/attacks/#moscow',
  saidBy: 'author',
  status: 'stated',
};
const BY_IS_VIA_AMAQ: ExportAttribution = {
  source: ref('sources', 'gp-851'),
  anchor: '/operations/attacks/#moscow',
  saidBy: { organization: ref('organizations', 'isis') },
  via: ref('organizations', 'amaq'),
  status: 'claimed',
  quote: 'IS claimed it, through Amaq.',
};

describe('flatAttribution', () => {
  it('says who says so as author, person:id or organization:id, with the section as an absolute URL', () => {
    expect(flatAttribution(BY_AUTHOR, abs)).toEqual({
      source: 'gp-851',
      saidBy: 'author',
      via: undefined,
      status: 'stated',
      section: 'https://example.org/isk/operations/attacks/#moscow',
      quote: undefined,
    });
    expect(flatAttribution({ ...BY_AUTHOR, saidBy: { person: ref('people', 'zabihullah-mujahid') } }, abs).saidBy).toBe(
      'person:zabihullah-mujahid',
    );
    expect(flatAttribution(BY_IS_VIA_AMAQ, abs)).toMatchObject({
      saidBy: 'organization:isis',
      via: 'amaq',
      quote: 'IS claimed it, through Amaq.',
    });
  });
});

describe('referencesToIds', () => {
  it('replaces references by their ids, at any depth, and keeps everything else', () => {
    const record = {
      id: 'moscow',
      date: { year: 2024, month: 3, day: 22 },
      places: [ref('places', 'moscow')],
      attribution: [{ saidBy: { organization: ref('organizations', 'isis') }, status: 'claimed' }],
      killed: 0,
      note: null,
    };
    expect(referencesToIds(record)).toEqual({
      id: 'moscow',
      date: { year: 2024, month: 3, day: 22 },
      places: ['moscow'],
      attribution: [{ saidBy: { organization: 'isis' }, status: 'claimed' }],
      killed: 0,
      note: null,
    });
  });

  it('keeps an object that has a collection and an id and more besides: it is not a reference', () => {
    const value = { collection: 'places', id: 'x', name: 'X' };
    expect(referencesToIds(value)).toEqual(value);
  });
});

describe('toEventRows', () => {
  const moscow: ExportEvent = {
    id: 'moscow-attack',
    data: {
      title: 'Attack on Crocus City Hall, Moscow',
      date: { year: 2024, month: 3, day: 22 },
      kind: 'attack',
      places: [ref('places', 'moscow')],
      actors: [ref('organizations', 'is-k')],
      people: [ref('people', 'someone')],
      casualties: { killed: 143 },
      attribution: [BY_AUTHOR, BY_IS_VIA_AMAQ],
    },
  };

  it('writes one row per attribution, every column filled from the event', () => {
    expect(toEventRows([moscow], abs)).toEqual([
      {
        id: 'moscow-attack',
        title: 'Attack on Crocus City Hall, Moscow',
        date: '2024-03-22',
        date_precision: 'day',
        until: '',
        kind: 'attack',
        places: 'moscow',
        actors: 'is-k;someone',
        killed: 143,
        wounded: undefined,
        said_by: 'author',
        via: undefined,
        status: 'stated',
        section_url: 'https://example.org/isk/operations/attacks/#moscow',
        quote: undefined,
      },
      expect.objectContaining({ id: 'moscow-attack', said_by: 'organization:isis', via: 'amaq', status: 'claimed' }),
    ]);
  });

  it('says "not stated" for a date the note does not give, and tells an open end from no end', () => {
    const undated: ExportEvent = { id: 'u', data: { ...moscow.data, date: 'not stated', attribution: [BY_AUTHOR] } };
    const open: ExportEvent = {
      id: 'o',
      data: { ...moscow.data, date: { year: 2021, month: 8 }, until: 'not stated', attribution: [BY_AUTHOR] },
    };
    const closed: ExportEvent = {
      id: 'c',
      data: { ...moscow.data, date: { year: 2017 }, until: { year: 2018 }, attribution: [BY_AUTHOR] },
    };
    expect(toEventRows([undated, open, closed], abs).map((r) => [r.id, r.date, r.date_precision, r.until])).toEqual([
      ['u', 'not stated', 'none', ''],
      ['o', '2021-08', 'month', 'not stated'],
      ['c', '2017', 'year', '2018'],
    ]);
  });

  it('writes no row for an event without attribution, and keeps the events’ order', () => {
    const none: ExportEvent = { id: 'none', data: { ...moscow.data, attribution: [] } };
    const first: ExportEvent = { id: 'z-first', data: { ...moscow.data, attribution: [BY_AUTHOR] } };
    expect(toEventRows([first, none, { ...first, id: 'a-last' }], abs).map((r) => r.id)).toEqual(['z-first', 'a-last']);
  });
});

describe('toFigureRows', () => {
  const fighters: ExportFigure = {
    id: 'fighters-2016',
    data: {
      label: 'IS-K fighters by 2016',
      value: 3000,
      valueMax: 4000,
      qualifier: 'between',
      unit: 'fighters',
      period: { from: { year: 2016 }, to: { year: 2016, month: 6 } },
      place: ref('places', 'afghanistan'),
      attribution: [{ ...BY_AUTHOR, status: 'estimated' }],
    },
  };

  it('writes one row per attribution, with the range, the qualifier and the period', () => {
    expect(toFigureRows([fighters], abs)).toEqual([
      {
        id: 'fighters-2016',
        label: 'IS-K fighters by 2016',
        value: 3000,
        value_max: 4000,
        qualifier: 'between',
        unit: 'fighters',
        period_from: '2016',
        period_to: '2016-06',
        place: 'afghanistan',
        said_by: 'author',
        via: undefined,
        status: 'estimated',
        section_url: 'https://example.org/isk/operations/attacks/#moscow',
        quote: undefined,
      },
    ]);
  });

  it('leaves out what the note does not give: no start, no end, an end not stated, no place', () => {
    const bare: ExportFigure = { id: 'bare', data: { ...fighters.data, period: {}, place: undefined, valueMax: undefined } };
    const open: ExportFigure = { id: 'open', data: { ...fighters.data, period: { to: 'not stated' } } };
    expect(toFigureRows([bare, open], abs).map((r) => [r.id, r.period_from, r.period_to, r.place, r.value_max])).toEqual([
      ['bare', '', '', undefined, undefined],
      ['open', '', 'not stated', 'afghanistan', 4000],
    ]);
  });
});
