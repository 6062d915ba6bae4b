import { describe, expect, it } from 'vitest';
import { overlap, segmentHitsBox, segmentsCross, type Segment } from '../../src/lib/map/boxes.ts';

const box = { x0: 0, y0: 0, x1: 10, y1: 10 };

describe('overlap', () => {
  it('gives the area two boxes share, and 0 for boxes that only touch', () => {
    expect(overlap(box, { x0: 5, y0: 5, x1: 20, y1: 20 })).toBe(25);
    expect(overlap(box, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(0);
  });
});

describe('segmentHitsBox', () => {
  it('finds a segment through a box and misses one beside it', () => {
    expect(segmentHitsBox(-5, 5, 15, 5, box)).toBe(true);
    expect(segmentHitsBox(-5, 15, 15, 15, box)).toBe(false);
  });

  it('does not count a segment that only ends on the box (a leader meeting its label)', () => {
    expect(segmentHitsBox(-5, 5, 0, 5, box)).toBe(false);
  });
});

describe('segmentsCross', () => {
  it('finds two crossing segments, not two that share an end or run apart', () => {
    const a: Segment = [0, 0, 10, 10];
    expect(segmentsCross(a, [0, 10, 10, 0])).toBe(true);
    expect(segmentsCross(a, [10, 10, 20, 0])).toBe(false);
    expect(segmentsCross(a, [0, 5, 4, 9])).toBe(false);
  });
});
