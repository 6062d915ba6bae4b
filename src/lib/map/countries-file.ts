/**
 * The countries file the map reads (src/data/geo/README.md): world-atlas's 1:50m countries cut down
 * to what the map draws. Every country keeps its name, so a place in a country beyond the view is
 * still known; only the countries with something in view keep an outline, simplified as the map
 * simplifies, and only the arcs those outlines use. Pure: scripts/prepare-countries.ts reads and
 * writes the files, and a test checks that the committed file is what this gives.
 */
import { feature, quantize, transform } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { pathData } from './paths.ts';
import { mapView } from './projection.ts';
import { simplified } from './simplify.ts';

/** What world-atlas gives a country: its name (the map joins country places on it). */
export interface CountryProps {
  name: string;
}

/** A topology of countries, as world-atlas's countries-50m.json and the countries file are. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

/** Arc indexes at any depth (a LineString's, a Polygon's, a MultiPolygon's); ~i is arc i reversed. */
type Indexes = number | readonly Indexes[];

function mapIndexes(indexes: Indexes, f: (i: number) => number): Indexes {
  return typeof indexes === 'number' ? f(indexes) : indexes.map((x) => mapIndexes(x, f));
}

/** The arcs a geometry uses (none for a null geometry), a reversed one as itself. */
function arcsOf(g: GeometryObject<CountryProps> | Indexes): number[] {
  if (typeof g === 'number') return [g < 0 ? ~g : g];
  if (Array.isArray(g)) return g.flatMap(arcsOf);
  return 'arcs' in g ? arcsOf(g.arcs) : [];
}

/** The countries of `world` (countries-50m.json) that the map draws, quantized on the source's grid. */
export function countriesFile(world: CountriesTopology): CountriesTopology {
  const grid = world.transform;
  if (!grid) throw new Error('Expected a quantized topology, as world-atlas ships it.');
  const simple = simplified(world);
  const { projection } = mapView();
  // The test model.ts makes: a country is drawn when its simplified outline leaves a path in the view.
  const geometries = simple.objects.countries.geometries.map((g) =>
    pathData(projection, feature(simple, g)) ? g : { type: null, id: g.id, properties: g.properties },
  );

  // Keep the arcs those outlines use, in the source's order, numbered afresh.
  const kept = [...new Set(geometries.flatMap(arcsOf))].sort((a, b) => a - b);
  const renumbered = new Map(kept.map((old, k) => [old, k]));
  const renumber = (i: number): number => (i < 0 ? ~(renumbered.get(~i) ?? NaN) : (renumbered.get(i) ?? NaN));
  const cut = {
    ...simple,
    objects: {
      countries: {
        ...simple.objects.countries,
        geometries: geometries.map((g) => ('arcs' in g ? { ...g, arcs: mapIndexes(g.arcs, renumber) } : g)),
      },
    },
    arcs: kept.map((i) => simple.arcs[i] ?? []),
  } as CountriesTopology;

  // The simplified points are points of the source's grid: on that grid again, each one decodes
  // to the very number it was, so the map draws from this file what it drew from the source.
  const result = quantize(cut, grid);
  // topojson-client's decoder starts an arc afresh at index 0 (its types call the index a boolean).
  const decode = transform(grid) as unknown as (point: number[], index: number) => number[];
  result.arcs.forEach((arc, k) => {
    const decoded = arc.map((p, i) => decode(p, i));
    const before = cut.arcs[k] ?? [];
    if (decoded.length !== before.length || decoded.some((p, i) => p[0] !== before[i]?.[0] || p[1] !== before[i]?.[1]))
      throw new Error(`Arc ${kept[k]} does not come back the same from the grid.`);
  });
  return result;
}
