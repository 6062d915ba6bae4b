import { describe, expect, it } from 'vitest';
import { BASELINE_OFFSET, labelBox, labelSize, textWidth } from '../../src/lib/map/measure.ts';

describe('textWidth', () => {
  it('grows with the text and the font size, and bold is wider', () => {
    expect(textWidth('Kabul', 20, false)).toBeLessThan(textWidth('Kabul province', 20, false));
    expect(textWidth('Kabul', 20, false) * 2).toBeCloseTo(textWidth('Kabul', 40, false));
    expect(textWidth('Kabul', 20, true)).toBeCloseTo(textWidth('Kabul', 20, false) * 1.17);
  });

  it('counts wide letters wider than narrow ones', () => {
    expect(textWidth('WWW', 20, false)).toBeGreaterThan(textWidth('iii', 20, false) * 2);
  });
});

describe('labelBox', () => {
  it('centres the box on x and sets the baseline y a third of an em below its middle', () => {
    const { w, h } = labelSize('Herat', 20, true);
    const b = labelBox({ text: 'Herat', x: 100, y: 50 }, 20, true);
    expect(b.x1 - b.x0).toBeCloseTo(w);
    expect(b.y1 - b.y0).toBeCloseTo(h);
    expect((b.x0 + b.x1) / 2).toBeCloseTo(100);
    expect((b.y0 + b.y1) / 2).toBeCloseTo(50 - 20 * BASELINE_OFFSET);
    // The box has 3 units of margin either side of the text.
    expect(w).toBeCloseTo(textWidth('Herat', 20, true) + 6);
  });
});
