/** Writing the note's numbers: "between 3,000 and 4,000", "up to 1,700". Pure. */

const number = new Intl.NumberFormat('en-GB');

/** The value with its qualifier and unit, as a reader would say it. */
export function formatFigure(f: { value: number; valueMax?: number | undefined; qualifier: string; unit: string }): string {
  const v = number.format(f.value);
  if (f.valueMax !== undefined) return `between ${v} and ${number.format(f.valueMax)} ${f.unit}`;
  return `${f.qualifier === 'exactly' ? '' : `${f.qualifier} `}${v} ${f.unit}`;
}

export interface Bar {
  label: string;
  value: number;
  href: string;
}

/** Bar lengths for a horizontal bar chart: each bar's width in pixels, against the largest. */
export function barWidths(bars: readonly Bar[], width: number): (Bar & { width: number })[] {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return bars.map((b) => ({ ...b, width: Math.round((b.value / max) * width * 10) / 10 }));
}
