import { describe, expect, it } from 'vitest';
import { Placer } from '../../src/lib/map/labels.ts';
import { labelBox } from '../../src/lib/map/measure.ts';
import type { MapLabel } from '../../src/lib/map/types.ts';

const FS = 20;
const boxOf = (l: MapLabel | null | undefined, bold: boolean) => labelBox(l ?? { text: '', x: NaN, y: NaN }, FS, bold);
const shared = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('Placer', () => {
  it('centres an area label on its area when nothing is in the way', () => {
    const placer = new Placer(400, 300, FS);
    placer.add({ text: 'Herat', ax: 200, ay: 150 });
    const [label] = placer.solve();
    expect(label).toEqual({ text: 'Herat', x: 200, y: 157, leader: null });
  });

  it('sets a point label beside its marker, not over it', () => {
    const placer = new Placer(400, 300, FS);
    const marker = { x0: 192, y0: 142, x1: 208, y1: 158 };
    placer.block(marker, 'kabul');
    placer.add({ text: 'Kabul', ax: 200, ay: 150, gap: 9, bold: false, owner: 'kabul' });
    const [label] = placer.solve();
    expect(shared(boxOf(label, false), marker)).toBe(false);
    expect(label?.leader).toBeNull();
  });

  it('keeps two labels asked for at the same point apart', () => {
    const placer = new Placer(400, 300, FS);
    placer.add({ text: 'Kunar', ax: 200, ay: 150 });
    placer.add({ text: 'Nangarhar', ax: 200, ay: 150 });
    const [a, b] = placer.solve();
    expect(shared(boxOf(a, true), boxOf(b, true))).toBe(false);
    // At least one had to move away, and a line joins it to its place.
    expect([a?.leader, b?.leader].filter(Boolean).length).toBeGreaterThan(0);
  });

  it('keeps a label inside the view when its feature is at the edge', () => {
    const placer = new Placer(400, 300, FS);
    placer.add({ text: 'Doha', ax: 2, ay: 298, gap: 9, bold: false });
    const box = boxOf(placer.solve()[0], false);
    expect(box.x0).toBeGreaterThanOrEqual(0);
    expect(box.y1).toBeLessThanOrEqual(300);
  });

  it('leaves out an optional label that would cover another, and keeps one that fits', () => {
    const placer = new Placer(400, 300, FS);
    placer.block({ x0: 150, y0: 120, x1: 250, y1: 180 }, '');
    placer.add({ text: 'China', ax: 200, ay: 150, bold: false, rings: 0, leader: false, optional: true });
    placer.add({ text: 'India', ax: 300, ay: 250, bold: false, rings: 0, leader: false, optional: true });
    expect(placer.solve().map((l) => l?.text ?? null)).toEqual([null, 'India']);
  });

  it('gives the same layout every time', () => {
    const layout = (): (MapLabel | null)[] => {
      const placer = new Placer(400, 300, FS);
      for (const [i, name] of ['Kunar', 'Nangarhar', 'Paktia', 'Khost', 'Logar'].entries())
        placer.add({ text: name, ax: 200 + i * 3, ay: 150 });
      return placer.solve();
    };
    expect(layout()).toEqual(layout());
  });
});
