/**
 * Two small foreign towns named side by side are a person's names (issue 18, round 29): a first name
 * and a surname are often GeoNames towns of their own («خلفاً لكلود جوزيف»: Claude, Texas, and Joseph,
 * Oregon), and Arabic writes them without capitals. Places are listed with «و» or a comma, never
 * juxtaposed.
 *
 * Trigger: two one-word readings in a row without a cue word, each a world town or village (no city,
 * no unit, no country) of fewer than `SMALL_TOWN` people, with nothing but a space between them.
 * Guard: neither is read elsewhere in the article with a cue word. Examples: «خلفاً لكلود جوزيف»
 * (Haiti), «وقال المتحدث ماريو سيلفا» (a made-up pair in Chile, in the tests).
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

/** A town this large is named for itself, not as a person's name. */
const SMALL_TOWN = 50_000;

const SMALL = new Set(['town', 'village']);

export function withoutPersonPairs(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const cued = new Set(out.filter((m) => /\bcue/u.test(m.rule)).map((m) => m.placeId));
  const small = (m: PlaceMatch | undefined): boolean => {
    const e = m?.placeId ? index.entries.get(m.placeId) : undefined;
    return (
      !!m &&
      !!e?.world &&
      SMALL.has(e.kind) &&
      (e.population ?? 0) < SMALL_TOWN &&
      !/\bcue/u.test(m.rule) &&
      !cued.has(e.id) &&
      !/\s/u.test(nt.cps.slice(m.start, m.end).join('').trim())
    );
  };
  const drop = new Set<PlaceMatch>();
  for (let k = 0; k + 1 < out.length; k++) {
    const [a, b] = [out[k], out[k + 1]];
    if (!small(a) || !small(b)) continue;
    if (!/^ +$/u.test(nt.cps.slice(a!.end, b!.start).join(''))) continue;
    drop.add(a!).add(b!);
  }
  return out.filter((m) => !drop.has(m));
}
