/**
 * The project's cited point tables, `geodata/sources/article-places.csv` and `project-additions.csv`
 * (each row says where its coordinate comes from), read for the gazetteer build: RFC 4180 CSV (quoted
 * cells, doubled quotes, CRLF or LF), a row with another number of cells than the header left out.
 */
import type { PlaceKind } from '../../src/ingest/types.ts';

/** The rows of a CSV text, as objects keyed by the header's cells. */
export function parseCsv(textCsv: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < textCsv.length; i++) {
    const ch = textCsv[i]!;
    if (quoted) {
      if (ch === '"' && textCsv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  const [head, ...body] = rows;
  return body
    .filter((r) => r.length === head!.length)
    .map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]!])));
}

/** A row's kind as the CSVs write it ("city", "town (district seat)", "crossing"…), or null for another. */
export const CSV_KIND = (k: string): PlaceKind | null =>
  /^city/u.test(k)
    ? 'city'
    : /^town/u.test(k)
      ? 'town'
      : /neighbourhood/u.test(k)
        ? 'neighbourhood'
        : /crossing/u.test(k)
          ? 'crossing'
          : /^facility/u.test(k)
            ? 'facility'
            : null;
