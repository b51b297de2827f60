/**
 * A name read with a cue word names the same place where it stood bare earlier in the article
 * (issue 18, round 23): one name, one place. «أرسل خفر السواحل مروحيات من فلوريدا … ساحل ولاية
 * فلوريدا» is the state both times; so «من كيرالا … في ولاية كيرالا», «to Bavaria … the state of
 * Bavaria». The matcher reads a later bare mention by the earlier cued one (`same-name-later`,
 * `cueReadingLater`), but a bare mention before the cue is left unread when the place's country is
 * not named (a world unit needs its country, or a cue, to be read bare).
 *
 * Trigger: an Arabic mention «cue word + name» read as a world first-level unit of a country (not a
 * disputed area with no country code, as Natural Earth's «كشمير»), the name one
 * word of four letters or more. Each earlier word, not read, that is the name, with or without a
 * clitic («من فلوريدا», «وفلوريدا»), is read as that place. Guards: a word read as anything is
 * left; the name is no stop word, has no article («البحيرة»), and names no other place but
 * settlements outside the unit (`onlyFarNamesakes`).
 */
import { AR_STOP } from './stop-words.ts';
import { ARTICLE, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { inBox } from './gazetteer.ts';
import type { GazetteerEntry } from './types.ts';
import { norm, type Normalised, type Token } from './normalize.ts';

const KINDS = new Set(['governorate']);
const MIN_LETTERS = 4;

/**
 * Every other place of the name is a settlement outside the unit's box: the bare name of a unit
 * that holds its namesake seat («أسوان», «هرات») is the city, and a name shared with a region
 * («كشمير») is not the unit's alone.
 */
function onlyFarNamesakes(e: GazetteerEntry, name: string, index: MatchIndex): boolean {
  const b = e.bbox;
  if (!b) return false;
  const ids = (index.byFirst.get(name) ?? []).filter((p) => p.toks.length === 1).flatMap((p) => p.entryIds);
  return ids.every((id) => {
    if (id === e.id) return true;
    const o = index.entries.get(id);
    if (!o || !['city', 'town', 'village'].includes(o.kind)) return false;
    return !inBox(o.point, b);
  });
}

export function cuedNamesEarlier(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const added: PlaceMatch[] = [];
  const covered = (t: Token) => [...out, ...added].some((m) => m.start < t.end && t.start < m.end);
  for (const m of out) {
    if (!m.placeId || !/\bcue-before\b/u.test(m.rule)) continue;
    const e = index.entries.get(m.placeId);
    if (!e?.world || !KINDS.has(e.kind) || !e.country) continue;
    const words = toks.filter((t) => t.start >= m.start && t.end <= m.end);
    if (words.length !== 2) continue;
    const name = words[1]!.n;
    if (Array.from(name).length < MIN_LETTERS || AR_STOP.has(name)) continue;
    if (name.startsWith(ARTICLE) || !e.names.ar.some((n) => norm(n) === name)) continue;
    if (!onlyFarNamesakes(e, name, index)) continue;
    for (const t of toks) {
      if (t.end > m.start) break;
      if (covered(t)) continue;
      const sp = splits(t.n).find((x) => !x.article && x.rest === name);
      if (!sp) continue;
      added.push({
        start: t.start + sp.skip,
        end: t.end,
        placeId: e.id,
        role: 'place',
        rule: `${sp.clitic ? `clitic:${sp.clitic}` : 'name'} cued-name-earlier`,
        candidates: [e.id],
        note: `the place read later with its cue word (${nt.cps.slice(m.start, m.end).join('')})`,
      });
    }
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : [...out];
}
