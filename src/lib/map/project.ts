/**
 * The map model behind <PlaceMap>: everything the inline SVG needs (viewBox, path data, marker and
 * label positions), computed at build time from Natural Earth data, with no Astro and no browser.
 *
 * - Countries: `world-atlas/countries-50m.json` (Natural Earth 1:50m, via world-atlas, ISC).
 * - Afghanistan's provinces: `src/data/geo/ne-admin1-afg.topo.json` (Natural Earth 1:10m admin-1;
 *   see src/data/geo/README.md). Joined on `name_en` (or a place's `mapName`), never on iso codes.
 * - Khorasan: no dataset has a boundary for it; REGION_OUTLINES holds the editors' approximation.
 *
 * The output is deterministic (same places in, same strings out) and compact: coordinates are
 * rounded to 0.1 of a unit in a viewBox MAP_WIDTH wide, paths are written with relative offsets,
 * and geometry outside the view is clipped away.
 */
import { seededRandom } from '../random.ts';
import { geoConicEqualArea, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import countriesTopology from 'world-atlas/countries-50m.json';
import provincesTopology from '../../data/geo/ne-admin1-afg.topo.json';

export type MapPlaceKind = 'country' | 'province' | 'city' | 'region' | 'building';

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

export interface MapCountry {
  name: string;
  d: string;
  /** The place (kind country) it stands for, when it is one of the places. */
  place: MapPlace | null;
}

export interface MapArea {
  place: MapPlace;
  d: string;
  label: MapLabel;
}

export interface MapMarker {
  place: MapPlace;
  x: number;
  y: number;
  label: MapLabel;
}

export interface MapOffMap {
  place: MapPlace;
  /** Path data of an arrow at the edge of the map pointing toward the place. */
  arrow: string;
  /** Compass direction from the map's centre: 'north-west'. */
  direction: string;
  label: MapLabel;
}

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

/** Width of the viewBox; its height follows from the projection. */
export const MAP_WIDTH = 800;
/** Label size in viewBox units: at 358 CSS px wide (a 390 px phone less the page gutters) ≈ 11.2 px. */
export const MAP_FONT_SIZE = 25;
/** The view: [[west, south], [east, north]] in degrees. Afghanistan and Central Asia, out to Doha. */
export const MAP_BOUNDS: readonly [readonly [number, number], readonly [number, number]] = [
  [45, 23.5],
  [78, 44.5],
];

/**
 * The editors' approximation of Khorasan: no dataset has its boundary. The points (lon, lat) are
 * joined by a smooth closed curve over north-eastern and eastern Iran, southern Turkmenistan,
 * Uzbekistan and Tajikistan, Afghanistan and western Pakistan.
 */
const REGION_OUTLINES: readonly { match: RegExp; points: readonly (readonly [number, number])[]; labelAt: readonly [number, number] }[] = [
  {
    match: /\bkh(o|u)r(a|ā)s(a|ā)n\b/i,
    points: [
      [54.6, 36.9],
      [57.5, 38.9],
      [61.5, 39.3],
      [65.5, 40.3],
      [69.3, 40.4],
      [72.6, 39.2],
      [74.2, 37.0],
      [72.6, 33.6],
      [70.6, 29.6],
      [66.6, 26.4],
      [61.6, 26.3],
      [58.2, 29.0],
      [56.0, 32.6],
    ],
    labelAt: [58.6, 30.8],
  },
];

/** Names of neighbours and seas, drawn unlinked where they fit (never for a country among the places). */
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

// ---------------------------------------------------------------------------------------------
// Data

interface CountryProps {
  name: string;
}
interface ProvinceProps {
  name: string;
  name_en: string;
}

const world = countriesTopology as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
const afg = provincesTopology as unknown as Topology<{ provinces: GeometryCollection<ProvinceProps> }>;

/** Compare names without case or diacritics: "Ghor" finds Natural Earth's "Ghōr". */
function normalize(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Compact path data

/** Tenths of a unit as SVG number text: 12 → "1.2", -3 → "-.3", 40 → "4". */
function tenths(n: number): string {
  if (n === 0) return '0';
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return sign + (whole === 0 ? '' : String(whole)) + (frac === 0 ? '' : '.' + frac);
}

/** Number as SVG text rounded to one decimal. */
export function round1(n: number): number {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

/** Douglas–Peucker on integer points (tenths), keeping both ends; a closed ring is split in two. */
function simplify(pts: [number, number][], tolerance: number, closed: boolean): [number, number][] {
  if (pts.length < 4 || tolerance <= 0) return pts;
  const keep = new Uint8Array(pts.length);
  const stack: [number, number][] = [];
  const last = pts.length - 1;
  keep[0] = 1;
  keep[last] = 1;
  if (closed) {
    // Split at the point farthest from the first, so both halves are open lines.
    const [fx, fy] = pts[0] ?? [0, 0];
    let far = 1;
    let farD = -1;
    pts.forEach(([x, y], i) => {
      const d = (x - fx) ** 2 + (y - fy) ** 2;
      if (d > farD) {
        farD = d;
        far = i;
      }
    });
    keep[far] = 1;
    stack.push([0, far], [far, last]);
  } else stack.push([0, last]);
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [a, z] = stack.pop() ?? [0, 0];
    const [ax, ay] = pts[a] ?? [0, 0];
    const [zx, zy] = pts[z] ?? [0, 0];
    const dx = zx - ax;
    const dy = zy - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = t2;
    for (let i = a + 1; i < z; i++) {
      const [x, y] = pts[i] ?? [0, 0];
      const d = len2 === 0 ? (x - ax) ** 2 + (y - ay) ** 2 : (dx * (ay - y) - dy * (ax - x)) ** 2 / len2;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, z]);
    }
  }
  return pts.filter((_, i) => keep[i] === 1);
}

