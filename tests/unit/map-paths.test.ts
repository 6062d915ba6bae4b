import { geoEquirectangular } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { pathData, round1, tenths, writeRing } from '../../src/lib/map/paths.ts';

describe('tenths', () => {
  it('writes tenths of a unit as the shortest SVG number', () => {
    expect([12, -3, 40, 0, 7, -125].map(tenths)).toEqual(['1.2', '-.3', '4', '0', '.7', '-12.5']);
  });
});

describe('round1', () => {
  it('rounds to one decimal and never gives -0', () => {
    expect(round1(12.345)).toBe(12.3);
    expect(Object.is(round1(-0.04), 0)).toBe(true);
  });
});

/** Points from a flat list of coordinates: (1, 2, 3, 4) → [[1, 2], [3, 4]]. */
const pts = (...xy: number[]): [number, number][] => xy.flatMap((x, i) => (i % 2 ? [] : [[x, xy[i + 1] ?? NaN] as [number, number]]));

describe('writeRing', () => {
  it('writes an absolute moveto, then relative offsets, a minus sign standing for the space', () => {
    expect(writeRing(pts(100, 200, 110, 190, 110, 250), true)).toBe('M10 20l1-1 0 6z');
  });

  it('drops a point rounded onto the one before it, and the closing copy of the first', () => {
    expect(writeRing(pts(0, 0, 10, 0, 10, 0, 10, 10, 0, 0), true)).toBe('M0 0l1 0 0 1z');
  });

  it('leaves out a ring that collapses to fewer than three points', () => {
    expect(writeRing(pts(5, 5, 5, 5, 6, 6), true)).toBe('');
    expect(writeRing(pts(5, 5, 6, 6), false)).toBe('M.5 .5l.1 .1');
  });
});

describe('pathData', () => {
  it('writes a projected polygon with at most one decimal', () => {
    const projection = geoEquirectangular().scale(100).translate([0, 0]);
    const d = pathData(projection, {
      type: 'Polygon',
      coordinates: [
        [
          [10, 10],
          [10, 20],
          [20, 20],
          [20, 10],
          [10, 10],
        ],
      ],
    });
    expect(d).toMatch(/^M-?[\d.]+ -?[\d.]+l[-\d. ]+z$/);
    expect(d).not.toMatch(/\.\d\d/);
  });

  it('gives nothing for an area outside the clip extent (rings wound clockwise, as d3-geo reads them)', () => {
    const projection = geoEquirectangular()
      .clipExtent([
        [0, 0],
        [10, 10],
      ])
      .translate([0, 0]);
    expect(
      pathData(projection, {
        type: 'Polygon',
        coordinates: [
          [
            [100, -10],
            [110, -20],
            [100, -20],
            [100, -10],
          ],
        ],
      }),
    ).toBe('');
  });
});
