import { geoEquirectangular, geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaAnchor, contains, poleOf, projectedRings } from '../../src/lib/map/anchors.ts';

/** A U open to the north: its centroid falls in the gap between the arms. */
const U: [number, number][] = [
  [0, 0],
  [100, 0],
  [100, 100],
  [80, 100],
  [80, 20],
  [20, 20],
  [20, 100],
  [0, 100],
];

const inside = (point: [number, number], ring: [number, number][]) => contains(ring, point);

describe('poleOf', () => {
  it('finds a point inside a concave area, where its centroid falls outside', () => {
    const pole = poleOf([U]);
    expect(pole).not.toBeNull();
    expect(inside(pole ?? [NaN, NaN], U)).toBe(true);
    // The check is not vacuous: the centroid of the same shape is in the gap.
    const centroid = geoPath().centroid({ type: 'Polygon', coordinates: [[...U, U[0] ?? [0, 0]]] });
    expect(inside(centroid, U)).toBe(false);
  });

  it('takes the largest ring and stays out of a ring inside it', () => {
    const square: [number, number][] = [
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
    ];
    const hole: [number, number][] = [
      [30, 30],
      [70, 30],
      [70, 70],
      [30, 70],
    ];
    const islet: [number, number][] = [
      [200, 200],
      [202, 200],
      [202, 202],
    ];
    const pole = poleOf([islet, square, hole]) ?? [NaN, NaN];
    expect(inside(pole, square)).toBe(true);
    expect(inside(pole, hole)).toBe(false);
  });

  it('gives null when there is no ring', () => {
    expect(poleOf([])).toBeNull();
  });
});

describe('areaAnchor', () => {
  // North up, one unit a degree, (0, 0) at the top left.
  const projection = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .clipExtent([
      [0, -100],
      [100, 0],
    ]);
  // d3-geo reads an exterior ring clockwise: here, up the west side first.
  const crescent: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [10, 10],
        [10, 60],
        [60, 60],
        [60, 50],
        [20, 50],
        [20, 20],
        [60, 20],
        [60, 10],
        [10, 10],
      ],
    ],
  };

  it('anchors an area inside its projected outline', () => {
    const [ring = []] = projectedRings(projection, crescent);
    const anchor = areaAnchor(projection, crescent) ?? [NaN, NaN];
    expect(inside(anchor, ring)).toBe(true);
    expect(inside(geoPath(projection).centroid(crescent), ring)).toBe(false);
  });

  it('gives null for an area wholly outside the view', () => {
    const far: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [150, 10],
          [150, 20],
          [160, 20],
          [150, 10],
        ],
      ],
    };
    expect(areaAnchor(projection, far)).toBeNull();
  });
});
