/**
 * Label placement, as a small optimisation: every label has candidate spots (centred on its
 * feature or beside it, then rings further out in 16 directions with a leader line), and the
 * placer looks for the set of spots with the least total cost — labels overlapping each other,
 * a marker or an arrow cost most; a line crossing a label, leaving the view, covering a
 * highlighted province and distance from the feature cost less. It starts greedy, then anneals
 * with a seeded generator, so the same input always gives the same layout.
 */
import { seededRandom } from '../random.ts';
import { overlap, segmentHitsBox, type Box, type Segment } from './boxes.ts';
import { BASELINE_OFFSET, labelSize } from './measure.ts';
import { candidate, pairCost, type Candidate } from './pair.ts';
import { round1 } from './paths.ts';
import type { MapLabel } from './types.ts';

/** What a label asks for. */
export interface LabelRequest {
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

/** Places labels in a view `width` × `height` at `fontSize`; see the module's comment. */
export class Placer {
  private readonly requests: LabelRequest[] = [];
  private readonly fixed: { box: Box; owner: string }[] = [];
  private readonly soft: { box: Box; owner: string }[] = [];
  private readonly width: number;
  private readonly height: number;
  private readonly fontSize: number;

  constructor(width: number, height: number, fontSize: number) {
    this.width = width;
    this.height = height;
    this.fontSize = fontSize;
  }

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
    const { w, h } = labelSize(r.text, fs, r.bold);
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
      out.push(candidate(box, leader, cost));
    }
    return out;
  }

  /** Place every label; an optional one that fits nowhere comes back null. */
  solve(): (MapLabel | null)[] {
    const n = this.requests.length;
    const cands = this.requests.map((r) => this.candidates(r));
    // An optional label may also be left out, at a price: index -1.
    const omit = this.fontSize * this.fontSize * 2;
    const choice = new Array<number>(n).fill(-1);
    // The chosen candidates themselves, kept beside `choice`: costOf reads them a million times.
    const placed = new Array<Candidate | null>(n).fill(null);
    // pairCost(placed[i], placed[j]) at [i * n + j], kept while both are placed, so the cost of a
    // label where it stands is a sum, not n new pair costs: half the annealing's work, same bits.
    const pairs = new Float64Array(n * n);
    const choose = (i: number, k: number): void => {
      choice[i] = k;
      const c = cands[i]?.[k] ?? null;
      placed[i] = c;
      if (!c) return;
      for (let j = 0; j < n; j++) {
        const other = placed[j];
        if (!other || j === i) continue;
        pairs[i * n + j] = pairCost(c, other, this.fontSize);
        pairs[j * n + i] = pairCost(other, c, this.fontSize);
      }
    };
    const chosen = (i: number): Candidate | null => placed[i] ?? null;
    const costOf = (i: number, c: Candidate | null): number => {
      if (!c) return omit;
      let total = c.cost;
      for (let j = 0; j < n; j++) {
        const other = placed[j];
        if (other && j !== i) total += pairCost(c, other, this.fontSize);
      }
      return total;
    };
    /** costOf(i, chosen(i)), from the kept pair costs, added in the same order. */
    const standing = (i: number): number => {
      const c = placed[i];
      if (!c) return omit;
      let total = c.cost;
      for (let j = 0; j < n; j++) if (placed[j] && j !== i) total += pairs[i * n + j]!;
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
      choose(i, best);
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
      const delta = costOf(i, list[next] ?? null) - standing(i);
      if (delta < 0 || (temperature > 0 && rand() < Math.exp(-delta / temperature))) choose(i, next);
    }
    // Polish: each label to its best spot given the others, until nothing moves.
    for (let round = 0, moved = true; moved && round < 10; round++) {
      moved = false;
      for (let i = 0; i < n; i++) {
        const list = cands[i] ?? [];
        let best = choice[i] ?? -1;
        let bestCost = standing(i);
        list.forEach((c, k) => {
          const cost = costOf(i, c);
          if (cost < bestCost - 1e-9) {
            bestCost = cost;
            best = k;
          }
        });
        if (best !== choice[i]) {
          choose(i, best);
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
        y: round1((box.y0 + box.y1) / 2 + fs * BASELINE_OFFSET),
        leader: leader ? `M${round1(leader[0])} ${round1(leader[1])}L${round1(leader[2])} ${round1(leader[3])}` : null,
      };
    });
  }
}
