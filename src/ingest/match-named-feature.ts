/**
 * A river or lake a cue word names after a known place is the world river or lake of that name when
 * the index has one (issue 18, round 12): «نهر النيجر» (the cue, then the country Niger) is Natural
 * Earth's Niger River, «نهر روفوما» (the Tanzanian region) the Ruvuma River, «بحيرة تشاد» Lake Chad;
 * the sources give these only English names, so the Arabic is read through the place it is named
 * after. The river is placed on its line where the article is (`riverPoint`). Without such a river
 * or lake the place stays proposed without geometry. A unit cue before a city's name is the unit named
 * after that city, holding it, when the index has one (`unitOfSeat`).
 */
import { anchorsOfMatches } from './match-anchors.ts';
import { inBox, km } from './gazetteer.ts';
import { readAs, riverPoint, type Anchors, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';
import { arabicKey, consonants, latinKey } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';
import { worldUnitsBy } from './world-units.ts';
import { worldWaters } from './world-waters.ts';

const LAKE_WORDS = new Set(['بحيرة', 'lake'].map(norm));

const byName = new WeakMap<MatchIndex, Map<string, string>>();

/** A name's lookup form: lower case, without accents («Sénégal River» is found by «Senegal»). */
const plain = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * World rivers by "river|<bare name>", lakes by "lake|<bare name>" (lower case), first-level units by
 * "unit|<country>|<name>", built on first use.
 */
function features(index: MatchIndex): Map<string, string> {
  let map = byName.get(index);
  if (map) return map;
  map = new Map();
  for (const w of worldWaters(index)) map.set(`${w.kind}|${plain(w.bare)}`, w.id);
  for (const e of index.entries.values()) {
    if (!e.world || e.kind !== 'governorate' || !e.country) continue;
    for (const n of e.names.en) map.set(`unit|${e.country}|${n.toLowerCase()}`, e.id);
  }
  byName.set(index, map);
  return map;
}

export function namedFeatures(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  if (!out.some((m) => m.namedAfter)) return [...out];
  const anchors = anchorsOfMatches(out, index);
  return out.map((m) => {
    if (m.placeId !== null || !m.namedAfter || !m.name) return m;
    const after = index.entries.get(m.namedAfter);
    const first = norm(m.name.split(/\s/u)[0] ?? '');
    if (after && m.kind === 'governorate') return unitOfSeat(m, after, index) ?? m;
    const kind = m.kind === 'river' ? 'river' : LAKE_WORDS.has(first) ? 'lake' : null;
    if (!after || !kind) return m;
    const id = after.names.en.map((n) => features(index).get(`${kind}|${plain(n)}`)).find((x) => !!x);
    const e = id ? index.entries.get(id) : undefined;
    if (!e || !nearArticle(e, anchors)) return m;
    const at = riverPoint(e, anchors);
    return readAs(
      m,
      e.id,
      'named-feature',
      `the ${kind} named after ${after.names.en[0] ?? after.id}: ${e.names.en[0]}`,
      at,
    );
  });
}

/** The world river named `name` (without its river word), if any. */
export function riverNamed(index: MatchIndex, name: string): GazetteerEntry | undefined {
  const id = features(index).get(`river|${plain(name)}`);
  return id ? index.entries.get(id) : undefined;
}

/** The river's line or the lake's point lies within reach of the article's places or countries. */
export function nearArticle(e: GazetteerEntry, a: Anchors): boolean {
  const pts = e.vertices ?? [e.point];
  return pts.some(
    (p) => (a.boxes?.some((b) => inBox(p, b)) ?? false) || a.points.some((q) => km(p, q) < 300),
  );
}

/**
 * «ولاية كهرمان مرعش»: a first-level unit cue before a city's name is the world unit of the city's
 * country that has the city's English name and holds it (the province named after its seat), when
 * the unit's own Arabic name is another spelling («قهرمان مرعش»).
 */
function unitOfSeat(m: PlaceMatch, city: GazetteerEntry, index: MatchIndex): PlaceMatch | null {
  if (!city.country) return null;
  for (const n of city.names.en.slice(0, 2)) {
    const id = features(index).get(`unit|${city.country}|${n.toLowerCase()}`);
    const u = id ? index.entries.get(id) : undefined;
    const b = u?.bbox;
    if (!u || !b || !inBox(city.point, b)) continue;
    return readAs(
      m,
      u.id,
      'unit-of-seat',
      `the first-level unit named after ${city.names.en[0] ?? city.id}, which it holds`,
    );
  }
  return null;
}

/** The world first-level unit of `country` with the English name `name`, if any. */
export function unitNamed(index: MatchIndex, country: string, name: string): GazetteerEntry | undefined {
  const id = features(index).get(`unit|${country}|${name.toLowerCase()}`);
  return id ? index.entries.get(id) : undefined;
}

/** Rules that propose a name a unit cue introduced, alone or in a list. */
const CUED = new Set(['cue-unknown-name', 'plural-cue-list']);

// Not a region: a physical cue («شبه جزيرة البيلوبونيز») names no unit.
const ADMIN = new Set(['district', 'governorate']);

/**
 * An unknown Arabic name after a unit or area cue («منطقة تيبستي») that is another spelling of a world
 * first-level unit's Arabic name in a country the article names («تبستي», Tibesti; the same
 * consonant key, `arabicKey`) is that unit; so is one spelled like any of its English or local names
 * (round 15: «ولاية صغد» is Sogd, which Natural Earth writes «خجندة»; «مقاطعة باتكن» Batken, written
 * «باتكين أوبلاستي»), one unit only; a name listed after a plural or dual unit cue too (round 20:
 * «ولايتي باكتيكا وخوست», Paktika).
 */
export function unitSpellings(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const countries = new Set(
    out.flatMap((m) => {
      const e = m.placeId ? index.entries.get(m.placeId) : undefined;
      return e?.country ? [e.country] : [];
    }),
  );
  return out.map((m) => {
    if (m.placeId !== null || !CUED.has(m.rule) || !m.after || !ADMIN.has(m.kind ?? '')) return m;
    // A list under «مديريتي» names districts, below the world's first-level units.
    if (m.rule === 'plural-cue-list' && m.kind !== 'governorate') return m;
    const key = arabicKey(m.after);
    if (consonants(key) < 3) return m;
    const units = [...countries].flatMap((c) => worldUnitsBy(index, unitKeys).get(`${c}|${key}`) ?? []);
    if (units.length !== 1) return m;
    const u = units[0]!;
    return readAs(
      m,
      u.id,
      'unit-spelling',
      `another spelling of ${u.names.ar[0] ?? u.id} (${u.names.en[0] ?? ''}): check it`,
    );
  });
}

/** A unit's consonant keys, of its Arabic and its English or local names. */
const unitKeys = (e: GazetteerEntry): string[] => [...e.names.ar.map(arabicKey), ...e.names.en.map(latinKey)];
