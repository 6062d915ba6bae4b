/**
 * How the map's outlines are simplified, in one place: the build simplifies the provinces with it
 * (data.ts) and scripts/prepare-countries.ts the countries, so both keep the same detail.
 */
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

/**
 * Points whose Visvalingam triangle is smaller than this (in square degrees) are dropped: about a
 * square unit of the viewBox (26 units to a degree of latitude here, 22 to one of longitude), a
 * quarter of a square CSS pixel on a phone. The path data comes to about 31 KB.
 */
export const MIN_WEIGHT = 0.002;

/**
 * The topology simplified on its arcs, so a border two areas share is one arc, simplified once:
 * neighbours stay gap-free. Each arc is weighed on its own points only. The result has absolute
 * coordinates; the input is left as it is (presimplify copies the arcs).
 */
export function simplified<T extends Objects>(topology: Topology<T>): Topology<T> {
  return simplify(presimplify(topology), MIN_WEIGHT);
}
