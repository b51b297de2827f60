/**
 * A unit word before a country's name names a first-level unit called like the country (issue 18,
 * round 22): «ولاية النيجر» is Niger State in Nigeria, not the country; «ولاية المكسيك» the State of
 * Mexico. The matcher proposes a new unit named after the country (`cue-other-kind`); the world index
 * has the unit, written without the article («نيجر») or only in Latin letters.
 *
 * Trigger: an Arabic unit proposed after a unit cue word («ولاية», «محافظة», «إقليم», «مقاطعة»), or
 * first after a plural or dual one («ولايتي جورجيا وكارولاينا الجنوبية», round 23), and named after a
 * country. The unit is the world first-level unit, in a country another of the
 * article's places lies in, whose Arabic name is the name without its article or whose English name
 * (without "State", "State of") is one of the country's. Guard: one such unit only.
 */
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { AR_PLURAL_CUE } from './cues.ts';
import { norm, type Normalised } from './normalize.ts';
import { opensWithUnitWord } from './match-cue-unit-key.ts';
import type { GazetteerEntry } from './types.ts';

const latin = (n: string) =>
  n
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^state of\s+|\s+state$/u, '');

const cache = new WeakMap<MatchIndex, GazetteerEntry[]>();
/** The world index's first-level units with a country code (cached per index). */
export function worldUnits(index: MatchIndex): GazetteerEntry[] {
  let units = cache.get(index);
  if (!units) {
    units = [...index.entries.values()].filter((e) => e.world && e.kind === 'governorate' && !!e.country);
    cache.set(index, units);
  }
  return units;
}

/**
 * The word right before `at` is a plural or dual first-level unit word, its list's first name at `at`
 * («ولايتي جورجيا وكارولاينا الجنوبية», «محافظتا …»; round 23).
 */
function unitsWordBefore(nt: Normalised, at: number): boolean {
  const before = nt.cps.slice(Math.max(0, at - 16), at).join('');
  const m = /(\S+)\s+$/u.exec(before);
  const w = m ? norm(m[1]!) : '';
  return [w, w.replace(/^[وفب]/u, '')].some((x) => AR_PLURAL_CUE.get(x) === 'governorate');
}

export function unitsNamedLikeCountries(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const countries = new Set(
    out.flatMap((m) => {
      const e = m.placeId ? index.entries.get(m.placeId) : undefined;
      return e?.country && e.kind !== 'country' ? [e.country] : [];
    }),
  );
  for (const m of out) {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (e?.kind === 'country' && e.country) countries.add(e.country);
  }
  return out.map((m) => {
    if (m.placeId !== null || !m.rule.startsWith('cue-other-kind') || !m.namedAfter || !m.after) return m;
    const country = index.entries.get(m.namedAfter);
    if (country?.kind !== 'country' || !(opensWithUnitWord(m.name ?? '') || unitsWordBefore(nt, m.start)))
      return m;
    const ar = norm(m.after).replace(/^ال/u, '');
    const en = new Set(country.names.en.map(latin));
    const units = worldUnits(index).filter(
      (u) =>
        countries.has(u.country!) &&
        (u.names.ar.some((n) => norm(n) === ar) || u.names.en.some((n) => en.has(latin(n)))),
    );
    if (units.length !== 1) return m;
    const u = units[0]!;
    return readAs(
      m,
      u.id,
      'unit-named-like-country',
      `the first-level unit ${u.names.en[0] ?? u.id}, named like the country`,
    );
  });
}
