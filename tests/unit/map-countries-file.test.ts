import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { countriesFile, type CountriesTopology, type CountryProps } from '../../src/lib/map/countries-file.ts';
import { pathData } from '../../src/lib/map/paths.ts';
import { mapView } from '../../src/lib/map/projection.ts';
import { simplified } from '../../src/lib/map/simplify.ts';

const read = (path: string): string => readFileSync(join(process.cwd(), path), 'utf8');
const committedText = read('src/data/geo/countries-50m-in-view.topo.json');
const committed = JSON.parse(committedText) as CountriesTopology;
const world = JSON.parse(read('node_modules/world-atlas/countries-50m.json')) as CountriesTopology;

/** Every arc index a geometry uses, reversed ones (~i) as i. */
const arcIndexes = (a: unknown): number[] => (typeof a === 'number' ? [a < 0 ? ~a : a] : Array.isArray(a) ? a.flatMap(arcIndexes) : []);

describe('countriesFile', () => {
  it('gives the committed file byte for byte (else run node scripts/prepare-countries.ts)', () => {
    expect(JSON.stringify(countriesFile(world)) === committedText).toBe(true);
  });

  it('draws every country from the file exactly as from world-atlas, and those it leaves out not at all', () => {
    const { projection } = mapView();
    const source = simplified(world);
    const features = (t: CountriesTopology): Feature<Geometry | null, CountryProps>[] => feature(t, t.objects.countries).features;
    const fromSource = features(source);
    const fromFile = features(committed);
    expect(fromFile.map((f) => f.properties.name)).toEqual(fromSource.map((f) => f.properties.name));
    let drawn = 0;
    fromSource.forEach((f, i) => {
      const d = pathData(projection, f);
      expect(pathData(projection, fromFile[i] ?? f), f.properties.name).toBe(d);
      if (d) {
        drawn++;
        expect(fromFile[i]?.geometry, f.properties.name).toEqual(f.geometry);
      }
    });
    // Afghanistan and its neighbours out to Doha and Delhi, not the world.
    expect(drawn).toBeGreaterThan(15);
    expect(drawn).toBeLessThan(40);
  });

  it('keeps only the arcs its outlines use, each one once', () => {
    const used = new Set(committed.objects.countries.geometries.flatMap((g) => ('arcs' in g ? arcIndexes(g.arcs) : [])));
    expect([...used].sort((a, b) => a - b)).toEqual(committed.arcs.map((_, i) => i));
    expect(committed.arcs.length).toBeLessThan(world.arcs.length / 5);
    expect(committed.transform).toEqual(world.transform);
  });
});
