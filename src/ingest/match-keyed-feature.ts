/**
 * An unknown Arabic name after a lake or river cue («بحيرة عسل», «نهر تانا») is the world lake or
 * river whose English name has the same consonant key (`spelling-key.ts`: Lake Assal, the Tana
 * River), when exactly one such lies near the article's places (issue 18, round 13). Natural Earth
 * names lakes and rivers only in English, so an Arabic article's spelling is read through its
 * Latin one, as heard (round 29: a final e is silent, Danube «الدانوب», Seine «السين»; `latinKeysOf`).
 * The river is placed on its line where the article is (`riverPoint`).
 */
import { km } from './gazetteer.ts';
import { anchorsOfMatches } from './match-anchors.ts';
import { readAs, riverPoint, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { nearArticle } from './match-named-feature.ts';
import { norm } from './normalize.ts';
import { arabicKey, consonants, latinKeysOf } from './spelling-key.ts';
import { worldWaters } from './world-waters.ts';
import type { GazetteerEntry } from './types.ts';

const LAKE = norm('بحيرة');
/** A river this near (km) a place the article names runs through it. */
const THROUGH_KM = 15;
const byKey = new WeakMap<MatchIndex, Map<string, string[]>>();

/** World rivers by "river|<key>", lakes by "lake|<key>" of their bare English names, built on first use. */
function keyed(index: MatchIndex): Map<string, string[]> {
  let map = byKey.get(index);
  if (map) return map;
  map = new Map();
  for (const w of worldWaters(index))
    for (const key of latinKeysOf({ names: { en: [w.bare] } }, true)) {
      const k = `${w.kind}|${key}`;
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
  /**
   * The water read for each cue's name: its later bare mentions follow when the name has the article
   * («الدانوب» after «نهر الدانوب», round 29); one without it may be the unit named after the river
   * («إيفروس», Evros, after «نهر إيفروس»).
   */
  const read = new Map<string, PlaceMatch>();
  return out.map((m) => {
    const earlier =
      m.placeId === null && m.rule === 'same-name-later' && m.after?.startsWith('ال') && read.get(m.after);
    if (earlier) return readAs(m, earlier.placeId!, 'keyed-feature', earlier.note ?? '', earlier.at);
    if (!todo(m)) return m;
    const key = arabicKey(m.after!);
    if (consonants(key) < 2) return m;
    const kind = m.kind === 'river' ? 'river' : 'lake';
    const near = (keyed(index).get(`${kind}|${key}`) ?? [])
      .map((id) => index.entries.get(id)!)
      .filter((e) => nearArticle(e, anchors));
    // Round 29: of several (the Seine and the Saône both key «السين» as heard), the one through the
    // place the article names first (Paris before Lyon): its focus.
    const through = (r: GazetteerEntry) =>
      anchors.points.findIndex((q) => (r.vertices ?? [r.point]).some((p) => km(p, q) < THROUGH_KM));
    const ranked = near.filter((r) => through(r) >= 0).sort((a, b) => through(a) - through(b));
    const [r0, r1] = ranked;
    const e = near.length === 1 ? near[0]! : r0 && (!r1 || through(r1) > through(r0)) ? r0 : undefined;
    if (!e) return m;
    const at = riverPoint(e, anchors);
    const found = readAs(
      m,
      e.id,
      'keyed-feature',
      e.names.ar.length
        ? `the ${kind} ${e.names.en[0]}, «${e.names.ar[0]}» in the sources; the article's spelling matches its English name: check it`
        : `the ${kind} ${e.names.en[0]}, which the sources name only in English: check the spelling`,
      at,
    );
    read.set(m.after!, found);
    return found;
  });
}
