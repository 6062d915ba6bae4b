import { describe, expect, it } from 'vitest';
import type { Box, Segment } from '../../src/lib/map/boxes.ts';
import { candidate, pairCost, type Candidate } from '../../src/lib/map/pair.ts';
import { seededRandom } from '../../src/lib/random.ts';

const FS = 20;
const LEADER_HITS_BOX = FS * FS * 0.5;
const LEADERS_CROSS = FS * FS * 0.3;

/** The same spot with an extent that meets everything: pairCost then runs every test. */
const inFull = (c: Candidate): Candidate => ({ ...c, extent: { x0: -Infinity, y0: -Infinity, x1: Infinity, y1: Infinity } });

describe('pairCost', () => {
  it('costs nothing for two spots far apart, leader lines and all', () => {
    const a = candidate({ x0: 0, y0: 0, x1: 50, y1: 20 }, [60, 30, 50, 20], 0);
    const b = candidate({ x0: 300, y0: 200, x1: 350, y1: 220 }, [290, 190, 300, 200], 0);
    expect(pairCost(a, b, FS)).toBe(0);
  });

  it('charges a leader line that runs through the other box, though the two boxes are far apart', () => {
    const a = candidate({ x0: 0, y0: 0, x1: 50, y1: 20 }, [400, 10, 50, 10], 0);
    const b = candidate({ x0: 200, y0: 0, x1: 250, y1: 20 }, null, 0);
    expect(pairCost(a, b, FS)).toBe(LEADER_HITS_BOX);
    expect(pairCost(b, a, FS)).toBe(LEADER_HITS_BOX);
  });

  it('charges a leader line that runs along the edge of the other box: extents that only touch are not apart', () => {
    const a = candidate({ x0: 0, y0: 0, x1: 50, y1: 20 }, [50, 60, 50, 20], 0);
    const b = candidate({ x0: 50, y0: 30, x1: 100, y1: 50 }, null, 0);
    expect(a.extent.x1).toBe(b.extent.x0);
    expect(pairCost(a, b, FS)).toBe(LEADER_HITS_BOX);
  });

  it('still charges two leaders along one line that rounding finds crossing, as the full tests do', () => {
    // Apart, and on one line: exactly they never cross, but in floating point segmentsCross says
    // they do, so the shortcut must not answer 0 for them.
    const la: Segment = [239.16658895740196, 5.31236081872555, 183.52301227493993, 6.619021621504868];
    const lb: Segment = [588.4356299388683, -2.8894154272404595, 373.085835447149, 2.1675768102409307];
    const a = candidate({ x0: 150, y0: 0, x1: la[2], y1: 12 }, la, 0);
    const b = candidate({ x0: lb[2] - 40, y0: -5, x1: lb[2], y1: 8 }, lb, 0);
    expect(pairCost(inFull(a), inFull(b), FS)).toBe(LEADERS_CROSS);
    expect(pairCost(a, b, FS)).toBe(LEADERS_CROSS);
  });

  it('gives every pair the very cost the full tests give, touching boxes and crossing leaders included', () => {
    const rand = seededRandom(851);
    // On a coarse grid, so that boxes and leaders often touch exactly.
    const at = (): number => Math.floor(rand() * 40) * 5;
    const spots = Array.from({ length: 300 }, () => {
      const x0 = at();
      const y0 = at();
      const box: Box = { x0, y0, x1: x0 + 10 + at() / 4, y1: y0 + 10 + at() / 8 };
      const [fx, fy] = [at(), at()];
      const leader: Segment | null =
        rand() < 0.7 ? [fx, fy, Math.min(Math.max(fx, box.x0), box.x1), Math.min(Math.max(fy, box.y0), box.y1)] : null;
      return candidate(box, leader, 0);
    });
    let apart = 0;
    let charged = 0;
    for (const a of spots) {
      for (const b of spots) {
        const cost = pairCost(a, b, FS);
        expect(cost).toBe(pairCost(inFull(a), inFull(b), FS));
        if (cost > 0) charged++;
        const e = a.extent;
        const f = b.extent;
        if (e.x1 < f.x0 || f.x1 < e.x0 || e.y1 < f.y0 || f.y1 < e.y0) apart++;
      }
    }
    // The sample has both kinds: pairs the shortcut settles and pairs that cost something.
    expect(apart).toBeGreaterThan(10_000);
    expect(charged).toBeGreaterThan(10_000);
  });
});
