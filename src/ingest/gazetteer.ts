/**
 * Reading `geodata/gazetteer.json` (built by `scripts/build-gazetteer.ts`): sources are stored
 * once in a table and entries refer to them by index; this expands them back.
 */
import type { SourceRef } from '../model/types.ts';
import { norm } from './normalize.ts';
import type { Gazetteer, GazetteerEntry, OrganisationName } from './types.ts';

type Stored = Omit<GazetteerEntry, 'source' | 'name_source'> & { source: number; name_source?: number };

/** The gazetteer from its stored JSON; throws on a shape it cannot read (a build-time file). */
export function parseGazetteer(json: unknown): Gazetteer {
  const g = json as {
    version: number;
    sources: SourceRef[];
    entries: Stored[];
    organisations: OrganisationName[];
  };
  if (!g || g.version !== 1 || !Array.isArray(g.entries) || !Array.isArray(g.sources))
    throw new Error('gazetteer.json: expected { version: 1, sources: [], entries: [] }');
  const src = (i: number | undefined, id: string): SourceRef => {
    const s = i === undefined ? undefined : g.sources[i];
    if (!s) throw new Error(`gazetteer.json: entry ${id} refers to missing source ${i}`);
    return s;
  };
  const entries = g.entries.map((e): GazetteerEntry => {
    const { name_source, source, ...rest } = e;
    return {
      ...rest,
      source: src(source, e.id),
      ...(name_source !== undefined ? { name_source: src(name_source, e.id) } : {}),
    };
  });
  return { version: 1, built: 'scripts/build-gazetteer.ts', entries, organisations: g.organisations ?? [] };
}

const FAMILY = (k: string) => (k === 'city' || k === 'town' || k === 'village' ? 'settlement' : k);

/** Whether point `p` ([lon, lat]) lies in box `b` ([west, south, east, north]), edges included. */
export const inBox = (p: readonly number[], b: readonly number[]) =>
  p[0]! >= b[0]! && p[0]! <= b[2]! && p[1]! >= b[1]! && p[1]! <= b[3]!;

/** The source title of Natural Earth's physical labels (seas, islands, ranges: `scripts/gazetteer/ne-physical.ts`). */
export const NE_PHYSICAL_TITLE =
  'Natural Earth 1:10m physical labels (geography marine polygons; geography regions polygons)';

/** Great-circle distance in km between two [lon, lat] points. */
export function km(a: readonly [number, number], b: readonly [number, number]): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const AR_REGIONS = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });

/**
 * A country's Arabic names in the Unicode CLDR (the runtime's, through `Intl.DisplayNames`), as news
 * writes them: «ميانمار (بورما)» is «ميانمار» and «بورما»; a name with a spaced dash («الكونغو -
 * كينشاسا») is CLDR's label, not a name in running text, and is left out.
 */
export function cldrArabicCountryNames(code: string): string[] {
  let name: string | undefined;
  try {
    name = AR_REGIONS.of(code);
  } catch {
    return [];
  }
  if (!name || / - /u.test(name)) return [];
  const m = /^(.+?) \((.+)\)$/u.exec(name);
  return m ? [m[1]!, m[2]!] : [name];
}

/**
 * A world unit named like a shipped one is that unit when its point lies in the shipped one's box or
 * this near its point: a shipped box may be clipped to the study area (Dhi Qar's; round 30).
 */
const SAME_UNIT_KM = 100;

/**
 * The shipped entries with the world index (GeoNames) added, and each shipped country's Arabic
 * names in CLDR it lacks (`cldrArabicCountryNames`: «ميانمار», «تنزانيا» beside «بورما», «تانزانيا»). A world place that is already a shipped
 * entry (a settlement sharing a name, within 30 km) is not added twice: its Arabic and English names
 * join the shipped entry's as variants (after the entry's own), with its GeoNames id, country and
 * population; its names' source is recorded in `name_source` when the entry had none. A world river
 * or lake (no GeoNames id) sharing a name with any shipped entry is left out (the curated Tigris), and
 * so is a world first-level unit (Natural Earth admin-1) sharing a name with a shipped governorate
 * whose box holds its point or lies within `SAME_UNIT_KM` of it (the Syrian and Iraqi governorates,
 * drawn from their own boundaries).
 */
export function withWorld(
  shipped: readonly GazetteerEntry[],
  world: readonly GazetteerEntry[],
): GazetteerEntry[] {
  const out = shipped.map((e) => ({ ...e, names: { ar: [...e.names.ar], en: [...e.names.en] } }));
  for (const e of out) {
    if (e.kind !== 'country' || !e.country) continue;
    const have = new Set(e.names.ar.map(norm));
    e.names.ar.push(...cldrArabicCountryNames(e.country).filter((n) => !have.has(norm(n))));
  }
  const byName = new Map<string, GazetteerEntry[]>();
  for (const e of out) {
    if (FAMILY(e.kind) !== 'settlement') continue;
    for (const n of [...e.names.ar, ...e.names.en]) {
      const k = norm(n);
      const list = byName.get(k) ?? [];
      list.push(e);
      byName.set(k, list);
    }
  }
  const merged = new Set(out.flatMap((e) => (e.geonames === undefined ? [] : [e.geonames])));
  // A world river or lake named like a shipped entry (the curated Tigris) would only make that name ambiguous.
  const shippedNames = new Set(out.flatMap((e) => [...e.names.ar, ...e.names.en].map(norm)));
  const units = new Map<string, GazetteerEntry[]>();
  for (const e of out)
    if (e.kind === 'governorate')
      for (const n of [...e.names.ar, ...e.names.en]) units.set(norm(n), [...(units.get(norm(n)) ?? []), e]);
  const sameUnit = (w: GazetteerEntry) =>
    w.kind === 'governorate' &&
    [...w.names.ar, ...w.names.en].some((n) =>
      (units.get(norm(n)) ?? []).some(
        (e) => (e.bbox && inBox(w.point, e.bbox)) || km(e.point, w.point) < SAME_UNIT_KM,
      ),
    );
  for (const w of world) {
    const water = w.kind === 'river' || w.kind === 'region';
    if (water && w.geonames === undefined && w.names.en.some((n) => shippedNames.has(norm(n)))) continue;
    if (sameUnit(w)) continue;
    if (FAMILY(w.kind) !== 'settlement') {
      out.push(w);
      continue;
    }
    if (w.geonames !== undefined && merged.has(w.geonames)) continue;
    const same = [...w.names.ar, ...w.names.en]
      .flatMap((n) => byName.get(norm(n)) ?? [])
      .find((e) => km(e.point, w.point) < 30 && e.geonames === undefined);
    if (!same) {
      out.push(w);
      continue;
    }
    const ar = new Set(same.names.ar.map(norm));
    const en = new Set(same.names.en.map(norm));
    const newAr = w.names.ar.filter((n) => !ar.has(norm(n)));
    same.names.ar.push(...newAr);
    same.names.en.push(...w.names.en.filter((n) => !en.has(norm(n))));
    same.geonames = w.geonames;
    if (w.country) same.country = w.country;
    if (w.population) same.population = w.population;
    if (newAr.length && !same.name_source) same.name_source = w.source;
  }
  return out;
}
