/**
 * English names of Natural Earth's populated places. Natural Earth keeps some seat cities twice, the
 * second record under its first-level unit's name with the city's English name beside it (NAME
 * "Hatay", NAME_EN "Antioch", ADM1NAME "Hatay", and a record NAME "Antioch" of the same unit): that
 * NAME is the unit's, and merged into the city it would make a bare "Hatay" read the city where a text
 * means the province. A NAME equal to ADM1NAME is dropped only there, where another record of the unit
 * is named by this one's NAME_EN; a seat city named like its unit keeps its name ("Ar Raqqah", NAME_EN
 * "Raqqa": no other record of the unit is named "Raqqa").
 */
import { norm } from '../../src/ingest/normalize.ts';
import { uniq } from './store.ts';

const text = (v: unknown) => (v === null || v === undefined || String(v) === 'null' ? '' : String(v));

/** Each record's English names, in order: NAME, NAME_EN (or NAME), NAMEASCII (or NAME). */
export function populatedPlaceNames(records: readonly Record<string, unknown>[]): string[][] {
  const named = new Set(records.map((p) => `${norm(text(p.ADM1NAME))}|${norm(text(p.NAME))}`));
  return records.map((p) => {
    const name = text(p.NAME);
    const en = text(p.NAME_EN) || name;
    const unit = norm(text(p.ADM1NAME));
    const duplicate = !!unit && norm(name) === unit && norm(en) !== unit && named.has(`${unit}|${norm(en)}`);
    return uniq([name, en, text(p.NAMEASCII) || name].filter((s) => s && !(duplicate && norm(s) === unit)));
  });
}
