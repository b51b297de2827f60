/**
 * An unknown Arabic name after a lake or river cue («بحيرة عسل», «نهر تانا») is the world lake or
 * river whose English name has the same consonant key (`spelling-key.ts`: Lake Assal, the Tana
 * River), when exactly one such lies near the article's places (issue 18, round 13). Natural Earth
 * names lakes and rivers only in English, so an Arabic article's spelling is read through its
 * Latin one. The river is placed on its line where the article is (`riverPoint`).
 */
import { anchorsOfMatches } from './match-anchors.ts';
import { readAs, riverPoint, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { nearArticle } from './match-named-feature.ts';
import { norm } from './normalize.ts';
import { arabicKey, consonants, latinKey } from './spelling-key.ts';
import { worldWaters } from './world-waters.ts';

const LAKE = norm('بحيرة');
const byKey = new WeakMap<MatchIndex, Map<string, string[]>>();

/** World rivers by "river|<key>", lakes by "lake|<key>" of their bare English names, built on first use. */
function keyed(index: MatchIndex): Map<string, string[]> {
  let map = byKey.get(index);
  if (map) return map;
  map = new Map();
  for (const w of worldWaters(index)) {
    const k = `${w.kind}|${latinKey(w.bare)}`;
    const ids = map.get(k) ?? [];
    if (!ids.includes(w.id)) map.set(k, [...ids, w.id]);
  }
  byKey.set(index, map);
  return map;
}

export function keyedFeatures(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const todo = (m: PlaceMatch) =>
    m.placeId === null &&
    m.rule.startsWith('cue-unknown-name') &&
    !!m.after &&
    !!m.name &&
    (m.kind === 'river' || norm(m.name.split(/\s/u)[0] ?? '') === LAKE);
  if (!out.some(todo)) return [...out];
  const anchors = anchorsOfMatches(out, index);
  return out.map((m) => {
    if (!todo(m)) return m;
    const key = arabicKey(m.after!);
    if (consonants(key) < 2) return m;
    const kind = m.kind === 'river' ? 'river' : 'lake';
    const near = (keyed(index).get(`${kind}|${key}`) ?? [])
      .map((id) => index.entries.get(id)!)
      .filter((e) => nearArticle(e, anchors));
    const e = near.length === 1 ? near[0]! : undefined;
    if (!e) return m;
    const at = riverPoint(e, anchors);
    return readAs(
      m,
      e.id,
      'keyed-feature',
      `the ${kind} ${e.names.en[0]}, which the sources name only in English: check the spelling`,
      at,
    );
  });
}
