/**
 * Regions no dataset has a boundary for: the editors' approximate outline, drawn as a smooth closed
 * curve through a few points.
 */
import { curveCatmullRomClosed, line } from 'd3-shape';
import type { MapPlace } from './types.ts';

/** An editors' outline: which places it is for, and the points (lon, lat) the curve passes through. */
export interface RegionOutline {
  match: RegExp;
  points: readonly (readonly [number, number])[];
}

/**
 * The editors' approximation of Khorasan: no dataset has its boundary. The curve runs over
 * north-eastern and eastern Iran, southern Turkmenistan, Uzbekistan and Tajikistan, Afghanistan
 * and western Pakistan.
 */
const REGION_OUTLINES: readonly RegionOutline[] = [
  {
    match: /\bkh(o|u)r(a|ā)s(a|ā)n\b/i,
    points: [
      [54.6, 36.9],
      [57.5, 38.9],
      [61.5, 39.3],
      [65.5, 40.3],
      [69.3, 40.4],
      [72.6, 39.2],
      [74.2, 37.0],
      [72.6, 33.6],
      [70.6, 29.6],
      [66.6, 26.4],
      [61.6, 26.3],
      [58.2, 29.0],
      [56.0, 32.6],
    ],
  },
];

/** The outline drawn for a region, matched on its map name, name or id; undefined when there is none. */
export function regionOutline(place: MapPlace): RegionOutline | undefined {
  return REGION_OUTLINES.find((r) => r.match.test(place.mapName ?? place.name) || r.match.test(place.id));
}

// Uniform Catmull–Rom (alpha 0): the curve passes through every point, bulging evenly between them.
const smoothClosed = line().curve(curveCatmullRomClosed.alpha(0)).digits(1);

/** Path data of a smooth closed curve through projected points, to 0.1 of a unit. */
export function outlinePath(points: readonly (readonly [number, number])[]): string {
  const d = smoothClosed(points.map(([x, y]) => [x, y]));
  // d3's closed curve ends back on its first point but leaves the path open: Z joins the ends.
  return d ? d + 'Z' : '';
}
