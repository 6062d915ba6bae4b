/**
 * The map model behind <PlaceMap>: everything the inline SVG needs (viewBox, path data, marker and
 * label positions), computed at build time from Natural Earth data, with no Astro and no browser.
 * The output is deterministic (same places in, same strings out) and compact (paths.ts).
 */
import { geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { slugify } from '../slug.ts';
import { areaAnchor, poleOf, projectedRings } from './anchors.ts';
import { mapData } from './data.ts';
import { Placer } from './labels.ts';
import { pointers } from './offmap.ts';
import { outlinePath, regionOutline, type RegionOutline } from './outline.ts';
import { pathData, round1 } from './paths.ts';
import { MAP_BOUNDS, mapView, projectPoint } from './projection.ts';
import type { MapArea, MapCountry, MapLabel, MapMarker, MapModel, MapOffMap, MapPlace, MapPlaceKind } from './types.ts';

/** Label size in viewBox units: at 358 CSS px wide (a 390 px phone less the page gutters) ≈ 11.2 px. */
export const MAP_FONT_SIZE = 25;
/** Label size for figures at least 33rem (528 px) wide: 17 units there are ≥ 11.2 px. */
export const WIDE_FONT_SIZE = 17;

/** Names of neighbours and seas, drawn unlinked where they fit as they stand (never for a country among the places). */
const CONTEXT_LABELS: readonly { text: string; at: readonly [number, number] }[] = [
  { text: 'Turkmenistan', at: [59.2, 39.8] },
  { text: 'Kazakhstan', at: [61.5, 44.6] },
  { text: 'Kyrgyzstan', at: [74.8, 41.5] },
  { text: 'China', at: [78.6, 36.2] },
  { text: 'India', at: [76.6, 25.5] },
  { text: 'Oman', at: [56.6, 21.6] },
  { text: 'Saudi Arabia', at: [47.0, 24.6] },
  { text: 'Iraq', at: [45.0, 32.8] },
  { text: 'Caspian Sea', at: [50.9, 41.5] },
  { text: 'Arabian Sea', at: [64.0, 22.5] },
];

const KIND_ORDER: Record<MapPlaceKind, number> = { country: 0, region: 1, province: 2, city: 3, building: 4 };
const MARKER_RADIUS = 6;

interface Countries {
  /** The countries in view with their path data, sorted by name so the order never depends on the source file's. */
  inView: { name: string; key: string; feature: Feature<Geometry>; d: string }[];
  /** Every country's key, in view or not. */
  all: Set<string>;
}

let countries: Countries | null = null;

function countriesInView(): Countries {
  if (countries) return countries;
  const { projection } = mapView();
  const { countries: outlined, countryNames } = mapData();
  const inView: Countries['inView'] = [];
  for (const f of outlined) {
    const d = pathData(projection, f);
    if (d) inView.push({ name: f.properties.name, key: slugify(f.properties.name), feature: f, d });
  }
  inView.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  countries = { inView, all: new Set(countryNames.map(slugify)) };
  return countries;
}

/** Build the map of `places`. Throws a plain Error for a province, country or region the map cannot draw. */
export function buildMap(places: readonly MapPlace[], options: { fontSize?: number } = {}): MapModel {
  const { projection, width, height } = mapView();
  const data = mapData();
  const world = countriesInView();
  const fontSize = options.fontSize ?? MAP_FONT_SIZE;
  const inView = (x: number, y: number, m = 0): boolean => x >= m && x <= width - m && y >= m && y <= height - m;

  // Resolve every place first, so an unknown name fails before anything is drawn.
  const countryPlaces = new Map<string, MapPlace>();
  const provincePlaces: { place: MapPlace; feature: Feature<Geometry> }[] = [];
  const regionPlaces: { place: MapPlace; outline: RegionOutline }[] = [];
  const pointPlaces: MapPlace[] = [];
  for (const place of places) {
    const wanted = slugify(place.mapName ?? place.name);
    if (place.kind === 'country') {
      const country = world.inView.find((c) => c.key === wanted);
      if (country) countryPlaces.set(country.name, place);
      else if (!world.all.has(wanted)) throw new Error(`The map has no country named ${place.mapName ?? place.name}`);
      else pointPlaces.push(place); // A country wholly outside the view: pointed at from the edge.
    } else if (place.kind === 'province') {
      const province = data.provinces.find((p) => p.key === wanted);
      if (!province) throw new Error(`The map has no province named ${place.mapName ?? place.name}`);
      provincePlaces.push({ place, feature: province.feature });
    } else if (place.kind === 'region') {
      const outline = regionOutline(place);
      if (!outline) throw new Error(`The map has no outline for the region ${place.name}`);
      regionPlaces.push({ place, outline });
    } else {
      pointPlaces.push(place);
    }
  }

  const mapCountries: MapCountry[] = world.inView.map((c) => ({ name: c.name, d: c.d, place: countryPlaces.get(c.name) ?? null }));
  mapCountries.sort((x, y) => Number(x.place !== null) - Number(y.place !== null));

  const placer = new Placer(width, height, fontSize);
  const path = geoPath(projection);
  for (const { place, feature } of provincePlaces) {
    const [[x0, y0], [x1, y1]] = path.bounds(feature);
    placer.avoid({ x0, y0, x1, y1 }, place.id);
  }

  // Points inside the view block their marker; those outside get an arrow at the edge.
  const inside: { place: MapPlace; x: number; y: number }[] = [];
  const outside: MapPlace[] = [];
  for (const place of [...pointPlaces].sort((p, q) => KIND_ORDER[p.kind] - KIND_ORDER[q.kind])) {
    const [x, y] = projectPoint(place.coordinates);
    if (place.kind !== 'country' && inView(x, y, 2)) {
      inside.push({ place, x: round1(x), y: round1(y) });
      const r = MARKER_RADIUS + 2;
      placer.block({ x0: x - r, y0: y - r, x1: x + r, y1: y + r }, place.id);
    } else outside.push(place);
  }
  const [[west, south], [east, north]] = MAP_BOUNDS;
  const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  const arrows = pointers(
    outside.map((p) => p.coordinates),
    centre,
    width,
    height,
    fontSize * 1.3,
  );
  const pointed = outside.flatMap((place, i) => (arrows[i] ? [{ place, ...arrows[i] }] : []));
  for (const p of pointed) placer.block(p.box, p.place.id);

  // Labels: asked for in order of importance (the greedy start follows it), then placed together.
  const offMapLabels = pointed.map((p) =>
    placer.add({ text: `${p.place.name} (off map)`, ax: p.x, ay: p.y, gap: 16, bold: false, owner: p.place.id, leader: false }),
  );
  // A country is large: its name moves a little if it must, with no leader line.
  const countryRequests = mapCountries.flatMap((c) => {
    if (!c.place) return [];
    let anchor = projectPoint(c.place.coordinates);
    const cf = world.inView.find((x) => x.name === c.name);
    if (!inView(anchor[0], anchor[1], 30) && cf) anchor = areaAnchor(projection, cf.feature) ?? anchor;
    const index = placer.add({ text: c.place.name, ax: anchor[0], ay: anchor[1], owner: c.place.id, rings: 3, leader: false });
    return [{ place: c.place, index }];
  });
  const markerRequests = inside.map((p) =>
    placer.add({ text: p.place.name, ax: p.x, ay: p.y, gap: MARKER_RADIUS + 3, bold: false, owner: p.place.id }),
  );
  const pointNames = new Set(pointPlaces.map((p) => slugify(p.name)));
  const provinceRequests = provincePlaces.map(({ place, feature }) => {
    const [ax, ay] = areaAnchor(projection, feature) ?? path.centroid(feature);
    // A province named like a city on the map ("Kabul") is labelled as the province.
    const text = pointNames.has(slugify(place.name)) ? `${place.name} province` : place.name;
    return placer.add({ text, ax, ay, owner: place.id });
  });
  const regionShapes = regionPlaces.map(({ place, outline }) => ({ place, points: outline.points.map((pt) => projectPoint(pt)) }));
  // A region is drawn around Afghanistan, whose provinces and markers need the room: its label
  // goes to the pole of the outline with Afghanistan cut out, where the region has most space.
  const cutOut = projectedRings(projection, data.afghanistanOutline);
  const regionRequests = regionShapes.map(({ place, points }) => {
    const [ax, ay] = poleOf([points, ...cutOut]) ?? points[0] ?? [width / 2, height / 2];
    return placer.add({ text: `${place.name} (approx.)`, ax, ay, owner: place.id });
  });
  const countryNames = new Set(mapCountries.filter((c) => c.place).map((c) => slugify(c.name)));
  const contextRequests = CONTEXT_LABELS.flatMap((c) => {
    if (countryNames.has(slugify(c.text)) || places.some((p) => slugify(p.name) === slugify(c.text))) return [];
    const [x, y] = projectPoint(c.at);
    // Only where it fits as it stands: a name moved away from its place would mislead.
    return [placer.add({ text: c.text, ax: x, ay: y, bold: false, rings: 0, leader: false, optional: true })];
  });

  const labels = placer.solve();
  const labelAt = (i: number | undefined): MapLabel => {
    const label = labels[i ?? -1];
    if (!label) throw new Error(`The map could not place label ${i}.`);
    return label;
  };

  const offMap: MapOffMap[] = pointed.map((p, i) => ({
    place: p.place,
    arrow: p.arrow,
    direction: p.direction,
    label: labelAt(offMapLabels[i]),
  }));
  const markers: MapMarker[] = inside.map((p, i) => ({ ...p, label: labelAt(markerRequests[i]) }));
  const provinces: MapArea[] = provincePlaces.map(({ place, feature }, i) => ({
    place,
    d: pathData(projection, feature),
    label: labelAt(provinceRequests[i]),
  }));
  const regions: MapArea[] = regionShapes.map(({ place, points }, i) => ({
    place,
    d: outlinePath(points),
    label: labelAt(regionRequests[i]),
  }));

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    fontSize,
    countries: mapCountries,
    countryLabels: countryRequests.map(({ place, index }) => ({ place, label: labelAt(index) })),
    provinceBorders: pathData(projection, data.provinceBorders),
    afghanistanOutline: pathData(projection, data.afghanistanOutline),
    provinces,
    regions,
    markers,
    offMap,
    context: contextRequests.flatMap((i) => (labels[i] ? [labels[i]] : [])),
  };
}

/** Every string of path data in the model, joined: for measuring the SVG's weight. */
export function pathDataOf(model: MapModel): string {
  return [
    ...model.countries.map((c) => c.d),
    model.provinceBorders,
    model.afghanistanOutline,
    ...model.provinces.map((p) => p.d + (p.label.leader ?? '')),
    ...model.regions.map((r) => r.d + (r.label.leader ?? '')),
    ...model.markers.map((m) => m.label.leader ?? ''),
    ...model.offMap.map((o) => o.arrow),
    ...model.countryLabels.map((c) => c.label.leader ?? ''),
  ].join('');
}
