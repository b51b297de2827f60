/**
 * An unknown Arabic name after an island or mountain cue («جزيرة مينداناو», «جبال الأنديز») is the
 * Natural Earth island or range (`NE_PHYSICAL_TITLE`; the sources name these only in English) whose
 * English name has the same consonant key as heard (`latinKeysOf`; s and z one class, as Arabic
 * writes the s of "Andes" «ز»), when exactly one such lies near the article's places (round 30), as
 * `keyedFeatures` reads rivers and lakes. Its later bare mentions follow («مينداناو», «الأنديز»).
 */
import { NE_PHYSICAL_TITLE } from './gazetteer.ts';
import { anchorsOfMatches } from './match-anchors.ts';
import { readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { nearArticle } from './match-named-feature.ts';
import { norm } from './normalize.ts';
import { arabicKey, consonants, latinKeysOf } from './spelling-key.ts';

/** Island and mountain cue words, with a clitic or not. */
const CUE = /^[وبلف]?(?:جزيره|جزر|جبال|جبل|سلسله)$/u;
const fold = (key: string) => key.replace(/Z/gu, 'S');
const byKey = new WeakMap<MatchIndex, Map<string, string[]>>();

/** Natural Earth's physical regions by their English names' folded keys, built on first use. */
function keyed(index: MatchIndex): Map<string, string[]> {
  let map = byKey.get(index);
  if (map) return map;
  map = new Map();
  for (const e of index.entries.values()) {
    if (e.source.title !== NE_PHYSICAL_TITLE || e.kind !== 'region') continue;
    for (const k of latinKeysOf({ names: { en: e.names.en } }, true)) {
      const ids = map.get(fold(k)) ?? [];
      if (!ids.includes(e.id)) map.set(fold(k), [...ids, e.id]);
    }
  }
  byKey.set(index, map);
  return map;
}

export function keyedRegions(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const todo = (m: PlaceMatch) =>
    m.placeId === null &&
    m.rule.startsWith('cue-unknown-name') &&
    !!m.after &&
    CUE.test(norm(m.name?.split(/\s+/u)[0] ?? ''));
  if (!out.some(todo)) return [...out];
  const anchors = anchorsOfMatches(out, index);
  const read = new Map<string, PlaceMatch>();
  return out.map((m) => {
    const earlier = m.placeId === null && m.rule === 'same-name-later' && m.after && read.get(m.after);
    if (earlier) return readAs(m, earlier.placeId!, 'keyed-region', earlier.note ?? '');
    if (!todo(m)) return m;
    const key = fold(arabicKey(m.after!));
    if (consonants(key) < 3) return m;
    const near = (keyed(index).get(key) ?? [])
      .map((id) => index.entries.get(id)!)
      .filter((e) => nearArticle(e, anchors));
    if (near.length !== 1) return m;
    const e = near[0]!;
    const found = readAs(
      m,
      e.id,
      'keyed-region',
      `${e.names.en[0]}, which the sources name only in English: the article's spelling matches it; check it`,
    );
    read.set(m.after!, found);
    return found;
  });
}
