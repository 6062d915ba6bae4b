/**
 * The map's projection and view: an equal-area conic fitted to MAP_BOUNDS, MAP_WIDTH units wide,
 * its height following from the projection.
 */
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** Width of the viewBox; its height follows from the projection. */
export const MAP_WIDTH = 800;
/** The view: [[west, south], [east, north]] in degrees. Afghanistan and Central Asia, out to Doha. */
export const MAP_BOUNDS: readonly [readonly [number, number], readonly [number, number]] = [
  [45, 23.5],
  [78, 44.5],
];

/** The fitted projection, clipped to the view, and the view's size. */
export interface MapView {
  projection: GeoProjection;
  /** The same projection without the clip extent, to project points outside the view. */
  unclipped: GeoProjection;
  width: number;
  height: number;
}

/** Densified outline of the bounds, so fitting follows the conic's curved parallels. */
function boundsOutline(): GeoPermissibleObjects {
  const [[w, s], [e, n]] = MAP_BOUNDS;
  const coordinates: [number, number][] = [];
  for (let lon = w; lon <= e; lon += 1) coordinates.push([lon, s], [lon, n]);
  for (let lat = s; lat <= n; lat += 1) coordinates.push([w, lat], [e, lat]);
  return { type: 'MultiPoint', coordinates };
}

function conic(): GeoProjection {
  const [[w, s], [e, n]] = MAP_BOUNDS;
  return geoConicEqualArea()
    .parallels([s + (n - s) / 6, n - (n - s) / 6])
    .rotate([-(w + e) / 2, 0])
    .center([0, (s + n) / 2]);
}

let view: MapView | null = null;

/** The map's view, computed once. */
export function mapView(): MapView {
  if (view) return view;
  const unclipped = conic().fitWidth(MAP_WIDTH, boundsOutline());
  const [[, y0], [, y1]] = geoPath(unclipped).bounds(boundsOutline());
  const height = Math.round(y1 - y0);
  const [tx, ty] = unclipped.translate();
  unclipped.translate([tx, ty - y0]);
  const projection = conic()
    .scale(unclipped.scale())
    .translate(unclipped.translate())
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, height],
    ]);
  view = { projection, unclipped, width: MAP_WIDTH, height };
  return view;
}

/** A point in viewBox units, outside the view or not; throws where the projection has none. */
export function projectPoint(c: readonly [number, number]): [number, number] {
  const p = mapView().unclipped([c[0], c[1]]);
  if (!p) throw new Error(`The map cannot project [${c.join(', ')}].`);
  return p;
}
