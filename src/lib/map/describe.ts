/**
 * The words around <PlaceMap>: ids, the SVG's description, the caption, and the list of places that
 * is the map's text alternative. Pure, so each sentence can be tested without rendering.
 */
import { joinList } from '../format.ts';
import { slugify } from '../slug.ts';
import type { MapModel, MapPlace, MapPlaceKind } from './types.ts';

/** The ids of the map's title, description, hatch pattern and place list, unique per title. */
export function mapIds(title: string): { title: string; desc: string; hatch: string; list: string } {
  const uid = `place-map-${slugify(title) || 'map'}`;
  return { title: `${uid}-title`, desc: `${uid}-desc`, hatch: `${uid}-hatch`, list: `${uid}-places` };
}

/** The SVG's description: what the map shows and how each kind of place is drawn. */
export function describeMap(map: MapModel): string {
  return [
    'Map of Afghanistan and its neighbours, from the Caspian Sea and the Persian Gulf to western China and northern India.',
    map.countryLabels.length ? `Countries shaded: ${joinList(map.countryLabels.map((c) => c.place.name))}.` : '',
    map.provinces.length ? `Provinces of Afghanistan hatched and outlined: ${joinList(map.provinces.map((p) => p.place.name))}.` : '',
    map.markers.length ? `Marked: ${joinList(map.markers.map((m) => m.place.name))}.` : '',
    map.regions.length ? `A dashed line gives an approximate outline of ${joinList(map.regions.map((r) => r.place.name))}.` : '',
    map.offMap.length ? `Off the map: ${joinList(map.offMap.map((o) => `${o.place.name}, to the ${o.direction}`))}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The caption's sentences after the title, up to the credit's package names (which are markup). */
export function mapCaption(map: MapModel): string {
  return [
    map.countryLabels.length > 0 && 'Shaded: the countries listed below.',
    map.provinces.length > 0 && 'Hatched and outlined: the provinces of Afghanistan listed below.',
    map.markers.length > 0 && 'Dots mark cities, squares buildings.',
    map.offMap.length > 0 && 'An arrow at the edge points toward a place beyond it.',
    map.regions.length > 0 &&
      'The dashed outline of Khorasan is an approximation drawn by the editors: no dataset has a boundary for the historical region.',
    'Positions are approximate. Map data: Natural Earth (public domain), via the npm packages',
  ]
    .filter(Boolean)
    .join(' ');
}

const KINDS: { kind: MapPlaceKind; one: string; many: string }[] = [
  { kind: 'country', one: 'Country', many: 'Countries' },
  { kind: 'region', one: 'Region', many: 'Regions' },
  { kind: 'province', one: 'Province of Afghanistan', many: 'Provinces of Afghanistan' },
  { kind: 'city', one: 'City', many: 'Cities' },
  { kind: 'building', one: 'Building', many: 'Buildings' },
];

/** A group of the place list: "Cities", and each place with what the map cannot show of it. */
export interface PlaceGroup {
  label: string;
  places: { place: MapPlace; note: string }[];
}

/** The places by kind, in the order given, each with a note: " (off the map, to the north-west)". */
export function placeGroups(places: readonly MapPlace[], map: MapModel): PlaceGroup[] {
  const offMap = new Map(map.offMap.map((o) => [o.place.id, o.direction]));
  const note = (p: MapPlace): string =>
    (offMap.has(p.id) ? ` (off the map, to the ${offMap.get(p.id)})` : '') + (p.kind === 'region' ? ' (outline approximate)' : '');
  return KINDS.flatMap((k) => {
    const of = places.filter((p) => p.kind === k.kind);
    return of.length ? [{ label: of.length === 1 ? k.one : k.many, places: of.map((place) => ({ place, note: note(place) })) }] : [];
  });
}
