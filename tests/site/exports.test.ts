import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { selectAll } from 'hast-util-select';
import { DIST, page } from '../support/dist.ts';

const yaml = (name: string) =>
  parse(readFileSync(join(process.cwd(), 'content', `${name}.yaml`), 'utf8')) as { id: string; attribution: unknown[] }[];

/** A CSV parser for RFC 4180 files (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('open data', () => {
  const data = JSON.parse(readFileSync(join(DIST, 'data/profile.json'), 'utf8'));

  it('profile.json holds every record of every collection, each with its URL', () => {
    for (const name of ['people', 'organizations', 'places', 'glossary', 'events', 'figures']) {
      const ids = yaml(name)
        .map((r) => r.id)
        .sort();
      expect(data[name].map((r: { id: string }) => r.id).sort(), name).toEqual(ids);
      for (const r of data[name]) expect(r.url, `${name}/${r.id}`).toMatch(/^https?:\/\//);
    }
    expect(data.sections.flatMap((s: { entries: unknown[] }) => s.entries)).toHaveLength(11);
  });

  it('profile.json’s attributions say who, how sure, and the section, as absolute URLs', () => {
    const event =
      data.events.find((e: { id: string }) => e.id === 'is-moscow-claim-2024') ??
      data.events.find((e: { kind: string }) => e.kind === 'claim');
    const a = event.attribution[0];
    expect(a.status).toMatch(/^(stated|claimed|estimated|reported)$/);
    expect(a.anchor).toMatch(/^\/[a-z]+\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  });

  for (const [file, name] of [
    ['events.csv', 'events'],
    ['figures.csv', 'figures'],
  ] as const) {
    it(`${file} parses, with one row per record and attribution, and resolvable section URLs`, () => {
      const [header, ...rows] = parseCsv(readFileSync(join(DIST, 'data', file), 'utf8'));
      expect(header).toContain('section_url');
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
  }
});

describe('timeline', () => {
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