/**
 * A d3-geo path context that writes compact SVG path data: absolute moveto, then relative
 * linetos in tenths of a unit. Points closer than `minStep` tenths to the last one are dropped,
 * lines are simplified (Douglas–Peucker, `tolerance` tenths: 0.4 of a unit, well under a CSS
 * pixel at any width the page gives the map), and rings that collapse are left out.
 */
class CompactPath implements GeoContext {
  private out: string[] = [];
  private sub: [number, number][] = [];
  private pending: [number, number] | null = null;

  constructor(
    private readonly minStep = 6,
    private readonly tolerance = 4,
  ) {}

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.sub = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number): void {
    const p: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = this.sub[this.sub.length - 1];
    if (!last) return;
    if (Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) < this.minStep) {
      this.pending = p;
      return;
    }
    this.pending = null;
    this.sub.push(p);
  }

  closePath(): void {
    this.pending = null;
    this.flush(true);
  }

  arc(): void {
    // Only used for point geometries, which the map never passes to a path.
  }

  beginPath(): void {}

  result(): string {
    this.flush(false);
    return this.out.join('');
  }

  private flush(closed: boolean): void {
    if (this.pending) this.sub.push(this.pending);
    this.pending = null;
    const pts = simplify(this.sub, this.tolerance, closed);
    this.sub = [];
    if (pts.length < (closed ? 3 : 2)) return;
    const [first] = pts;
    if (!first) return;
    let s = `M${tenths(first[0])} ${tenths(first[1])}l`;
    let prev = first;
    let sep = '';
    for (const p of pts.slice(1)) {
      for (const n of [tenths(p[0] - prev[0]), tenths(p[1] - prev[1])]) {
        s += (n.startsWith('-') ? '' : sep) + n;
        sep = ' ';
      }
      prev = p;
    }
    this.out.push(s + (closed ? 'z' : ''));
  }
}

function pathData(projection: GeoProjection, object: GeoPermissibleObjects): string {
  const context = new CompactPath();
  geoPath(projection, context)(object);
  return context.result();
}

// ---------------------------------------------------------------------------------------------
// Projection and the fixed layers (computed once)

interface Base {
  projection: GeoProjection;
  /** The same projection without the clip extent, to project points outside the view. */
  unclipped: GeoProjection;
  width: number;
  height: number;
  /** The countries in view, by name. */
  countries: { name: string; key: string; feature: Feature<Geometry, CountryProps>; d: string }[];
  /** Every country's normalized name, in view or not. */
  allCountries: Set<string>;
  provinces: { nameEn: string; key: string; feature: Feature<Geometry, ProvinceProps> }[];
  provinceBorders: string;
  afghanistanOutline: string;
}

let base: Base | null = null;

