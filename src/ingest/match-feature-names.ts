/**
 * A natural feature a source names only in English, written in Arabic as its cue word and its name
 * (issue 18, round 24): Natural Earth labels a plateau, a lake or a gulf in English, so «هضبة
 * التبت» (the Plateau of Tibet) or «بحيرة ناصر» (Lake Nasser) match nothing as written. The cue word
 * gives the English feature word (`AR_FEATURE_EN`), and the key of the name after it meets the key
 * of the rest of the feature's English name.
 *
 * Trigger: an unknown name after a physical cue word (`cue-unknown-name`, or `cue-other-kind` where
 * the name is another place's: «بحيرة ناصر»).
 * Guards: a feature entry (`region`, `river`) with no Arabic name whose English name holds the cue's
 * feature word; the keys agree and keep three consonants or more (`spelling-key.ts`); it lies near
 * the article's places or in a country it names (or the article has none); the one such entry.
 * Examples: «تقع هضبة الدكن وسط الهند» (India, the Deccan Plateau), «تسرب النفط إلى بحيرة ماراكايبو غرب
 * فنزويلا» (Venezuela, Lake Maracaibo), «ضرب الإعصار سواحل فيتنام على خليج تونكين» (Vietnam).
 */
import { anchorsOfMatches } from './match-anchors.ts';
import { AR_FEATURE_EN } from './cues.ts';
import { isNear, readAs, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm } from './normalize.ts';
import { arabicKey, consonants, latinKey } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';
import { inBox } from './gazetteer.ts';

const FEATURE_KINDS = new Set(['region', 'river']);
const FILLER = new Set(['of', 'the', 'de', 'la', 'del', 'du']);

/** The features with no Arabic name, by `feature word|key of the rest`; built once per index. */
const tables = new WeakMap<MatchIndex, Map<string, GazetteerEntry[]>>();

function features(index: MatchIndex): Map<string, GazetteerEntry[]> {
  let table = tables.get(index);
  if (table) return table;
  table = new Map();
  const words = new Set([...AR_FEATURE_EN.values()].flat());
  for (const e of index.entries.values()) {
    if (e.names.ar.length || !FEATURE_KINDS.has(e.kind)) continue;
    for (const name of e.names.en.slice(0, 2)) {
      const toks = name.toLowerCase().split(/[\s-]+/u);
      for (const w of toks.filter((x) => words.has(x))) {
        const rest = toks.filter((x) => x !== w && !FILLER.has(x)).join(' ');
        if (!rest) continue;
        const k = `${w}|${latinKey(rest)}`;
        const list = table.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        table.set(k, list);
      }
    }
  }
  tables.set(index, table);
  return table;
}

export function featureNames(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const unknown = (m: PlaceMatch) =>
    m.placeId === null && !!m.name && !!m.after && /^cue-(?:unknown-name|other-kind)/u.test(m.rule);
  if (!out.some(unknown)) return [...out];
  const anchors = anchorsOfMatches(out, index);
  const none = anchors.points.length === 0 && anchors.countries.size === 0;
  return out.map((m) => {
    if (!unknown(m)) return m;
    const en = AR_FEATURE_EN.get(norm(m.name!.split(/\s+/u)[0] ?? ''));
    const key = arabicKey(norm(m.after!));
    if (!en || consonants(key) < 3) return m;
    const all = en
      .flatMap((w) => features(index).get(`${w}|${key}`) ?? [])
      .filter(
        (e) => none || isNear(e, anchors) || (!!e.bbox && anchors.points.some((p) => inBox(p, e.bbox!))),
      );
    if (new Set(all).size !== 1) return m;
    const e = all[0]!;
    return readAs(m, e.id, 'feature-name', `the source names ${e.names.en[0]} in English only: check it`);
  });
}
