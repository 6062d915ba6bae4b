/** Punctuation shared by the prose styles (APA, Chicago, MLA), and their runs as plain text. */
import type { Run } from './types.ts';

/** Ends a stretch of text with one period, not two after an initial ("Smith, J."). */
export function period(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** A title in quotation marks with the punctuation that follows it inside ("Title.” / “Title?”). */
export function quoted(title: string, punctuation: string): string {
  return /[?!]$/.test(title) ? `“${title}”` : `“${title}${punctuation}”`;
}

/** Joins runs into the text a reader would copy. */
export function toPlainText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
