/**
 * A bare Arabic word read as a small foreign place far from everything the article names is a common
 * word (issue 18, round 20). GeoNames gives Arabic names to many small towns abroad, and a good share
 * of them are common words: «بيان» ("a statement") is Bayān in Kuwait, «أمن» ("security") Emmen in
 * Switzerland, «دخان» ("smoke") Dukhān in Qatar. Arabic has no capital letters to tell the name from
 * the word, but a report does not name a small town of another country bare and in passing: it says
 * where it is («بلدة X»، «في X بالكويت») or the town lies among the article's other places.
 *
 * Trigger: a one-word Arabic mention read by its name alone (rule `name`) as a world town, village or
 * neighbourhood (not a city: a capital, a first-level seat or a city of 100,000 is named in passing)
 * that lies more than `NEAR_KM` from every other place the article's proposals name and in a country
 * none of them lies in; or read only by the consonant key of its Latin name after a preposition
 * (`preposition-latin-spelling`: GeoNames gives it no Arabic name, so «من الهجرة», "of migration",
 * reads El Hadjira in Algeria) as such a place, far from them, even in a country the article
 * names. Guards: the article names at least two other places (fewer say nothing of where it is), and
 * the name is not written with a cue word anywhere in the article. Examples: «وقال الجيش في بيان
 * إن …» in a report from Mosul (Bayān, Kuwait, 1,000 km off) and «عناصر أمن» in a report from
 * Benghazi (Emmen, Switzerland); a town among the article's places, or abroad with its country named
 * («دخان في قطر»), stays.
 *
 * Round 22: the same holds for a shipped facility or neighbourhood named by one word, with a clitic or
 * without (`name`, `clitic:…`): al-Sina'a prison is «الصناعة» ("the industry") for short in the
 * article from al-Hasakah that names it, and «رابطة الصناعة» in a report from Dhaka is a trade body.
 * Shipped places carry no country, so distance alone decides.
 */
import { km } from './gazetteer.ts';
import { NEAR_KM, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

const SMALL = new Set(['town', 'village', 'neighbourhood']);
const BARE = /^(?:name|name same-name-later|preposition-latin-spelling(?: same-name-later)?)$/u;
/** Shipped places (reviewed articles' own) that a common word may name: a facility's or a quarter's short name. */
const SHIPPED_SMALL = new Set(['facility', 'neighbourhood']);
const SHIPPED_BARE = /^(?:name|clitic:\S+)(?: same-name-later)?$/u;

export function withoutStrayWords(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const entry = (m: PlaceMatch) => (m.placeId ? index.entries.get(m.placeId) : undefined);
  const cued = new Set(out.filter((m) => /\bcue-/u.test(m.rule)).map((m) => m.placeId));
  const stray = (m: PlaceMatch): boolean => {
    const e = entry(m);
    if (!e || cued.has(e.id)) return false;
    const bare = e.world
      ? SMALL.has(e.kind) && BARE.test(m.rule)
      : SHIPPED_SMALL.has(e.kind) && SHIPPED_BARE.test(m.rule);
    if (!bare) return false;
    if (/\s/u.test(nt.cps.slice(m.start, m.end).join('').trim())) return false;
    const others = out.filter((o) => o.placeId && o.placeId !== e.id);
    const places = others.map(entry).filter((o) => !!o && o.kind !== 'country' && o.kind !== 'region');
    if (places.length < 2) return false;
    const countries = new Set(others.map((o) => entry(o)?.country).filter((c) => !!c));
    if (!/latin-spelling/u.test(m.rule) && e.country && countries.has(e.country)) return false;
    return places.every((o) => km(o!.point, e.point) > NEAR_KM);
  };
  return out.filter((m) => !stray(m));
}
