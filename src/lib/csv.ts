/** CSV as RFC 4180 has it: comma-separated, CRLF line ends, fields quoted when they need to be. */

type Cell = string | number | undefined;

function field(value: Cell): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and one row per record, in the given column order. */
export function toCsv<T extends Record<string, Cell>>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))].join('\r\n') + '\r\n';
}
