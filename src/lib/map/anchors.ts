/**
 * Where an area's label goes: its pole of inaccessibility (polylabel), the point inside it
 * farthest from its edges. A centroid can fall outside a concave or crescent-shaped area; the pole
 * never does, and it sits where the area has the most room for a name.
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import polylabel from 'polylabel';

type Ring = [number, number][];

/** A d3-geo path context that keeps the rings it is drawn, in projected units. */
class RingCollector implements GeoContext {
  readonly rings: Ring[] = [];

  moveTo(x: number, y: number): void {
    this.rings.push([[x, y]]);
  }

  lineTo(x: number, y: number): void {
    this.rings.at(-1)?.push([x, y]);
  }

  closePath(): void {}

  arc(): void {}

  beginPath(): void {}
}

/** Twice the area of a ring, signed by its winding. */
function shoelace(ring: Ring): number {
  let a = 0;
  ring.forEach(([x0, y0], i) => {
    const [x1, y1] = ring[(i + 1) % ring.length] ?? [x0, y0];
    a += x0 * y1 - x1 * y0;
  });
  return a;
}

/** Even–odd test of a point against a ring. */
export function contains(ring: Ring, [x, y]: [number, number]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** The pole of a polygon given as rings in projected units: the largest ring, less the rings inside it. */
export function poleOf(rings: readonly Ring[]): [number, number] | null {
  const sized = rings.filter((r) => r.length >= 3).map((ring) => ({ ring, area: Math.abs(shoelace(ring)) }));
  const outer = sized.reduce<(typeof sized)[number] | null>((best, r) => (!best || r.area > best.area ? r : best), null);
  if (!outer) return null;
  const holes = sized.filter((r) => r !== outer && r.ring[0] && contains(outer.ring, r.ring[0])).map((r) => r.ring);
  // Half a unit is a fifth of a CSS pixel on a phone: finer would not show.
  const [x, y] = polylabel([outer.ring, ...holes], 0.5);
  return [x, y];
}

/** The rings of a GeoJSON area as the projection draws it (clipped, if it clips). */
export function projectedRings(projection: GeoProjection, object: GeoPermissibleObjects): Ring[] {
  const collector = new RingCollector();
  geoPath(projection, collector)(object);
  return collector.rings;
}

/** The pole of the largest part of a GeoJSON area as the projection draws it; null when none is drawn. */
export function areaAnchor(projection: GeoProjection, object: GeoPermissibleObjects): [number, number] | null {
  return poleOf(projectedRings(projection, object));
}
