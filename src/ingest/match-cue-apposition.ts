/**
 * A foreign town named bare and then described by a cue word after a comma (issue 18, round 22):
 * «أما نورتشا، البلدة التاريخية في أومبريا» (Norcia, "the historic town in Umbria"), «وصلنا إلى
 * كيبيهو، القرية الواقعة جنوب البلاد». The apposition says what the word is, as a cue word before it
 * would (`keyedVillages`, `cueNamedPlaces`); the town is the GeoNames place of its consonant key
 * (`spelling-key.ts`) near the article's places.
 *
 * Trigger: a free Arabic word, then «، » and a settlement cue word with the article («البلدة»،
 * «المدينة»، «القرية»).
 * Guards: a key of three consonants or more; a GeoNames settlement with no Arabic name in a country
 * the article names, within `TOWN_KM` of one of its places (a left-out village within `VILLAGE_KM`);
 * the word is no stop word or common noun and has no article; the nearest wins; later bare
 * occurrences follow.
 * Examples: «أما نورتشا، البلدة التاريخية» (Italy), «وفي كيبيهو، القرية الواقعة في جنوب رواندا»
 * (Rwanda).
 */
import { km } from './gazetteer.ts';
import { ARABIC, ARTICLE, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { arabicCommonNoun, definiteWords } from './match-common-noun.ts';
import { villagesKeyed } from './match-village-keys.ts';
import { AR_CUE, AR_STOP } from './cues.ts';
import { written, type Normalised, type Token } from './normalize.ts';
import { arabicKey, consonants } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';
import { keyedMatch, latinKeyNote } from './keyed-match.ts';

/** A town of the world index is read this near (km) one of the article's places, a left-out village nearer. */
const TOWN_KM = 150;
const VILLAGE_KM = 60;

const SETTLEMENTS = new Set(['city', 'town', 'village']);

export function cueAppositions(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const known = out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)] : [])).filter((e) => !!e);
  const named = new Set(known.flatMap((e) => (e.kind === 'country' && e.country ? [e.country] : [])));
  const points = known.filter((e) => e.kind !== 'country' && e.kind !== 'region').map((e) => e.point);
  if (!named.size || !points.length) return [...out];
  const near = (e: GazetteerEntry) => Math.min(...points.map((p) => km(p, e.point)));
  const covering = toks.map((t) => out.some((m) => m.start < t.end && t.start < m.end));
  const definite = definiteWords(toks);
  const gap = (k: number) => nt.cps.slice(toks[k]!.end, toks[k + 1]!.start).join('');
  const described = (k: number) =>
    !!toks[k + 1] &&
    /^[،,] $/u.test(gap(k)) &&
    splits(toks[k + 1]!.n).some(
      (x) => x.article && x.skip === 0 && SETTLEMENTS.has(AR_CUE.get(x.rest)?.kind ?? ''),
    );

  const added: PlaceMatch[] = [];
  const found = new Map<string, GazetteerEntry>();
  const push = (t: number, skip: number, e: GazetteerEntry, rule: string) => {
    covering[t] = true;
    index.entries.set(e.id, e);
    added.push(keyedMatch(nt, toks, { t, skip }, e, rule, latinKeyNote(e)));
  };
  for (let t = 0; t < toks.length - 1; t++) {
    const w = toks[t]!.n;
    if (covering[t] || !described(t) || !ARABIC.test(w) || w.startsWith(ARTICLE)) continue;
    if (AR_STOP.has(w) || arabicCommonNoun(w, definite)) continue;
    const key = arabicKey(written(nt, toks[t]!));
    if (consonants(key) < 3) continue;
    const towns = (index.byLatinKey.get(key) ?? []).map((id) => index.entries.get(id)!);
    const e = [
      ...towns.filter((x) => near(x) <= TOWN_KM),
      ...villagesKeyed(index, key).filter((x) => near(x) <= VILLAGE_KM),
    ]
      .filter((x) => SETTLEMENTS.has(x.kind) && !x.names.ar.length && !!x.country && named.has(x.country))
      .sort((a, b) => near(a) - near(b))[0];
    if (!e) continue;
    found.set(w, e);
    push(t, 0, e, 'apposition-latin-spelling');
  }
  for (let t = 0; t < toks.length; t++) {
    if (covering[t]) continue;
    const sp = splits(toks[t]!.n).find((x) => !x.article && found.has(x.rest));
    if (sp) push(t, sp.skip, found.get(sp.rest)!, 'apposition-latin-spelling same-name-later');
  }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}