/** Densified outline of the bounds, so fitting follows the conic's curved parallels. */
function boundsOutline(): GeoPermissibleObjects {
  const [[w, s], [e, n]] = MAP_BOUNDS;
  const coordinates: [number, number][] = [];
  for (let lon = w; lon <= e; lon += 1) coordinates.push([lon, s], [lon, n]);
  for (let lat = s; lat <= n; lat += 1) coordinates.push([w, lat], [e, lat]);
  return { type: 'MultiPoint', coordinates };
}

function makeProjection(): GeoProjection {
  const [[w, s], [e, n]] = MAP_BOUNDS;
  return geoConicEqualArea()
    .parallels([s + (n - s) / 6, n - (n - s) / 6])
    .rotate([-(w + e) / 2, 0])
    .center([0, (s + n) / 2]);
}

/**
 * Afghanistan's province data has two known mislabels (see src/data/geo/README.md): the Panjshir
 * polygon carries "Parwan" and the Daykundi polygon "Urozgan". Of each pair, Panjshir is the one
 * further east and Daykundi the one further north; relabel those so every name is unique.
 */
function provinceNames(features: Feature<Geometry, ProvinceProps>[], projection: GeoProjection): string[] {
  const names = features.map((f) => f.properties.name_en);
  const fixes: [string, string, (a: [number, number], b: [number, number]) => boolean][] = [
    ['Parwan', 'Panjshir', (a, b) => a[0] > b[0]],
    ['Urozgan', 'Daykundi', (a, b) => a[1] < b[1]],
  ];
  const path = geoPath(projection);
  for (const [wrong, right, isRight] of fixes) {
    const idx = names.flatMap((n, i) => (n === wrong ? [i] : []));
    const [i, j] = idx;
    if (idx.length !== 2 || i === undefined || j === undefined) continue;
    const fi = features[i];
    const fj = features[j];
    if (!fi || !fj) continue;
    const ci = path.centroid(fi);
    const cj = path.centroid(fj);
    names[isRight(ci, cj) ? i : j] = right;
  }
  return names;
}

function getBase(): Base {
  if (base) return base;
  const unclipped = makeProjection().fitWidth(MAP_WIDTH, boundsOutline());
  const [[, y0], [, y1]] = geoPath(unclipped).bounds(boundsOutline());
  const height = Math.round(y1 - y0);
  const [tx, ty] = unclipped.translate();
  unclipped.translate([tx, ty - y0]);
  const projection = makeProjection()
    .scale(unclipped.scale())
    .translate(unclipped.translate())
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, height],
    ]);

  const countries: Base['countries'] = [];
  const allCountries = new Set<string>();
  for (const f of feature(world, world.objects.countries).features) {
    allCountries.add(normalize(f.properties.name));
    const d = pathData(projection, f);
    if (d) countries.push({ name: f.properties.name, key: normalize(f.properties.name), feature: f, d });
  }
  // Sorted by name, so the order never depends on the source file's.
  countries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const provinceFeatures = feature(afg, afg.objects.provinces).features;
  const names = provinceNames(provinceFeatures, projection);
  const provinces = provinceFeatures.map((f, i) => {
    const nameEn = names[i] ?? f.properties.name_en;
    return { nameEn, key: normalize(nameEn), feature: f };
  });

  base = {
    projection,
    unclipped,
    width: MAP_WIDTH,
    height,
    countries,
    allCountries,
    provinces,
    provinceBorders: pathData(
      projection,
      mesh(afg, afg.objects.provinces, (a, b) => a !== b),
    ),
    afghanistanOutline: pathData(
      projection,
      mesh(afg, afg.objects.provinces, (a, b) => a === b),
    ),
  };
  return base;
}

/** The names the map knows, for messages and tests. */
export function mapProvinceNames(): string[] {
  return getBase().provinces.map((p) => p.nameEn);
}

// ---------------------------------------------------------------------------------------------
// Label placement

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Rough width of text in the site's sans-serif, erring wide: measured against DejaVu Sans (wider
 * than Segoe UI, San Francisco or Roboto), within 10%. Bold text is about 17% wider.
 */
