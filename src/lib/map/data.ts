/**
 * The map's geography, loaded once: Natural Earth countries (1:50m, via world-atlas) and
 * Afghanistan's provinces (1:10m admin-1, src/data/geo/README.md), both simplified on their
 * topology, so a border two areas share is one arc, simplified once: neighbours stay gap-free.
 */
import { geoCentroid } from 'd3-geo';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesTopology from 'world-atlas/countries-50m.json';
import provincesTopology from '../../data/geo/ne-admin1-afg.topo.json';
import { slugify } from '../slug.ts';

interface CountryProps {
  name: string;
}
interface ProvinceProps {
  name: string;
  name_en: string;
}

/**
 * Points whose Visvalingam triangle is smaller than this (in square degrees) are dropped: about a
 * square unit of the viewBox (26 units to a degree of latitude here, 22 to one of longitude), a
 * quarter of a square CSS pixel on a phone. The path data comes to about 31 KB.
 */
const MIN_WEIGHT = 0.002;

/** A province, under its corrected `name_en`. */
export interface MapProvince {
  nameEn: string;
  /** `nameEn` as a slug, for joining on names without case or diacritics. */
  key: string;
  feature: Feature<Geometry, ProvinceProps>;
}

/** The countries and provinces, simplified, with the lines drawn between provinces. */
export interface MapData {
  countries: Feature<Geometry, CountryProps>[];
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
  const world = countriesTopology as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const afg = provincesTopology as unknown as Topology<{ provinces: GeometryCollection<ProvinceProps> }>;
  // presimplify copies the arcs: the imported JSON is left as it is.
  const worldSimple = simplify(presimplify(world), MIN_WEIGHT);
  const afgSimple = simplify(presimplify(afg), MIN_WEIGHT);
  const provinceFeatures = feature(afgSimple, afgSimple.objects.provinces).features;
  const names = provinceNames(provinceFeatures);
  data = {
    countries: feature(worldSimple, worldSimple.objects.countries).features,
    provinces: provinceFeatures.map((f, i) => {
      const nameEn = names[i] ?? f.properties.name_en;
      return { nameEn, key: slugify(nameEn), feature: f };
    }),
    provinceBorders: mesh(afgSimple, afgSimple.objects.provinces, (a, b) => a !== b),
    afghanistanOutline: mesh(afgSimple, afgSimple.objects.provinces, (a, b) => a === b),
  };
  return data;
}

/** The province names the map knows, for messages and tests. */
export function mapProvinceNames(): string[] {
  return mapData().provinces.map((p) => p.nameEn);
}
