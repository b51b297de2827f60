/**
 * English names of the world's subdivisions (states, provinces, regions: "Rhineland-Palatinate",
 * "Sardinia", "Borno"), from the Unicode CLDR (npm `cldr-subdivisions-full`, pinned, Unicode-3.0
 * licence; its Arabic table has only three names, so these are read in English articles only).
 * CLDR gives names and ISO 3166-2 codes, no coordinates: the matcher proposes such a name as a
 * region without geometry, for the reviewer to place (`src/ingest/match-subdivisions.ts`), unless a
 * Natural Earth first-level unit of that country has the name (`ne-admin1.ts`, with a point). Read
 * from `node_modules` when the ingest tool starts; never committed, never in the app's bundle.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Subdivision } from '../../src/ingest/match-index.ts';

export const SUBDIVISIONS_PACKAGE = 'cldr-subdivisions-full@48.2.0';

/** CLDR's subdivision table (`{"ad02": "Canillo", …}` under localeDisplayNames), its usable rows. */
function rows(json: unknown): [string, string][] {
  const table = (
    json as { subdivisions?: { localeDisplayNames?: { subdivisions?: Record<string, string> } } }
  ).subdivisions?.localeDisplayNames?.subdivisions;
  if (!table) throw new Error('no subdivision table in the CLDR file');
  return Object.entries(table).filter(
    ([code, name]) => /^[a-z]{2}[a-z0-9]{1,4}$/u.test(code) && !/\d/u.test(name),
  );
}

/** Parses CLDR's subdivision table: each name and its country. */
export function parseSubdivisions(json: unknown): Subdivision[] {
  return rows(json).map(([code, name]) => ({ country: code.slice(0, 2).toUpperCase(), name }));
}

const readTable = (): unknown =>
  JSON.parse(
    readFileSync(
      createRequire(import.meta.url).resolve('cldr-subdivisions-full/subdivisions/en/en.json'),
      'utf8',
    ),
  );

/** Every English subdivision name of the installed package. */
export function subdivisionNames(): Subdivision[] {
  return parseSubdivisions(readTable());
}

/**
 * CLDR's English names by ISO 3166-2 code, lower case without the hyphen ("pl02" → "Lower Silesia";
 * round 30): `ne-admin1.ts` gives a Natural Earth unit the name CLDR has for its code, so "Lower
 * Silesia" is the unit Natural Earth calls "Lower Silesian", with its point.
 */
export function subdivisionNamesByCode(json: unknown = readTable()): Map<string, string> {
  return new Map(rows(json));
}