function textWidth(text: string, fontSize: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if (/[ilj.,'’:;|!()[\]]/.test(ch)) em += 0.28;
    else if (/[ frt]/.test(ch)) em += 0.36;
    else if (/[mwMW]/.test(ch)) em += 0.86;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else em += 0.56;
  }
  return em * fontSize * 1.08 * (bold ? 1.17 : 1);
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Greedy label placement. Each label tries a spot centred on its feature (areas) or beside it
 * (points), then spots further out in 16 directions, joined to the feature by a leader line; it
 * takes the cheapest: overlapping a label, marker or arrow costs most, leaving the view too, covering
 * a highlighted province (`soft` boxes) a little, and distance a little. Ties keep the first, so
 * the result depends only on the input.
 */
/** Whether the segment (x0, y0)–(x1, y1) passes through the box (Liang–Barsky). */
function segmentHitsBox(x0: number, y0: number, x1: number, y1: number, b: Box): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x0 - b.x0],
    [dx, b.x1 - x0],
    [-dy, y0 - b.y0],
    [dy, b.y1 - y0],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  // Touching the box only at the segment's end (the leader meeting its own label) does not count.
  return t1 - t0 > 1e-6 && t0 < 1 - 1e-6;
}

/** Whether two segments cross (proper intersection). */
function segmentsCross(a: Segment, b: Segment): boolean {
  const cross = (ox: number, oy: number, px: number, py: number, qx: number, qy: number): number =>
    (px - ox) * (qy - oy) - (py - oy) * (qx - ox);
  const d1 = cross(b[0], b[1], b[2], b[3], a[0], a[1]);
  const d2 = cross(b[0], b[1], b[2], b[3], a[2], a[3]);
  const d3 = cross(a[0], a[1], a[2], a[3], b[0], b[1]);
  const d4 = cross(a[0], a[1], a[2], a[3], b[2], b[3]);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

type Segment = [number, number, number, number];

interface LabelRequest {
  text: string;
  /** The feature's point: a marker, an arrow, an area's centre. */
  ax: number;
  ay: number;
  /** 0 for an area (first try: centred on it); for a point, the marker's radius plus a margin. */
  gap: number;
  bold: boolean;
  /** The id of the place: its own highlighted area and marker do not count against it. */
  owner: string;
  /** How many rings of spots around the feature to try (0: only the first spot). */
  rings: number;
  /** Whether the label may stand away from its feature, joined to it by a line. */
  leader: boolean;
  /** Whether the label may be left out (names of neighbours) rather than overlap anything. */
  optional: boolean;
}

interface Candidate {
  box: Box;
  /** The leader line, feature to box, when the box is not beside the feature. */
  leader: Segment | null;
  /** Cost of this spot on its own: distance, obstacles, covered provinces, leaving the view. */
  cost: number;
}

/**
 * Label placement, as a small optimisation: every label has candidate spots (centred on its
 * feature or beside it, then rings further out in 16 directions with a leader line), and the
 * placer looks for the set of spots with the least total cost — labels overlapping each other,
 * a marker or an arrow cost most; a line crossing a label, leaving the view, covering a
 * highlighted province and distance from the feature cost less. It starts greedy, then anneals
 * with a seeded generator, so the same input always gives the same layout.
 */
class Placer {
  private readonly requests: LabelRequest[] = [];
  private readonly fixed: { box: Box; owner: string }[] = [];
  private readonly soft: { box: Box; owner: string }[] = [];

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly fontSize: number,
  ) {}

  /** A marker or arrow: no label may cover it. */
  block(box: Box, owner: string): void {
    this.fixed.push({ box, owner });
  }

  /** A highlighted province's box: labels had better not cover it. */
  avoid(box: Box, owner: string): void {
    this.soft.push({ box, owner });
  }

  /** Ask for a label; returns its index in what `solve` returns. */
  add(request: Partial<LabelRequest> & Pick<LabelRequest, 'text' | 'ax' | 'ay'>): number {
    this.requests.push({ gap: 0, bold: true, owner: '', rings: 5, leader: true, optional: false, ...request });
    return this.requests.length - 1;
  }

  private candidates(r: LabelRequest): Candidate[] {
    const fs = this.fontSize;
    const w = textWidth(r.text, fs, r.bold) + 6;
    const h = fs * 1.15;
    const centres: [number, number][] = [];
    if (r.gap === 0) centres.push([r.ax, r.ay]);
    const first = r.gap === 0 ? fs * 0.6 : r.gap;
    const radii = [first, first + fs, first + fs * 2, first + fs * 3.2, first + fs * 4.6].slice(0, r.rings);
    for (const radius of radii) {
      for (let k = 0; k < 16; k++) {
        const angle = (k * Math.PI) / 8;
        const dx = Math.round(Math.cos(angle) * 1000) / 1000;
        const dy = -Math.round(Math.sin(angle) * 1000) / 1000;
        // The box's edge (not its centre) sits `radius` away from the feature, along the direction.
        centres.push([
          r.ax + dx * radius + (dx === 0 ? 0 : (Math.sign(dx) * w) / 2),
          r.ay + dy * radius + (dy === 0 ? 0 : (Math.sign(dy) * h) / 2),
        ]);
      }
    }
    const view = { x0: 3, y0: 3, x1: this.width - 3, y1: this.height - 3 };
    const out: Candidate[] = [];
    for (const [cx, cy] of centres) {
      const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
      const area = w * h;
      // The leader runs from the feature to the nearest point of the box.
      const nx = Math.min(Math.max(r.ax, box.x0), box.x1);
      const ny = Math.min(Math.max(r.ay, box.y0), box.y1);
      const far = Math.hypot(nx - r.ax, ny - r.ay) > r.gap + fs * 0.5;
      if (far && !r.leader) continue;
      const leader: Segment | null = far ? [r.ax, r.ay, nx, ny] : null;
      let hard = area - overlap(box, view);
      let crossings = 0;
      for (const f of this.fixed) {
        hard += overlap(box, f.box);
        if (leader && f.owner !== r.owner && segmentHitsBox(...leader, f.box)) crossings++;
      }
      let soft = 0;
      for (const b of this.soft) {
        // A label may cover its own area when the area is large enough to show around it.
        if (b.owner === r.owner && (b.box.x1 - b.box.x0) * (b.box.y1 - b.box.y0) > area * 2) continue;
        soft += overlap(box, b.box);
      }
      const distance = Math.hypot(cx - r.ax, cy - r.ay);
      // Distance costs more the further it goes: a long leader line is hard to follow.
      const cost = hard * 20 + soft * 0.3 + crossings * fs * fs * 0.5 + distance * 2.5 + (distance / fs) ** 2 * fs + (leader ? fs * 2 : 0);
      if (r.optional && hard > 0) continue;
      out.push({ box, leader, cost });
    }
    return out;
  }

  /** Cost between two placed labels. */
  private pair(a: Candidate, b: Candidate): number {
    const fs = this.fontSize;
    let c = overlap(a.box, b.box) * 20;
    if (a.leader && segmentHitsBox(...a.leader, b.box)) c += fs * fs * 0.5;
    if (b.leader && segmentHitsBox(...b.leader, a.box)) c += fs * fs * 0.5;
    if (a.leader && b.leader && segmentsCross(a.leader, b.leader)) c += fs * fs * 0.3;
    return c;
  }

  /** Place every label; an optional one that fits nowhere comes back null. */
  solve(): (MapLabel | null)[] {
    const n = this.requests.length;
    const cands = this.requests.map((r) => this.candidates(r));
    // An optional label may also be left out, at a price: index -1.
    const omit = this.fontSize * this.fontSize * 2;
    const choice = new Array<number>(n).fill(-1);
    const chosen = (i: number): Candidate | null => cands[i]?.[choice[i] ?? -1] ?? null;
    const costOf = (i: number, c: Candidate | null): number => {
      if (!c) return omit;
      let total = c.cost;
      for (let j = 0; j < n; j++) {
        const other = j === i ? null : chosen(j);
        if (other) total += this.pair(c, other);
      }
      return total;
    };
    // Greedy start, in the order asked.
    for (let i = 0; i < n; i++) {
      const list = cands[i] ?? [];
      let best = -1;
      let bestCost = this.requests[i]?.optional ? omit : Infinity;
      list.forEach((c, k) => {
        const cost = costOf(i, c);
        if (cost < bestCost) {
          bestCost = cost;
          best = k;
        }
      });
      choice[i] = best;
    }
    // Anneal: move one label to another spot, keep the move if it helps (or, early on, by chance).
    const rand = seededRandom(0x15c0ffee);
    const steps = 400 * n;
    for (let step = 0; step < steps; step++) {
      const temperature = this.fontSize * this.fontSize * 2 * (1 - step / steps) ** 3;
      const i = Math.floor(rand() * n);
      const list = cands[i] ?? [];
      const canOmit = this.requests[i]?.optional ?? false;
      const k = Math.floor(rand() * (list.length + (canOmit ? 1 : 0)));
      const next = k < list.length ? k : -1;
      if (next === choice[i] || (next === -1 && !canOmit)) continue;
      const delta = costOf(i, list[next] ?? null) - costOf(i, chosen(i));
      if (delta < 0 || (temperature > 0 && rand() < Math.exp(-delta / temperature))) choice[i] = next;
    }
    // Polish: each label to its best spot given the others, until nothing moves.
    for (let round = 0, moved = true; moved && round < 10; round++) {
      moved = false;
      for (let i = 0; i < n; i++) {
        const list = cands[i] ?? [];
        let best = choice[i] ?? -1;
        let bestCost = costOf(i, chosen(i));
        list.forEach((c, k) => {
          const cost = costOf(i, c);
          if (cost < bestCost - 1e-9) {
            bestCost = cost;
            best = k;
          }
        });
        if (best !== choice[i]) {
          choice[i] = best;
          moved = true;
        }
      }
    }
    const fs = this.fontSize;
    return this.requests.map((r, i) => {
      const c = chosen(i);
      if (!c) return null;
      const { box, leader } = c;
      return {
        text: r.text,
        x: round1((box.x0 + box.x1) / 2),
        y: round1((box.y0 + box.y1) / 2 + fs * 0.35),
        leader: leader ? `M${round1(leader[0])} ${round1(leader[1])}L${round1(leader[2])} ${round1(leader[3])}` : null,
      };
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Regions: a smooth closed curve (Catmull–Rom as cubic Béziers) through projected points

function smoothClosed(points: [number, number][]): string {
  const n = points.length;
  const at = (i: number): [number, number] => points[((i % n) + n) % n] ?? [0, 0];
  const f = (v: number): string => String(round1(v));
  const [x0, y0] = at(0);
  let d = `M${f(x0)} ${f(y0)}`;
  for (let i = 0; i < n; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    const c1: [number, number] = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: [number, number] = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${f(c1[0])} ${f(c1[1])} ${f(c2[0])} ${f(c2[1])} ${f(p2[0])} ${f(p2[1])}`;
  }
  return d + 'Z';
}

// ---------------------------------------------------------------------------------------------
// Off-map pointers

const COMPASS = ['east', 'north-east', 'north', 'north-west', 'west', 'south-west', 'south', 'south-east'] as const;

/** Initial great-circle bearing from `a` to `b` ([lon, lat] in degrees), in radians clockwise from north. */
function bearing(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const [l1, p1] = [a[0] * rad, a[1] * rad];
  const [l2, p2] = [b[0] * rad, b[1] * rad];
  return Math.atan2(Math.sin(l2 - l1) * Math.cos(p2), Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(l2 - l1));
}

/** The compass point nearest a bearing: 'north-west'. */
function compass(theta: number): string {
  // COMPASS runs counter-clockwise from east; bearings run clockwise from north.
  const i = Math.round((Math.PI / 2 - theta) / (Math.PI / 4));
  return COMPASS[((i % 8) + 8) % 8] ?? 'east';
}

// ---------------------------------------------------------------------------------------------

const KIND_ORDER: Record<MapPlaceKind, number> = { country: 0, region: 1, province: 2, city: 3, building: 4 };

/** Build the map of `places`. Throws a plain Error for a province, country or region the map cannot draw. */
export function buildMap(places: readonly MapPlace[], options: { fontSize?: number } = {}): MapModel {
  const b = getBase();
  const { width, height } = b;
  const fontSize = options.fontSize ?? MAP_FONT_SIZE;
  const inView = (x: number, y: number, m = 0): boolean => x >= m && x <= width - m && y >= m && y <= height - m;
  const project = (c: readonly [number, number]): [number, number] => {
    const p = b.unclipped([c[0], c[1]]);
    if (!p) throw new Error(`The map cannot project [${c.join(', ')}].`);
    return p;
  };

  // Resolve every place first, so an unknown name fails before anything is drawn.
  const countryPlaces = new Map<string, MapPlace>();
  const provincePlaces: { place: MapPlace; feature: Feature<Geometry, ProvinceProps> }[] = [];
  const regionPlaces: { place: MapPlace; outline: (typeof REGION_OUTLINES)[number] }[] = [];
  const pointPlaces: MapPlace[] = [];
  for (const place of places) {
    const wanted = normalize(place.mapName ?? place.name);
    if (place.kind === 'country') {
      const country = b.countries.find((c) => c.key === wanted);
      if (country) countryPlaces.set(country.name, place);
      else if (!b.allCountries.has(wanted)) throw new Error(`The map has no country named ${place.mapName ?? place.name}`);
      else pointPlaces.push(place); // A country wholly outside the view: pointed at from the edge.
    } else if (place.kind === 'province') {
      const province = b.provinces.find((p) => p.key === wanted);
      if (!province) throw new Error(`The map has no province named ${place.mapName ?? place.name}`);
      provincePlaces.push({ place, feature: province.feature });
    } else if (place.kind === 'region') {
      const outline = REGION_OUTLINES.find((r) => r.match.test(place.mapName ?? place.name) || r.match.test(place.id));
      if (!outline) throw new Error(`The map has no outline for the region ${place.name}`);
      regionPlaces.push({ place, outline });
    } else {
      pointPlaces.push(place);
    }
  }

  const countries: MapCountry[] = b.countries.map((c) => ({ name: c.name, d: c.d, place: countryPlaces.get(c.name) ?? null }));
  countries.sort((x, y) => Number(x.place !== null) - Number(y.place !== null));

  const placer = new Placer(width, height, fontSize);
  const markerRadius = 6;
  const path = geoPath(b.projection);
  const provinceShapes = provincePlaces.map(({ place, feature: f }) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    placer.avoid({ x0, y0, x1, y1 }, place.id);
    return { place, f };
  });

  // Points inside the view block their marker; those outside get an arrow at the edge.
  const inside: { place: MapPlace; x: number; y: number }[] = [];
  const outside: { place: MapPlace }[] = [];
  for (const place of [...pointPlaces].sort((p, q) => KIND_ORDER[p.kind] - KIND_ORDER[q.kind])) {
    const [x, y] = project(place.coordinates);
    if (place.kind !== 'country' && inView(x, y, 2)) {
      inside.push({ place, x: round1(x), y: round1(y) });
      placer.block({ x0: x - markerRadius - 2, y0: y - markerRadius - 2, x1: x + markerRadius + 2, y1: y + markerRadius + 2 }, place.id);
    } else outside.push({ place });
  }

  const offMap: MapOffMap[] = [];
  const arrows: [number, number][] = [];
  const cx = width / 2;
  const cy = height / 2;
  const edge = 22;
  const [[west, south], [east, north]] = MAP_BOUNDS;
  const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  for (const o of outside) {
    // The arrow points along the great circle from the map's centre toward the place (north up).
    const theta = bearing(centre, o.place.coordinates);
    const ux = Math.sin(theta);
    const uy = -Math.cos(theta);
    // Where the ray from the centre meets the view's edge, inset by `edge`.
    const t = Math.min(
      Math.abs(ux) > 1e-9 ? ((ux > 0 ? width - edge : edge) - cx) / ux : Infinity,
      Math.abs(uy) > 1e-9 ? ((uy > 0 ? height - edge : edge) - cy) / uy : Infinity,
    );
    let px = cx + ux * t;
    let py = cy + uy * t;
    // Arrows toward places in the same direction are set side by side along the edge.
    while (arrows.some(([ax, ay]) => Math.hypot(ax - px, ay - py) < fontSize * 1.3)) {
      if (Math.abs(ux) > Math.abs(uy)) py += fontSize * 1.3 * (py > cy ? -1 : 1);
      else px += fontSize * 1.3 * (px > cx ? -1 : 1);
    }
    arrows.push([px, py]);
    // Arrow: a shaft and head of length 24 ending at the edge point, pointing outward.
    const tip: [number, number] = [px + ux * 12, py + uy * 12];
    const tail: [number, number] = [px - ux * 12, py - uy * 12];
    const nx = -uy;
    const ny = ux;
    const h1: [number, number] = [tip[0] - ux * 9 + nx * 6, tip[1] - uy * 9 + ny * 6];
    const h2: [number, number] = [tip[0] - ux * 9 - nx * 6, tip[1] - uy * 9 - ny * 6];
    const f = (p: [number, number]): string => `${round1(p[0])} ${round1(p[1])}`;
    const arrow = `M${f(tail)}L${f(tip)}M${f(h1)}L${f(tip)}L${f(h2)}`;
    placer.block(
      {
        x0: Math.min(tip[0], tail[0], h1[0], h2[0]) - 3,
        y0: Math.min(tip[1], tail[1], h1[1], h2[1]) - 3,
        x1: Math.max(tip[0], tail[0], h1[0], h2[0]) + 3,
        y1: Math.max(tip[1], tail[1], h1[1], h2[1]) + 3,
      },
      o.place.id,
    );
    const direction = compass(theta);
    offMap.push({ place: o.place, arrow, direction, label: { text: '', x: 0, y: 0, leader: null } });
  }
  // Labels: asked for in order of importance (the greedy start follows it), then placed together.
  const offMapLabels = offMap.map((o, i) => {
    const [px, py] = arrows[i] ?? [cx, cy];
    return placer.add({ text: `${o.place.name} (off map)`, ax: px, ay: py, gap: 16, bold: false, owner: o.place.id, leader: false });
  });
  // A country is large: its name moves a little if it must, with no leader line.
  const countryRequests = countries.flatMap((c) => {
    if (!c.place) return [];
    let anchor = project(c.place.coordinates);
    const cf = b.countries.find((x) => x.name === c.name);
    if (!inView(anchor[0], anchor[1], 30) && cf) anchor = path.centroid(cf.feature);
    return [
      {
        place: c.place,
        index: placer.add({ text: c.place.name, ax: anchor[0], ay: anchor[1], owner: c.place.id, rings: 3, leader: false }),
      },
    ];
  });
  const markerRequests = inside.map((p) =>
    placer.add({ text: p.place.name, ax: p.x, ay: p.y, gap: markerRadius + 3, bold: false, owner: p.place.id }),
  );
  const pointNames = new Set(pointPlaces.map((p) => normalize(p.name)));
  const provinceRequests = provinceShapes.map(({ place, f }) => {
    const [ax, ay] = path.centroid(f);
    // A province named like a city on the map ("Kabul") is labelled as the province.
    const text = pointNames.has(normalize(place.name)) ? `${place.name} province` : place.name;
    return placer.add({ text, ax, ay, owner: place.id });
  });
  const regionRequests = regionPlaces.map(({ place, outline }) => {
    const [ax, ay] = project(outline.labelAt);
    return placer.add({ text: `${place.name} (approx.)`, ax, ay, owner: place.id });
  });
  const countryNames = new Set(countries.filter((c) => c.place).map((c) => normalize(c.name)));
  const contextRequests = CONTEXT_LABELS.flatMap((c) => {
    if (countryNames.has(normalize(c.text)) || places.some((p) => normalize(p.name) === normalize(c.text))) return [];
    const [x, y] = project(c.at);
    // Only where it fits as it stands: a name moved away from its place would mislead.
    return [placer.add({ text: c.text, ax: x, ay: y, bold: false, rings: 0, leader: false, optional: true })];
  });

  const labels = placer.solve();
  const labelAt = (i: number): MapLabel => {
    const label = labels[i];
    if (!label) throw new Error(`The map could not place label ${i}.`);
    return label;
  };

  for (const [i, o] of offMap.entries()) o.label = labelAt(offMapLabels[i] ?? -1);
  const countryLabels = countryRequests.map(({ place, index }) => ({ place, label: labelAt(index) }));
  const markers: MapMarker[] = inside.map((p, i) => ({ ...p, label: labelAt(markerRequests[i] ?? -1) }));
  const provinces: MapArea[] = provinceShapes.map(({ place, f }, i) => ({
    place,
    d: pathData(b.projection, f),
    label: labelAt(provinceRequests[i] ?? -1),
  }));
  const regions: MapArea[] = regionPlaces.map(({ place, outline }, i) => ({
    place,
    d: smoothClosed(outline.points.map((pt) => project(pt))),
    label: labelAt(regionRequests[i] ?? -1),
  }));
  const context = contextRequests.flatMap((i) => (labels[i] ? [labels[i]] : []));

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    fontSize,
    countries,
    countryLabels,
    provinceBorders: b.provinceBorders,
    afghanistanOutline: b.afghanistanOutline,
    provinces,
    regions,
    markers,
    offMap,
    context,
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
