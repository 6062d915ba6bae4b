/**
 * Re-creates src/data/geo/countries-50m-in-view.topo.json (the countries the map draws) from the
 * npm package world-atlas, a devDependency. See src/data/geo/README.md.
 *
 *   node scripts/prepare-countries.ts [--check]
 *
 * With --check, nothing is written: the script says whether the committed file is what the source
 * gives. Re-run it after changing the map's view (projection.ts) or its simplification (simplify.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countriesFile, type CountriesTopology } from '../src/lib/map/countries-file.ts';
import { writeOrCheck } from '../tools/write-or-check.ts';

const check = process.argv.includes('--check');
const source = join(process.cwd(), 'node_modules/world-atlas/countries-50m.json');
const target = join(process.cwd(), 'src/data/geo/countries-50m-in-view.topo.json');

if (!existsSync(source)) {
  console.error(`No ${source}. Run: npm install`);
  process.exit(1);
}
const result = countriesFile(JSON.parse(readFileSync(source, 'utf8')) as CountriesTopology);
// As topojson's tools write it: one line, no final newline.
const text = JSON.stringify(result);

writeOrCheck(target, text, check);
const drawn = result.objects.countries.geometries.filter((g) => g.type !== null).length;
console.log(`Wrote ${target}: ${drawn} countries drawn, ${result.arcs.length} arcs, ${Buffer.byteLength(text)} bytes.`);
