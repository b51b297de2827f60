/**
 * `collection/rows.json` (loaded after the first view, with the events and points files): every
 * article's list row in compact form, so a filtered list (the time brush's range above all) draws
 * its rows from memory in the commit's own frame instead of waiting for list pages (a range's
 * newest articles are spread over pages across the whole list; p95 589 ms at 10,000 articles).
 *
 * Rows are in the events file's `articles` order (newest first, the list pages' order); a row's
 * places are indexes into the points file (the same sorted keys as the events file's `places`),
 * whose names the list shows, so no name, key or id is written twice. Card heads stay in the list
 * pages (a click on a place there still draws its card from the place's shard).
 */
import type { ListEntry, PointsFile } from './format.ts';

/** Bits of a row's flags. */
const AR = 1;
const SYNTHETIC = 2;
const CARD = 4;

/** `[title_en, title_ar ('' for none), outlet index, date, flags, ...place indexes]`. */
export type CompactRow = [
  en: string,
  ar: string,
  outlet: number,
  date: string,
  flags: number,
  ...places: number[],
];

export interface RowsFile {
  outlets: string[];
  rows: CompactRow[];
}

/** The file for `entries` (newest first), places by their index in the points file's keys. */
export function compactRows(
  entries: readonly ListEntry[],
  placeIndex: ReadonlyMap<string, number>,
): RowsFile {
  const outlets: string[] = [];
  const outletIndex = new Map<string, number>();
  const rows = entries.map((e): CompactRow => {
    let o = outletIndex.get(e.outlet);
    if (o === undefined) {
      outletIndex.set(e.outlet, (o = outlets.length));
      outlets.push(e.outlet);
    }
    const flags = (e.lang === 'ar' ? AR : 0) | (e.synthetic ? SYNTHETIC : 0) | (e.card ? CARD : 0);
    const places = e.places.map((k) => {
      const i = placeIndex.get(k);
      if (i === undefined) throw new Error(`rows: ${e.id} names place ${k}, which the points file lacks`);
      return i;
    });
    return [e.title.en, e.title.ar ?? '', o, e.date, flags, ...places];
  });
  return { outlets, rows };
}

/**
 * The list row of article `i` (its position in `ids`, the events file's `articles`), equal to the
 * one its list page carries.
 */
export function rowAt(file: RowsFile, ids: readonly string[], points: PointsFile, i: number): ListEntry {
  const r = file.rows[i];
  const id = ids[i];
  if (!r || id === undefined) throw new Error(`rows: no article at ${i}`);
  const [en, ar, outlet, date, flags, ...idx] = r;
  const pts = idx.map((p) => {
    const pt = points[p];
    if (!pt) throw new Error(`rows: ${id} names place ${p}, which the points file lacks`);
    return pt;
  });
  return {
    id,
    lang: flags & AR ? 'ar' : 'en',
    title: ar ? { ar, en } : { en },
    outlet: file.outlets[outlet] ?? '',
    date,
    places: pts.map((p) => p[0]),
    names: pts.map((p): [string, string] => [p[4], p[5]]),
    synthetic: (flags & SYNTHETIC) !== 0,
    card: (flags & CARD) !== 0,
  };
}
