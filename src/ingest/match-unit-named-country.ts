/**
 * A unit word before a country's name names a first-level unit called like the country (issue 18,
 * round 22): «ولاية النيجر» is Niger State in Nigeria, not the country; «ولاية المكسيك» the State of
 * Mexico. The matcher proposes a new unit named after the country (`cue-other-kind`); the world index
 * has the unit, written without the article («نيجر») or only in Latin letters.
 *
 * Trigger: an Arabic unit proposed after a unit cue word («ولاية», «محافظة», «إقليم», «مقاطعة») and
 * named after a country. The unit is the world first-level unit, in a country another of the
 * article's places lies in, whose Arabic name is the name without its article or whose English name
 * (without "State", "State of") is one of the country's. Guard: one such unit only.
 */
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm } from './normalize.ts';
import { opensWithUnitWord } from './match-cue-unit-key.ts';
import type { GazetteerEntry } from './types.ts';

const latin = (n: string) =>
  n
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^state of\s+|\s+state$/u, '');

const cache = new WeakMap<MatchIndex, GazetteerEntry[]>();
function worldUnits(index: MatchIndex): GazetteerEntry[] {
  let units = cache.get(index);
  if (!units) {
    units = [...index.entries.values()].filter((e) => e.world && e.kind === 'governorate' && !!e.country);
    cache.set(index, units);
  }
  return units;
}

export function unitsNamedLikeCountries(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
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
    if (country?.kind !== 'country' || !opensWithUnitWord(m.name ?? '')) return m;
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
