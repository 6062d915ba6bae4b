/** The map model's types: what <PlaceMap> is given (places) and what it draws (the model). */

export type MapPlaceKind = 'country' | 'province' | 'city' | 'region' | 'building';

/** A place as the map needs it: where it is, what it is, where its page is. */
export interface MapPlace {
  id: string;
  name: string;
  kind: MapPlaceKind;
  /** [longitude, latitude] in degrees. */
  coordinates: readonly [number, number];
  href: string;
  /** The name in the map data when it differs from `name` (a province's Natural Earth `name_en`, a country's world-atlas name). */
  mapName?: string | undefined;
}

/** A label: text centred on (x, y) (y is the baseline), with an optional leader line to what it names. */
export interface MapLabel {
  text: string;
  x: number;
  y: number;
  /** Path data of a line from the feature to the label, when the label had to move away from it. */
  leader: string | null;
}

/** A country in view. */
export interface MapCountry {
  name: string;
  d: string;
  /** The place (kind country) it stands for, when it is one of the places. */
  place: MapPlace | null;
}

/** A labelled area: a province or a region. */
export interface MapArea {
  place: MapPlace;
  d: string;
  label: MapLabel;
}

/** A city or building inside the view. */
export interface MapMarker {
  place: MapPlace;
  x: number;
  y: number;
  label: MapLabel;
}

/** A place outside the view, pointed at from the edge. */
export interface MapOffMap {
  place: MapPlace;
  /** Path data of an arrow at the edge of the map pointing toward the place. */
  arrow: string;
  /** Compass direction from the map's centre: 'north-west'. */
  direction: string;
  label: MapLabel;
}

/** Everything the inline SVG needs, in viewBox units. */
export interface MapModel {
  width: number;
  height: number;
  viewBox: string;
  /** Font size of labels, in viewBox units. */
  fontSize: number;
  /** Countries in view; highlighted ones (places of kind country) last, so their outline is on top. */
  countries: MapCountry[];
  /** Labels of the highlighted countries that are in view. */
  countryLabels: { place: MapPlace; label: MapLabel }[];
  /** Borders between Afghanistan's provinces. */
  provinceBorders: string;
  /** Afghanistan's outline, from the province data (drawn over the provinces). */
  afghanistanOutline: string;
  /** The provinces named in the places. */
  provinces: MapArea[];
  /** Regions (Khorasan) as the editors' approximate outline. */
  regions: MapArea[];
  /** Cities and buildings inside the view. */
  markers: MapMarker[];
  /** Places (of any kind) that lie outside the view: an arrow at the edge pointing toward each. */
  offMap: MapOffMap[];
  /** Unlinked names of neighbouring countries and seas, for orientation (only where they fit). */
  context: MapLabel[];
}
