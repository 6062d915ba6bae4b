/**
 * The map's geography, loaded once: Natural Earth countries (1:50m, world-atlas, cut down to those
 * the map draws by scripts/prepare-countries.ts) and Afghanistan's provinces (1:10m admin-1), see
 * src/data/geo/README.md. Both are simplified on their topology, so a border two areas share is one
 * arc, simplified once: neighbours stay gap-free. The countries come simplified from the script.
 */
import { geoCentroid } from 'd3-geo';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesTopology from '../../data/geo/countries-50m-in-view.topo.json';
import provincesTopology from '../../data/geo/ne-admin1-afg.topo.json';
import { slugify } from '../slug.ts';
import type { CountriesTopology, CountryProps } from './countries-file.ts';
import { simplified } from './simplify.ts';

interface ProvinceProps {
  name: string;
  name_en: string;
}

/** A province, under its corrected `name_en`. */
export interface MapProvince {
  nameEn: string;
  /** `nameEn` as a slug, for joining on names without case or diacritics. */
  key: string;
  feature: Feature<Geometry, ProvinceProps>;
}

/** The countries and provinces, simplified, with the lines drawn between provinces. */
export interface MapData {
  /** The countries with an outline in view. */
  countries: Feature<Geometry, CountryProps>[];
  /** Every country's name, in view or not. */
  countryNames: string[];
  provinces: MapProvince[];
  /** Borders between two provinces. */
  provinceBorders: MultiLineString;
  /** Afghanistan's outline: province edges that have no neighbour. */
  afghanistanOutline: MultiLineString;
}

/**
 * Afghanistan's province data has two known mislabels (see src/data/geo/README.md): the Panjshir
 * polygon carries "Parwan" and the Daykundi polygon "Urozgan". Of each pair, Panjshir is the one
 * further east and Daykundi the one further north; relabel those so every name is unique.
 */
function provinceNames(features: Feature<Geometry, ProvinceProps>[]): string[] {
  const names = features.map((f) => f.properties.name_en);
  const fixes: [string, string, (a: [number, number], b: [number, number]) => boolean][] = [
    ['Parwan', 'Panjshir', (a, b) => a[0] > b[0]],
    ['Urozgan', 'Daykundi', (a, b) => a[1] > b[1]],
  ];
  for (const [wrong, right, isRight] of fixes) {
    const [i, j, ...more] = names.flatMap((n, k) => (n === wrong ? [k] : []));
    const fi = features[i ?? -1];
    const fj = features[j ?? -1];
    if (i === undefined || j === undefined || !fi || !fj || more.length) continue;
    names[isRight(geoCentroid(fi), geoCentroid(fj)) ? i : j] = right;
  }
  return names;
}

let data: MapData | null = null;

/** The map's geography, computed once. */
export function mapData(): MapData {
  if (data) return data;
  const world = countriesTopology as unknown as CountriesTopology;
  const afg = provincesTopology as unknown as Topology<{ provinces: GeometryCollection<ProvinceProps> }>;
  const afgSimple = simplified(afg);
  const provinceFeatures = feature(afgSimple, afgSimple.objects.provinces).features;
  const names = provinceNames(provinceFeatures);
  // A country beyond the view has a name and no outline (a null geometry).
  const countries = feature(world, world.objects.countries).features as Feature<Geometry | null, CountryProps>[];
  data = {
    countries: countries.filter((f): f is Feature<Geometry, CountryProps> => f.geometry !== null),
    countryNames: countries.map((f) => f.properties.name),
    provinces: provinceFeatures.map((f, i) => {
      const nameEn = names[i] ?? f.properties.name_en;
      return { nameEn, key: slugify(nameEn), feature: f };
    }),
    provinceBorders: mesh(afgSimple, afgSimple.objects.provinces, (a, b) => a !== b),
    afghanistanOutline: mesh(afgSimple, afgSimple.objects.provinces, (a, b) => a === b),
  };
  return data;
}

/** The province names the map knows (for tests). */
export function mapProvinceNames(): string[] {
  return mapData().provinces.map((p) => p.nameEn);
}
