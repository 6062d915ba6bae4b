import { describe, expect, it, vi } from 'vitest';
import { labelBox } from '../../src/lib/map/measure.ts';
import { buildMap, MAP_FONT_SIZE, pathDataOf, WIDE_FONT_SIZE } from '../../src/lib/map/model.ts';
import { MAP_WIDTH } from '../../src/lib/map/projection.ts';
import type { MapLabel, MapModel, MapPlace } from '../../src/lib/map/types.ts';

/** The places as the content gives them: the note's countries, provinces, cities, a building and Khorasan. */
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
  place('Russian embassy in Kabul', 'building', [69.12, 34.47]),
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

/** Every label of a model, of every kind, with the weight it is set in (bold as the placer measures it). */
function labelsOf(model: MapModel): { label: MapLabel; bold: boolean }[] {
  return [
    ...model.context.map((label) => ({ label, bold: false })),
    ...model.countryLabels.map((c) => ({ label: c.label, bold: true })),
    ...model.regions.map((r) => ({ label: r.label, bold: true })),
    ...model.provinces.map((p) => ({ label: p.label, bold: true })),
    ...model.markers.map((m) => ({ label: m.label, bold: false })),
    ...model.offMap.map((o) => ({ label: o.label, bold: false })),
  ];
}

/** The pairs of labels whose boxes (the placer's estimate of their text) share any area. */
function overlapping(labels: { label: MapLabel; bold: boolean }[], fontSize: number): string[] {
  const boxes = labels.map(({ label, bold }) => ({ text: label.text, ...labelBox(label, fontSize, bold) }));
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b) => (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 ? [`${a.text} / ${b.text}`] : [])),
  );
}

/** The labels whose box (the placer's estimate of their text) reaches past the view's edge. */
function leavingView(labels: { label: MapLabel; bold: boolean }[], model: MapModel): string[] {
  return labels.flatMap(({ label, bold }) => {
    const b = labelBox(label, model.fontSize, bold);
    return b.x0 < 0 || b.y0 < 0 || b.x1 > model.width || b.y1 > model.height ? [label.text] : [];
  });
}

const map = buildMap(places);
const layouts = [
  { name: 'narrow', model: map },
  { name: 'wide', model: buildMap(places, { fontSize: WIDE_FONT_SIZE }) },
];

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

  it('draws the leader line of a province label from a point inside the province', () => {
    const led = layouts.flatMap(({ model }) => model.provinces.filter((p) => p.label.leader));
    expect(led.length).toBeGreaterThan(0);
    for (const p of led) {
      const [, x = '', y = ''] = p.label.leader?.match(/^M([\d.]+) ([\d.]+)L/) ?? [];
      expect(inside([Number(x), Number(y)], rings(p.d)), p.place.name).toBe(true);
    }
  });

  it('sizes labels to stay at least 11 CSS px on a 390 px phone (a 358 px wide figure)', () => {
    expect((map.fontSize * 358) / map.width).toBeGreaterThanOrEqual(11);
    expect(map.fontSize).toBe(MAP_FONT_SIZE);
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

  for (const { name, model } of layouts) {
    it(`keeps the whole box of every kind of label inside the view (${name} layout, font size ${model.fontSize})`, () => {
      const labels = labelsOf(model);
      // Every kind is there to be checked: context, country, region, province, marker, off-map.
      expect(model.context.length * model.regions.length * model.markers.length * model.offMap.length).toBeGreaterThan(0);
      expect(labels).toHaveLength(
        model.context.length +
          model.countryLabels.length +
          model.regions.length +
          model.provinces.length +
          model.markers.length +
          model.offMap.length,
      );
      expect(leavingView(labels, model)).toEqual([]);
    });

    it(`sets no label over another (${name} layout, font size ${model.fontSize})`, () => {
      expect(overlapping(labelsOf(model), model.fontSize)).toEqual([]);
    });
  }

  it('catches, in the checks above, two labels at the same point and a label past the edge', () => {
    const at = (text: string, x: number, y: number): { label: MapLabel; bold: boolean } => ({
      label: { text, x, y, leader: null },
      bold: false,
    });
    expect(overlapping([at('Kabul', 400, 300), at('Kunar', 400, 300)], 25)).toEqual(['Kabul / Kunar']);
    // Side by side with a 6-unit gap between their texts (their boxes' margins touch): no overlap.
    const kabul = at('Kabul', 400, 300);
    const right = labelBox(kabul.label, 25, false).x1;
    const next = at('Kabul', right + (right - 400), 300);
    expect(overlapping([kabul, next], 25)).toEqual([]);
    expect(overlapping([kabul, { ...next, label: { ...next.label, x: next.label.x - 1 } }], 25)).toHaveLength(1);
    expect(leavingView([at('Doha', 10, 300)], map)).toEqual(['Doha']);
    expect(leavingView([at('Doha', 400, map.height - 1)], map)).toEqual(['Doha']);
  });

  it('is deterministic: the same places give the same strings, in a fresh module too', async () => {
    const again = buildMap(places.map((p) => ({ ...p })));
    expect(JSON.stringify(again)).toBe(JSON.stringify(map));
    vi.resetModules();
    const fresh = (await import('../../src/lib/map/model.ts')) as { buildMap: (p: MapPlace[]) => MapModel };
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

  it('points from the edge at a country wholly beyond the view, which the map knows by name only', () => {
    const egypt = buildMap([place('Egypt', 'country', [30.8, 26.8])]);
    expect(egypt.countries.map((c) => c.name)).not.toContain('Egypt');
    expect(egypt.offMap.map((o) => [o.place.name, o.direction])).toEqual([['Egypt', 'west']]);
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

  it('names a province after the city of the same name as a province', () => {
    const m = buildMap([place('Kabul', 'city', [69.2, 34.5]), place('Kabul', 'province', [69.2, 34.5])]);
    expect(m.provinces[0]?.label.text).toBe('Kabul province');
    expect(m.markers[0]?.label.text).toBe('Kabul');
  });
});
