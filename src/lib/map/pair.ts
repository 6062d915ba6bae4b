/**
 * What two label spots cost together: boxes overlapping, a leader line through the other's box,
 * two leader lines crossing. The placer weighs hundreds of thousands of pairs, most of them far
 * apart; for those, each spot's extent (its box and its leader together) settles the answer
 * without the tests, to the same bit.
 */
import { overlap, segmentHitsBox, segmentsCross, type Box, type Segment } from './boxes.ts';

/** A spot a label may take. */
export interface Candidate {
  box: Box;
  /** The leader line, feature to box, when the box is not beside the feature. */
  leader: Segment | null;
  /** The smallest box holding `box` and `leader`. */
  extent: Box;
  /** Cost of this spot on its own: distance, obstacles, covered provinces, leaving the view. */
  cost: number;
}

/** A spot with its extent. */
export function candidate(box: Box, leader: Segment | null, cost: number): Candidate {
  const extent = leader
    ? {
        x0: Math.min(box.x0, leader[0], leader[2]),
        y0: Math.min(box.y0, leader[1], leader[3]),
        x1: Math.max(box.x1, leader[0], leader[2]),
        y1: Math.max(box.y1, leader[1], leader[3]),
      }
    : box;
  return { box, leader, extent, cost };
}

/** Whether two boxes have a gap between them (boxes that touch are not apart). */
function apart(a: Box, b: Box): boolean {
  return a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0;
}

/** Cost between two placed labels set at `fontSize`. */
export function pairCost(a: Candidate, b: Candidate, fontSize: number): number {
  const fs = fontSize;
  if (apart(a.extent, b.extent)) {
    // With a gap between the extents, `overlap` gives 0 and `segmentHitsBox` false even in
    // floating point (the subtractions keep their order, so the clip parameters stay at or past
    // the segment's ends). Two leaders lying along one line can still be found to cross by
    // rounding, so that test stays: it is what the full computation would add.
    return a.leader && b.leader && segmentsCross(a.leader, b.leader) ? fs * fs * 0.3 : 0;
  }
  let c = overlap(a.box, b.box) * 20;
  if (a.leader && segmentHitsBox(...a.leader, b.box)) c += fs * fs * 0.5;
  if (b.leader && segmentHitsBox(...b.leader, a.box)) c += fs * fs * 0.5;
  if (a.leader && b.leader && segmentsCross(a.leader, b.leader)) c += fs * fs * 0.3;
  return c;
}
