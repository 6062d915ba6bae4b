/**
 * The open data as the build writes it (src/site/export.ts, rows by src/lib/export-rows.ts):
 * /data/profile.json, /data/events.csv and /data/figures.csv in dist/, read as a user would read
 * them, against the content they come from.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { selectAll } from 'hast-util-select';
import { EVENT_COLUMNS, FIGURE_COLUMNS } from '../../src/lib/export-rows.ts';
import { parseCsv } from '../support/csv.ts';
import { DIST, page } from '../support/dist.ts';

const yaml = (name: string) =>
  parse(readFileSync(join(process.cwd(), 'content', `${name}.yaml`), 'utf8')) as { id: string; attribution: unknown[] }[];
const data = (file: string) => readFileSync(join(DIST, 'data', file), 'utf8');

/** Every object in a JSON value that still looks like a collection reference. */
function references(value: unknown, at = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => references(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort().join();
    if (keys === 'collection,id') return [at];
    return Object.entries(value).flatMap(([k, v]) => references(v, `${at}.${k}`));
  }
  return [];
}

describe('/data/profile.json', () => {
  const profile = JSON.parse(data('profile.json'));

  it('holds every record of every collection, each with its URL', () => {
    for (const name of ['people', 'organizations', 'places', 'glossary', 'events', 'figures']) {
      const ids = yaml(name)
        .map((r) => r.id)
        .sort();
      expect(ids.length, name).toBeGreaterThan(0);
      expect(profile[name].map((r: { id: string }) => r.id).sort(), name).toEqual(ids);
      for (const r of profile[name]) expect(r.url, `${name}/${r.id}`).toMatch(/^https?:\/\//);
    }
    expect(profile.sections.flatMap((s: { entries: unknown[] }) => s.entries)).toHaveLength(11);
  });

  it('gives attributions who says so, how sure, and the section', () => {
    const event = profile.events.find((e: { id: string }) => e.id === 'is-claims-moscow-attacks');
    expect(event, 'the event of IS claiming the Moscow attacks').toBeDefined();
    const a = event.attribution[0];
    expect(a.saidBy).toEqual({ organization: 'isis' });
    expect(a.via).toBe('amaq');
    expect(a.status).toBe('claimed');
    expect(a.anchor).toBe('/operations/moscow-claim/#amaq-claim');
  });

  it('names other records by their ids: no reference object is left', () => {
    expect(profile.events.some((e: { actors: unknown[] }) => e.actors.every((a) => typeof a === 'string' && a.length > 0))).toBe(true);
    expect(references(profile)).toEqual([]);
  });
});

describe.each([
  ['events.csv', 'events', EVENT_COLUMNS],
  ['figures.csv', 'figures', FIGURE_COLUMNS],
] as const)('/data/%s', (file, name, columns) => {
  const text = data(file);
  const [header, ...rows] = parseCsv(text);

  it('starts with its columns, in order, and ends every record with CRLF', () => {
    expect(header).toEqual([...columns]);
    expect(text.endsWith('\r\n')).toBe(true);
    // Every line break outside a quoted field is CRLF: as many CRLFs as records.
    expect(text.match(/\r\n/g)?.length).toBe(rows.length + 1);
  });

  it('parses, with one row per record and attribution, and resolvable section URLs', () => {
    const expected = yaml(name).reduce((n, r) => n + r.attribution.length, 0);
    expect(rows).toHaveLength(expected);
    const url = header!.indexOf('section_url');
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      const { pathname, hash } = new URL(row[url]!);
      const ids = selectAll('[id]', page(pathname)).map((el) => String(el.properties['id']));
      expect(ids, row[url]).toContain(hash.slice(1));
    }
  });
});

describe('/data/events.csv dates', () => {
  const [header, ...rows] = parseCsv(data('events.csv'));
  const column = (name: string) => header!.indexOf(name);

  it('carry the note’s precision, and say "not stated" where it gives none', () => {
    const LENGTHS: Record<string, number> = { year: 4, month: 7, day: 10 };
    const wrong = rows.filter((r) => {
      const [date, precision] = [r[column('date')]!, r[column('date_precision')]!];
      return precision === 'none' ? date !== 'not stated' : !/^\d{4}(-\d\d){0,2}$/.test(date) || date.length !== LENGTHS[precision];
    });
    expect(wrong).toEqual([]);
    expect(new Set(rows.map((r) => r[column('date_precision')]))).toEqual(new Set(['year', 'month', 'day', 'none']));
  });
});
