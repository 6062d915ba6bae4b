/**
 * Places beyond the view: an arrow at the view's edge, pointing along the great circle from the
 * map's centre toward each place (north up), and the compass direction for the text.
 */
import type { Box } from './boxes.ts';
import { round1 } from './paths.ts';

const COMPASS = ['east', 'north-east', 'north', 'north-west', 'west', 'south-west', 'south', 'south-east'] as const;

/** Initial great-circle bearing from `a` to `b` ([lon, lat] in degrees), in radians clockwise from north. */
export function bearing(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const [l1, p1] = [a[0] * rad, a[1] * rad];
  const [l2, p2] = [b[0] * rad, b[1] * rad];
  return Math.atan2(Math.sin(l2 - l1) * Math.cos(p2), Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(l2 - l1));
}

/** The compass point nearest a bearing: 'north-west'. */
export function compass(theta: number): string {
  // COMPASS runs counter-clockwise from east; bearings run clockwise from north.
  const i = Math.round((Math.PI / 2 - theta) / (Math.PI / 4));
  return COMPASS[((i % 8) + 8) % 8] ?? 'east';
}

/** An arrow at the edge of the view. */
export interface Pointer {
  /** The arrow's middle, where its label is anchored. */
  x: number;
  y: number;
  /** Path data: a shaft and a head. */
  arrow: string;
  /** The room the arrow takes, with a margin: no label may cover it. */
  box: Box;
  /** Compass direction from the map's centre: 'north-west'. */
  direction: string;
}

/** How far inside the view's edge an arrow's middle sits. */
const EDGE = 22;

/**
 * Arrows toward `targets` ([lon, lat]) from `centre` ([lon, lat], the middle of a view `width` ×
 * `height`). Arrows toward places in the same direction are set side by side along the edge,
 * `spacing` apart.
 */
export function pointers(
  targets: readonly (readonly [number, number])[],
  centre: readonly [number, number],
  width: number,
  height: number,
  spacing: number,
): Pointer[] {
  const cx = width / 2;
  const cy = height / 2;
  const out: Pointer[] = [];
  for (const target of targets) {
    const theta = bearing(centre, target);
    const ux = Math.sin(theta);
    const uy = -Math.cos(theta);
    // Where the ray from the centre meets the view's edge, inset by EDGE.
    const t = Math.min(
      Math.abs(ux) > 1e-9 ? ((ux > 0 ? width - EDGE : EDGE) - cx) / ux : Infinity,
      Math.abs(uy) > 1e-9 ? ((uy > 0 ? height - EDGE : EDGE) - cy) / uy : Infinity,
    );
    let px = cx + ux * t;
    let py = cy + uy * t;
    while (out.some((o) => Math.hypot(o.x - px, o.y - py) < spacing)) {
      if (Math.abs(ux) > Math.abs(uy)) py += spacing * (py > cy ? -1 : 1);
      else px += spacing * (px > cx ? -1 : 1);
    }
    // A shaft and head of length 24 ending at the edge point, pointing outward.
    const tip: [number, number] = [px + ux * 12, py + uy * 12];
    const tail: [number, number] = [px - ux * 12, py - uy * 12];
    const nx = -uy;
    const ny = ux;
    const h1: [number, number] = [tip[0] - ux * 9 + nx * 6, tip[1] - uy * 9 + ny * 6];
    const h2: [number, number] = [tip[0] - ux * 9 - nx * 6, tip[1] - uy * 9 - ny * 6];
    const f = (p: [number, number]): string => `${round1(p[0])} ${round1(p[1])}`;
    const xs = [tip[0], tail[0], h1[0], h2[0]];
    const ys = [tip[1], tail[1], h1[1], h2[1]];
    out.push({
      x: px,
      y: py,
      arrow: `M${f(tail)}L${f(tip)}M${f(h1)}L${f(tip)}L${f(h2)}`,
      box: { x0: Math.min(...xs) - 3, y0: Math.min(...ys) - 3, x1: Math.max(...xs) + 3, y1: Math.max(...ys) + 3 },
      direction: compass(theta),
    });
  }
  return out;
}
