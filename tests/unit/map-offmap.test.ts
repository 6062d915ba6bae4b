import { describe, expect, it } from 'vitest';
import { bearing, compass, pointers } from '../../src/lib/map/offmap.ts';

const centre: [number, number] = [61.5, 34];

describe('bearing and compass', () => {
  it('names the compass point of a great-circle bearing', () => {
    expect(compass(bearing(centre, [37.6, 55.75]))).toBe('north-west');
    expect(compass(bearing(centre, [61.5, 60]))).toBe('north');
    expect(compass(bearing(centre, [100, 34]))).toBe('east');
    expect(compass(bearing(centre, [61.5, 0]))).toBe('south');
  });
});

describe('pointers', () => {
  it('sets each arrow inside the view, at the edge facing its place', () => {
    const [moscow, jakarta] = pointers(
      [
        [37.6, 55.75],
        [106.8, -6.2],
      ],
      centre,
      800,
      600,
      30,
    );
    for (const p of [moscow, jakarta]) {
      expect(p?.box.x0).toBeGreaterThanOrEqual(0);
      expect(p?.box.y0).toBeGreaterThanOrEqual(0);
      expect(p?.box.x1).toBeLessThanOrEqual(800);
      expect(p?.box.y1).toBeLessThanOrEqual(600);
    }
    expect(moscow?.direction).toBe('north-west');
    expect(moscow?.y).toBe(22);
    expect(jakarta?.direction).toBe('south-east');
    expect(moscow?.arrow).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
  });

  it('sets arrows toward places in the same direction side by side', () => {
    const [a, b] = pointers(
      [
        [37.6, 55.75],
        [37.7, 55.8],
      ],
      centre,
      800,
      600,
      30,
    );
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThanOrEqual(30);
  });
});
