import { describe, expect, it } from 'vitest';
import { MAP_BOUNDS, MAP_WIDTH, mapView, projectPoint } from '../../src/lib/map/projection.ts';

describe('mapView', () => {
  it('fits the bounds to the width, north up, with a whole-number height', () => {
    const { width, height } = mapView();
    expect(width).toBe(MAP_WIDTH);
    expect(Number.isInteger(height)).toBe(true);
    const [[w, s], [e, n]] = MAP_BOUNDS;
    const lons = Array.from({ length: e - w + 1 }, (_, i) => w + i);
    // The northern bound touches the top of the view, the southern one its bottom.
    expect(Math.min(...lons.map((lon) => projectPoint([lon, n])[1]))).toBeCloseTo(0, 5);
    expect(Math.abs(Math.max(...lons.map((lon) => projectPoint([lon, s])[1])) - height)).toBeLessThanOrEqual(0.5);
    // The corners lie on the view's edge or inside it: the fit follows the curved parallels.
    for (const corner of [
      [w, s],
      [e, s],
      [w, n],
      [e, n],
    ] as const) {
      const [x, y] = projectPoint(corner);
      expect(x).toBeGreaterThan(-0.5);
      expect(x).toBeLessThan(width + 0.5);
      expect(y).toBeGreaterThan(-0.5);
      expect(y).toBeLessThan(height + 0.5);
    }
  });

  it('projects a place outside the view too, beyond its edge', () => {
    expect(projectPoint([37.6, 55.75])[1]).toBeLessThan(0);
    expect(projectPoint([51.5, 10])[1]).toBeGreaterThan(mapView().height);
    expect(projectPoint([100, 34])[0]).toBeGreaterThan(MAP_WIDTH);
  });

  it('clips drawn geometry to the view', () => {
    expect(mapView().projection.clipExtent()).toEqual([
      [0, 0],
      [MAP_WIDTH, mapView().height],
    ]);
  });
});
