/**
 * An ocean the text names is the shipped ocean (issue 18, round 29): Natural Earth splits the
 * Pacific and the Atlantic at the equator, and the gazetteer ships the four halves ("North Pacific
 * Ocean"…, no Arabic name). "Hurricane Jose followed Irma across the Atlantic" (Barbuda), «هاجر
 * الشبان عبر المحيط الأطلسي» (Senegal) and "the resort on the Pacific coast" (Mexico) name the half
 * that two thirds of the article's other places lie beside: north of the equator, the northern one.
 *
 * Trigger: an unknown region read as an ocean by an earlier rule (English "the Pacific" bare,
 * `oceanWordAt`; "the Atlantic Ocean" and «المحيط الأطلسي» by their cue word), and, new here, the
 * adjective before "coast" or "seabed" after "the" or a possessive ("Mexico's Pacific coast", also
 * when a cue read "Pacific coast" as an unknown coast), "the Pacific" before "early" or "again", and
 * «الأطلسي» after «ساحل» (the Atlantic coast). Guards: another capitalised word after the adjective
 * ("Atlantic City", "Pacific Gas and Electric") or before it ("Canadian Pacific") leaves it; «شمال
 * الأطلسي» (NATO) is never read; an article with no place, or with places on both sides in like
 * numbers (Ecuador's coast), leaves the ocean as it was (an unknown region). The Indian and
 * Arctic oceans have one entry each, with their Arabic names: the name rules read them. "The
 * Mediterranean" read bare is the shipped "Mediterranean Sea" (two basins) nearest the article's
 * places (`nearestSea`); "the Arctic", with no "Arctic Sea", stays.
 */
import { km } from './gazetteer.ts';
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

/** The two oceans split at the equator, by the normalised words that name them in either language. */
const OCEAN_OF = new Map<string, 'Pacific' | 'Atlantic'>([
  ['pacific', 'Pacific'],
  ['atlantic', 'Atlantic'],
  ...['الهادئ', 'الهادي', 'الباسيفيكي', 'الأطلسي', 'الأطلنطي', 'الأطلنتي'].map(
    (w) => [norm(w), /هاد|باسيف/u.test(w) ? 'Pacific' : 'Atlantic'] as [string, 'Pacific' | 'Atlantic'],
  ),
]);
const OCEAN_WORD = new Set(['ocean', norm('المحيط'), norm('محيط')]);
/** Words after the adjective that leave it the ocean's ("the Pacific coast", "the Atlantic seabed"). */
const SHORE_WORDS = new Set(['coast', 'coastline', 'seabed', 'seaboard']);
/** Words after "the Pacific" that end its name ("out over the Pacific early on Sunday"). */
const AFTER_BARE = new Set([
  'early',
  'late',
  'overnight',
  'again',
  'before',
  'after',
  'toward',
  'towards',
  'as',
  'where',
  'when',
  'while',
  'until',
  'within',
  'with',
]);
const COAST_AR = new Set(['ساحل', 'سواحل', 'الساحل'].map(norm));
/** The article's places that say which side of the equator it is on. */
const LOCAL_KINDS = new Set([
  'city',
  'town',
  'village',
  'neighbourhood',
  'facility',
  'crossing',
  'district',
  'governorate',
]);

const halves = new WeakMap<MatchIndex, Map<string, GazetteerEntry>>();
/** The index's four ocean halves, by their English name ("North Pacific"). */
function halvesOf(index: MatchIndex): Map<string, GazetteerEntry> {
  let h = halves.get(index);
  if (h) return h;
  h = new Map();
  for (const e of index.entries.values()) {
    const n =
      e.kind === 'region' ? /^(North|South) (Pacific|Atlantic) Ocean$/u.exec(e.names.en[0] ?? '') : null;
    if (n) h.set(`${n[1]} ${n[2]}`, e);
  }
  halves.set(index, h);
  return h;
}

/** North when two thirds of the article's places with a point lie north of the equator, South when two thirds lie south; else undefined. */
function sideOf(out: readonly PlaceMatch[], index: MatchIndex): 'North' | 'South' | undefined {
  let north = 0;
  let south = 0;
  for (const m of out) {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || !LOCAL_KINDS.has(e.kind)) continue;
    if (e.point[1] >= 0) north++;
    else south++;
  }
  // Places on both sides in like numbers (Ecuador's coast, on the equator) name neither half.
  if (3 * north >= 2 * (north + south) && north > 0) return 'North';
  if (3 * south >= 2 * (north + south) && south > 0) return 'South';
  return undefined;
}

/**
 * The shipped sea an ocean word names with "Sea" after it ("Mediterranean": Natural Earth's
 * "Mediterranean Sea", drawn as two basins): of those, the one whose point is nearest the article's
 * places. Undefined without such a sea or without places ("the Arctic" names no "Arctic Sea").
 */
