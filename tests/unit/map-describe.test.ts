import { describe, expect, it } from 'vitest';
import { joinList } from '../../src/lib/format.ts';
import { describeMap, mapCaption, mapIds, placeGroups } from '../../src/lib/map/describe.ts';
import type { MapLabel, MapModel, MapPlace } from '../../src/lib/map/types.ts';

function place(name: string, kind: MapPlace['kind']): MapPlace {
  const id = name.toLowerCase().replace(/\W+/g, '-');
  return { id, name, kind, coordinates: [0, 0], href: `/places/${id}/` };
}

const label: MapLabel = { text: '', x: 0, y: 0, leader: null };
const empty: MapModel = {
  width: 800,
  height: 600,
  viewBox: '0 0 800 600',
  fontSize: 25,
  countries: [],
  countryLabels: [],
  provinceBorders: '',
  afghanistanOutline: '',
  provinces: [],
  regions: [],
  markers: [],
  offMap: [],
  context: [],
};
const [afghanistan, iran, khorasan, kunar, kabul, embassy, moscow] = [
  place('Afghanistan', 'country'),
  place('Iran', 'country'),
  place('Khorasan', 'region'),
  place('Kunar', 'province'),
  place('Kabul', 'city'),
  place('Russian embassy in Kabul', 'building'),
  place('Moscow', 'city'),
] as const;
const model: MapModel = {
  ...empty,
  countryLabels: [afghanistan, iran].map((p) => ({ place: p, label })),
  provinces: [{ place: kunar, d: '', label }],
  regions: [{ place: khorasan, d: '', label }],
  markers: [kabul, embassy].map((p) => ({ place: p, x: 0, y: 0, label })),
  offMap: [{ place: moscow, arrow: '', direction: 'north-west', label }],
};
const places = [afghanistan, iran, khorasan, kunar, kabul, embassy, moscow];

describe('the names in the map’s description (joinList)', () => {
  it('joins names the British way, with no comma before "and"', () => {
    expect(joinList(['Kabul', 'Herat', 'Kunar'])).toBe('Kabul, Herat and Kunar');
    expect(joinList(['Kabul', 'Herat'])).toBe('Kabul and Herat');
    expect(joinList(['Kabul'])).toBe('Kabul');
    expect(joinList([])).toBe('');
  });
});

describe('describeMap', () => {
  it('says what is shaded, hatched, marked, outlined and off the map', () => {
    expect(describeMap(model)).toBe(
      'Map of Afghanistan and its neighbours, from the Caspian Sea and the Persian Gulf to western China and northern India. ' +
        'Countries shaded: Afghanistan and Iran. Provinces of Afghanistan hatched and outlined: Kunar. ' +
        'Marked: Kabul and Russian embassy in Kabul. A dashed line gives an approximate outline of Khorasan. ' +
        'Off the map: Moscow, to the north-west.',
    );
  });

  it('leaves out the sentences about what the map does not show', () => {
    expect(describeMap(empty)).toBe(
      'Map of Afghanistan and its neighbours, from the Caspian Sea and the Persian Gulf to western China and northern India.',
    );
  });
});

describe('mapCaption', () => {
  it('explains each kind of mark the map has, and only those', () => {
    expect(mapCaption(model)).toContain('Dots mark cities, squares buildings.');
    expect(mapCaption(model)).toContain('approximation drawn by the editors');
    expect(mapCaption(empty)).toBe('Positions are approximate. Map data: Natural Earth (public domain), via the npm packages');
  });
});

describe('placeGroups', () => {
  it('groups the places by kind, singular or plural, with what the map cannot show of each', () => {
    expect(placeGroups(places, model).map((g) => [g.label, g.places.map((p) => p.place.name + p.note)])).toEqual([
      ['Countries', ['Afghanistan', 'Iran']],
      ['Region', ['Khorasan (outline approximate)']],
      ['Province of Afghanistan', ['Kunar']],
      ['Cities', ['Kabul', 'Moscow (off the map, to the north-west)']],
      ['Building', ['Russian embassy in Kabul']],
    ]);
  });
});

describe('mapIds', () => {
  it('derives ids from the title as a slug, and falls back when it has none', () => {
    expect(mapIds('Places in Ghōr’s valleys').title).toBe('place-map-places-in-ghor-s-valleys-title');
    expect(mapIds('—')).toEqual({
      title: 'place-map-map-title',
      desc: 'place-map-map-desc',
      hatch: 'place-map-map-hatch',
      list: 'place-map-map-places',
    });
  });
});
