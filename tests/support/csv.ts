/**
 * Reads CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF between records), written
 * apart from src/lib/csv.ts so that the tests read the open data as a user's tool would, not
 * through the code that wrote it.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  // A last record without its CRLF.
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
