import { describe, expect, it } from 'vitest';
import { outlinePath, regionOutline } from '../../src/lib/map/outline.ts';
import type { MapPlace } from '../../src/lib/map/types.ts';

const region = (name: string, id = name.toLowerCase()): MapPlace => ({ id, name, kind: 'region', coordinates: [0, 0], href: '/' });

describe('regionOutline', () => {
  it("finds Khorasan's outline under its spellings or its id", () => {
    expect(regionOutline(region('Khorasan'))?.points.length).toBeGreaterThan(3);
    expect(regionOutline(region('Khurāsān'))).toBe(regionOutline(region('Khorasan')));
    expect(regionOutline(region('Greater region', 'khorasan'))).toBe(regionOutline(region('Khorasan')));
    expect(regionOutline(region('Levant'))).toBeUndefined();
  });
});

describe('outlinePath', () => {
  const square: [number, number][] = [
    [0, 0],
    [100, 0],
    [100, 100],
    [0, 100],
  ];

  it('draws a closed smooth curve through every point, to 0.1 of a unit', () => {
    const d = outlinePath(square);
    expect(d).toMatch(/^M[^C]+(C[^C]+){4}Z$/);
    // Each cubic ends on the next point: the curve passes through them all.
    const ends = [...d.matchAll(/C(?:[-\d.]+,){4}([-\d.]+),([-\d.]+)/g)].map((m) => `${m[1]},${m[2]}`);
    expect(new Set(ends)).toEqual(new Set(square.map((p) => p.join(','))));
    expect(d).not.toMatch(/\.\d\d/);
  });

  it('bulges evenly between points (uniform Catmull–Rom: control points a sixth of the chord out)', () => {
    // From (100, 0) to (100, 100), neighbours (0, 0) and (0, 100): controls at (116.7, 16.7) and (116.7, 83.3).
    expect(outlinePath(square)).toContain('C116.7,16.7,116.7,83.3,100,100');
  });

  it('draws nothing for no points', () => {
    expect(outlinePath([])).toBe('');
  });
});
