import { describe, expect, it } from 'vitest';
import provincesTopology from '../../src/data/geo/ne-admin1-afg.topo.json';
import { mapData, mapProvinceNames } from '../../src/lib/map/data.ts';
import { buildMap } from '../../src/lib/map/model.ts';
import type { MapPlace } from '../../src/lib/map/types.ts';

const province = (name: string): MapPlace => ({ id: name, name, kind: 'province', coordinates: [68, 34], href: `/${name}/` });

/** The vertices of path data written as the map writes it (M x y, then relative l pairs), in whole tenths. */
function vertices(d: string): Set<string> {
  const out = new Set<string>();
  for (const sub of d.match(/M[^M]+/g) ?? []) {
    const tenths = (s: string): number[] => (s.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map((n) => Math.round(Number(n) * 10));
    const [start = '', rest = ''] = sub.slice(1).replace(/z$/, '').split('l');
    let [x = 0, y = 0] = tenths(start);
    out.add(`${x},${y}`);
    const deltas = tenths(rest);
    for (let i = 0; i + 1 < deltas.length; i += 2) {
      x += deltas[i] ?? 0;
      y += deltas[i + 1] ?? 0;
      out.add(`${x},${y}`);
    }
  }
  return out;
}

const pointsIn = (arcs: number[][][]): number => arcs.reduce((n, arc) => n + arc.length, 0);

describe('mapData', () => {
  it('corrects the two mislabelled polygons of the source data', () => {
    const names = mapProvinceNames();
    expect(names).toHaveLength(34);
    expect(new Set(names).size).toBe(34);
    expect(names).toEqual(expect.arrayContaining(['Parwan', 'Panjshir', 'Urozgan', 'Daykundi']));
    const m = buildMap(['Parwan', 'Panjshir', 'Urozgan', 'Daykundi'].map(province));
    expect(new Set(m.provinces.map((p) => p.d)).size).toBe(4);
  });

  it('writes every province with the very points of the lines between provinces, so neighbours leave no gap', () => {
    const m = buildMap(mapProvinceNames().map(province));
    expect(m.provinces).toHaveLength(34);
    const lines = new Set([...vertices(m.provinceBorders), ...vertices(m.afghanistanOutline)]);
    const areas = new Set(m.provinces.flatMap((p) => [...vertices(p.d)]));
    expect(lines.size).toBeGreaterThan(500);
    expect([...areas].filter((v) => !lines.has(v))).toEqual([]);
    expect([...lines].filter((v) => !areas.has(v))).toEqual([]);
  });

  it('simplifies the provinces without losing one, and leaves the imported topology as it is', () => {
    const { provinces } = mapData();
    expect(provinces).toHaveLength(34);
    const kept = provinces.map((p) => (p.feature.geometry.type === 'Polygon' ? p.feature.geometry.coordinates.flat().length : 0));
    for (const n of kept) expect(n).toBeGreaterThanOrEqual(4);
    // The source has 3,318 points; simplification keeps fewer (shared ones counted once a province).
    expect(pointsIn(provincesTopology.arcs)).toBe(3318);
    expect(kept.reduce((a, b) => a + b, 0)).toBeLessThan(2 * 3318);
  });

  it('knows every country by name and has outlines for those in view only', () => {
    const { countries, countryNames } = mapData();
    expect(countryNames).toHaveLength(241);
    expect(countryNames).toEqual(expect.arrayContaining(['Egypt', 'Brazil', 'Afghanistan', 'Qatar']));
    const outlined = countries.map((c) => c.properties.name);
    expect(outlined).toEqual(expect.arrayContaining(['Afghanistan', 'Qatar', 'Russia']));
    expect(outlined).not.toContain('Egypt');
  });

  it('joins each province on its name as a slug', () => {
    const ghor = mapData().provinces.find((p) => p.nameEn === 'Ghōr');
    expect(ghor?.key).toBe('ghor');
  });
});
