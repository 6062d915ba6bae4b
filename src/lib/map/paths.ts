/**
 * Compact SVG path data from d3-geo: coordinates rounded to 0.1 of a unit (well under a CSS pixel
 * at any width the page gives the map), an absolute moveto, then relative linetos. Simplification
 * is done before, on the topology (data.ts), so that shared borders are written point for point alike.
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** A number rounded to one decimal, never -0. */
export function round1(n: number): number {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
}

/** Tenths of a unit as SVG number text: 12 → "1.2", -3 → "-.3", 40 → "4". */
export function tenths(n: number): string {
  if (n === 0) return '0';
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return sign + (whole === 0 ? '' : String(whole)) + (frac === 0 ? '' : '.' + frac);
}

/** One ring or line in tenths of a unit as "M x y l dx dy dx dy…" (z when closed); rings that collapse give "". */
export function writeRing(points: readonly (readonly [number, number])[], closed: boolean): string {
  // A point rounded onto the one before adds nothing.
  const pts = points.filter((p, i) => {
    const q = points[i - 1];
    return !q || p[0] !== q[0] || p[1] !== q[1];
  });
  if (closed && pts.length > 1) {
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (first && last && first[0] === last[0] && first[1] === last[1]) pts.pop();
  }
  const [first] = pts;
  if (!first || pts.length < (closed ? 3 : 2)) return '';
  let s = `M${tenths(first[0])} ${tenths(first[1])}l`;
  let prev = first;
  let sep = '';
  for (const p of pts.slice(1)) {
    for (const n of [tenths(p[0] - prev[0]), tenths(p[1] - prev[1])]) {
      // A minus sign separates numbers as well as a space does.
      s += (n.startsWith('-') ? '' : sep) + n;
      sep = ' ';
    }
    prev = p;
  }
  return s + (closed ? 'z' : '');
}

/** A d3-geo path context that collects rings in tenths of a unit and writes them with writeRing. */
class CompactPath implements GeoContext {
  private readonly out: string[] = [];
  private ring: [number, number][] = [];

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.ring = [[Math.round(x * 10), Math.round(y * 10)]];
  }

  lineTo(x: number, y: number): void {
    this.ring.push([Math.round(x * 10), Math.round(y * 10)]);
  }

  closePath(): void {
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
    if (this.ring.length) this.out.push(writeRing(this.ring, closed));
    this.ring = [];
  }
}

/** Compact path data of a GeoJSON object under a projection ("" when nothing of it is in view). */
export function pathData(projection: GeoProjection, object: GeoPermissibleObjects): string {
  const context = new CompactPath();
  geoPath(projection, context)(object);
  return context.result();
}