function nearestSea(name: string, out: readonly PlaceMatch[], index: MatchIndex): GazetteerEntry | undefined {
  const want = `${norm(name.replace(/^the\s+/iu, ''))} sea`;
  let seas = seasByName.get(index);
  if (!seas) {
    seas = new Map();
    for (const e of index.entries.values())
      if (e.kind === 'region' && !e.world)
        for (const n of e.names.en) {
          const k = norm(n);
          if (k.endsWith(' sea')) seas.set(k, [...(seas.get(k) ?? []), e]);
        }
    seasByName.set(index, seas);
  }
  const found = seas.get(want);
  const points = out.flatMap((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    return e && LOCAL_KINDS.has(e.kind) ? [e.point] : [];
  });
  if (!found?.length || !points.length) return undefined;
  const far = (e: GazetteerEntry) => Math.min(...points.map((p) => km(p, e.point)));
  return [...found].sort((a, b) => far(a) - far(b))[0];
}
const seasByName = new WeakMap<MatchIndex, Map<string, GazetteerEntry[]>>();

/** The ocean an unknown region's name is ("Pacific", "Atlantic Ocean", «المحيط الأطلسي»). */
function oceanNamed(name: string): 'Pacific' | 'Atlantic' | undefined {
  const words = norm(name)
    .split(/\s+/u)
    .filter((w) => w && w !== 'the' && !OCEAN_WORD.has(w));
  return words.length === 1 ? OCEAN_OF.get(words[0]!) : undefined;
}

/** Token `i`, an ocean's adjective, before a shore word or after «ساحل»: the ocean (not yet read). */
function shoreAt(nt: Normalised, toks: readonly Token[], i: number, lang: 'ar' | 'en'): boolean {
  const t = toks[i]!;
  const gap = (a: Token, b: Token) => nt.cps.slice(a.end, b.start).join('');
  if (lang === 'ar')
    return !!toks[i - 1] && COAST_AR.has(toks[i - 1]!.n) && /^\s+$/u.test(gap(toks[i - 1]!, t));
  const next = toks[i + 1];
  const prev = toks[i - 1];
  if (!next || !prev || !/^\s+$/u.test(gap(t, next))) return false;
  if (!SHORE_WORDS.has(next.n) && !(prev.n === 'the' && AFTER_BARE.has(next.n))) return false;
  if (!/^[A-Z]/u.test(nt.cps[t.start] ?? '') || !/^[a-z]/u.test(nt.cps[next.start] ?? '')) return false;
  // After "the" or a possessive ("Mexico's"), not after another name ("Canadian Pacific").
  return prev.n === 'the' || /^['’]s\s+$/u.test(gap(prev, t));
}

export function shippedOceans(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  const h = halvesOf(index);
  const side = h.size ? sideOf(out, index) : undefined;
  const shipped = (ocean: 'Pacific' | 'Atlantic') => (side ? h.get(`${side} ${ocean}`) : undefined);
  const note = (e: GazetteerEntry) =>
    `the ${e.names.en[0]}: the article's places lie ${side === 'North' ? 'north' : 'south'} of the equator`;
  const read = out.map((m) => {
    if (m.placeId || m.kind !== 'region' || !m.name) return m;
    // The name, or the words read (a later bare "Pacific" of "the Pacific coast").
    const ocean = oceanNamed(m.name) ?? oceanNamed(nt.cps.slice(m.start, m.end).join(''));
    const e = ocean ? shipped(ocean) : undefined;
    if (e) return readAs(m, e.id, 'shipped-ocean', note(e));
    // "the Mediterranean": the shipped sea of that name (Natural Earth draws two basins) nearest the places.
    const sea = m.rule === 'ocean' ? nearestSea(m.name, out, index) : undefined;
    if (sea)
      return readAs(m, sea.id, 'shipped-ocean sea', `the ${sea.names.en[0]} nearest the article's places`);
    // "the Pacific coast", read by its cue word as an unknown coast: the ocean is the adjective.
    const i = toks.findIndex((t) => t.start === m.start);
    const adjective = toks[i] && toks[i + 1]?.end === m.end ? OCEAN_OF.get(toks[i]!.n) : undefined;
    const half = adjective && shoreAt(nt, toks, i, lang) ? shipped(adjective) : undefined;
    return half ? readAs({ ...m, end: toks[i]!.end }, half.id, 'shipped-ocean shore', note(half)) : m;
  });
  const taken = (t: Token) => read.some((m) => m.start < t.end && t.start < m.end);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const ocean = OCEAN_OF.get(t.n);
    const e = ocean ? shipped(ocean) : undefined;
    if (!e || taken(t) || !shoreAt(nt, toks, i, lang)) continue;
    read.push({
      start: t.start,
      end: t.end,
      placeId: e.id,
      role: 'place',
      rule: 'shipped-ocean shore',
      candidates: [e.id],
      note: note(e),
    });
  }
  return read.sort((a, b) => a.start - b.start);
}
