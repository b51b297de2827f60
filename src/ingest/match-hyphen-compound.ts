/**
 * English names joined by a hyphen into a longer name are no places of their own (issue 18, round 17):
 * "Tonga" in "the Hunga Tonga-Hunga Ha'apai volcano", "Canada" in "the Trans-Canada Highway",
 * "Pacific" in "Pan-Pacific". A name is dropped when a hyphen (no space) joins it to a capitalised
 * word of four letters or more that no other match covers, or when it follows a prefix ("Trans-",
 * "Pan-", "Sub-"). Two places joined ("the Kenya-Uganda border", "US-Mexico") keep both; a name read
 * whole ("Guinea-Bissau", "Port-au-Prince") is one match; short particles ("Al-Qaim") are left alone.
 *
 * And a capitalised word that is a demonym of a country the index has ("Canadian", "Brazilian") is the
 * adjective, not a namesake town (Canadian, Texas), with the capitalised word after it that no other
 * reading names ("the Canadian Pacific line": a railway, not Pacific, Washington).
 */
import { isUpper, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const HYPHENS = new Set(['-', '‑']);
const PREFIXES = new Set(['trans', 'pan', 'sub', 'anti', 'pro', 'inter']);
const LETTER = /[\p{L}'’]/u;

/** The word joined to `at` by a hyphen on side `dir` (-1 before, +1 after), with its span. */
function joined(
  cps: readonly string[],
  at: number,
  dir: -1 | 1,
): { word: string; start: number; end: number } | null {
  const h = dir < 0 ? at - 1 : at;
  if (!HYPHENS.has(cps[h] ?? '')) return null;
  let s = h + dir;
  const first = s;
  while (s >= 0 && s < cps.length && LETTER.test(cps[s]!)) s += dir;
  const [start, end] = dir < 0 ? [s + 1, first + 1] : [first, s];
  return end > start ? { word: cps.slice(start, end).join(''), start, end } : null;
}

/** Demonyms of the index's countries, each to its country's id: "Canada" → "canadian", "Kenya" → "kenyan". */
const demonymsOf = new WeakMap<MatchIndex, Map<string, string>>();
export function demonymCountries(index: MatchIndex): Map<string, string> {
  let map = demonymsOf.get(index);
  if (map) return map;
  map = new Map();
  for (const e of index.entries.values()) {
    if (e.kind !== 'country' || e.world) continue;
    for (const name of e.names.en) {
      const n = name.toLowerCase();
      if (!/^[a-z]+$/u.test(n)) continue;
      const stem = n.replace(/[aeiouy]$/u, '');
      for (const d of [`${n}n`, `${n}ian`, `${stem}ian`, `${stem}an`, `${n}ese`, `${stem}ese`])
        if (!map.has(d)) map.set(d, e.id);
    }
  }
  demonymsOf.set(index, map);
  return map;
}

export function withoutCompoundParts(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const covered = (start: number, end: number) =>
    out.some((o) => o.start < end && start < o.end && o.placeId);
  const text = (m: PlaceMatch) => nt.cps.slice(m.start, m.end).join('');
  const adjectives = out.filter(
    (m) =>
      m.placeId &&
      isUpper(nt.cps[m.start]) &&
      !/\bcue-/u.test(m.rule) &&
      demonymCountries(index).has(text(m).toLowerCase()),
  );
  const afterAdjective = (m: PlaceMatch) =>
    adjectives.some((a) => a !== m && /^ $/u.test(nt.cps.slice(a.end, m.start).join('')));
  return out.filter((m) => {
    if (!m.placeId || /\bcue-/u.test(m.rule)) return true;
    if (adjectives.includes(m) || afterAdjective(m)) return false;
    for (const dir of [-1, 1] as const) {
      const j = joined(nt.cps, dir < 0 ? m.start : m.end, dir);
      if (!j) continue;
      if (dir < 0 && PREFIXES.has(j.word.toLowerCase())) return false;
      if (isUpper(j.word[0]) && j.word.length >= 4 && !covered(j.start, j.end)) return false;
    }
    return true;
  });
}
