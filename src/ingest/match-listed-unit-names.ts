/**
 * A name listed after a plural or dual unit word goes on over the words that make it a known
 * first-level unit (issue 18, round 23): in «ولايتي جورجيا وكارولاينا الجنوبية» the list's second
 * name is «كارولاينا الجنوبية» (South Carolina), not an unknown unit «كارولاينا»; so «ولايات كيرالا
 * وتاميل نادو» (Tamil Nadu) or «مقاطعتي كيب الغربية وكيب الشرقية». The list reader proposes
 * an unknown unit of the first word (`plural-cue-list`); the world index has the unit, of one to
 * three words, but did not read it bare (its country is not named as such).
 *
 * Trigger: an unknown unit proposed by a list after a plural unit cue. The reading is the world
 * first-level unit whose Arabic name is the proposal's words and up to two words after them (the
 * longest that names one; only spaces between them), in a country another of the article's places
 * lies in. Guards: one such unit only; the words after must not be read already.
 */
import { type MatchIndex, type PlaceMatch } from './match-index.ts';
import { worldUnits } from './match-unit-named-country.ts';
import { norm, type Normalised } from './normalize.ts';

const MORE_WORDS = 2;

export function listedUnitNames(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const countries = new Set(
    out.flatMap((m) => {
      const e = m.placeId ? index.entries.get(m.placeId) : undefined;
      return e?.country ? [e.country] : [];
    }),
  );
  const taken = out.map((m) => [m.start, m.end] as const);
  const free = (s: number, e: number) => !taken.some(([a, b]) => a < e && s < b);
  return out.map((m) => {
    if (m.placeId !== null || !m.rule.startsWith('plural-cue-list') || m.kind !== 'governorate') return m;
    // The words after the name, each with its end offset, while only spaces come between.
    const ends: number[] = [m.end];
    let at = m.end;
    for (let k = 0; k < MORE_WORDS; k++) {
      const rest = nt.cps.slice(at, at + 40).join('');
      const w = /^ +([^\s،,.؛:!?؟()«»"]+)/u.exec(rest);
      if (!w) break;
      at += w[0].length;
      if (!free(ends[ends.length - 1]!, at)) break;
      ends.push(at);
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      const name = norm(nt.cps.slice(m.start, ends[k]).join(''));
      const units = worldUnits(index).filter(
        (u) => countries.has(u.country!) && u.names.ar.some((n) => norm(n) === name),
      );
      if (units.length > 1) return m;
      const u = units[0];
      if (!u) continue;
      return {
        start: m.start,
        end: ends[k]!,
        placeId: u.id,
        role: m.role,
        rule: `${m.rule} listed-unit-name`,
        candidates: [u.id],
        note: `listed after a plural unit word: the first-level unit ${u.names.en[0] ?? u.id}`,
      };
    }
    return m;
  });
}
