/** How much room a label takes: the estimate the placer places by, and the tests check by. */
import type { Box } from './boxes.ts';

/**
 * Rough width of text in the site's sans-serif, erring wide: measured against DejaVu Sans (wider
 * than Segoe UI, San Francisco or Roboto), within 10%. Bold text is about 17% wider.
 */
export function textWidth(text: string, fontSize: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if (/[ilj.,'’:;|!()[\]]/.test(ch)) em += 0.28;
    else if (/[ frt]/.test(ch)) em += 0.36;
    else if (/[mwMW]/.test(ch)) em += 0.86;
    else if (/[A-Z]/.test(ch)) em += 0.68;
    else em += 0.56;
  }
  return em * fontSize * 1.08 * (bold ? 1.17 : 1);
}

/** Width and height of a label's box: its text with a margin of 3 units either side, and a line's height. */
export function labelSize(text: string, fontSize: number, bold: boolean): { w: number; h: number } {
  return { w: textWidth(text, fontSize, bold) + 6, h: fontSize * 1.15 };
}

/** How far the baseline sits below the box's centre, in ems: text is centred on the box. */
export const BASELINE_OFFSET = 0.35;

/** The box of a label centred on x with its baseline at y. */
export function labelBox(label: { text: string; x: number; y: number }, fontSize: number, bold: boolean): Box {
  const { w, h } = labelSize(label.text, fontSize, bold);
  const cy = label.y - fontSize * BASELINE_OFFSET;
  return { x0: label.x - w / 2, y0: cy - h / 2, x1: label.x + w / 2, y1: cy + h / 2 };
}
