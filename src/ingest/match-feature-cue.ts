/**
 * A lake, desert, range or plateau named with its feature word on the side the source does not write
 * it is the world one (issue 18, round 23): "Kivu Lake" (Congo) is Natural Earth's Lake Kivu, "Taal
 * Lake" Lake Taal, "Chile's Atacama desert" the Desierto de Atacama, "the Sechura desert" (Peru) the
 * Desierto de Sechura where the source has it. The matcher proposed these as unknown regions with
 * their cue word (or as a region named after a unit of that name).
 *
 * Trigger (English): an unknown name proposed with a cue word (`m.name` is `m.after` and one word
 * before or after it). A lake word: the world lake whose bare name is the name (`worldWaters`). A
 * desert, range, plateau, peninsula, plain, basin or valley word: the one Natural Earth physical area
 * of that class whose English name holds the name as whole words. Guards: one such feature only, and
 * it lies within reach of the article's places or inside a country it names (`nearArticle`).
 */
import { anchorsOfMatches } from './match-anchors.ts';
import { readAs, riverPoint, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { nearArticle } from './match-named-feature.ts';
import type { GazetteerEntry } from './types.ts';
import { worldWaters } from './world-waters.ts';

/** A feature word and the class Natural Earth's physical areas write in their note. */
const CLASSES = new Map<string, string>([
  ['desert', 'desert'],
  ['mountains', 'range/mtn'],
  ['range', 'range/mtn'],
  ['plateau', 'plateau'],
  ['peninsula', 'peninsula'],
  ['plain', 'plain'],
  ['plains', 'plain'],
  ['basin', 'basin'],
  ['valley', 'valley'],
]);

/** A name's lookup form: lower case, without accents. */
const plain = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const areas = new WeakMap<MatchIndex, readonly { cls: string; names: string[]; e: GazetteerEntry }[]>();

/** Natural Earth's physical areas with their class, read once per index. */
function physical(index: MatchIndex) {
  let list = areas.get(index);
  if (list) return list;
  list = [...index.entries.values()].flatMap((e) => {
    const cls = e.kind === 'region' ? /^([a-z/ ]+) \(Natural Earth/u.exec(e.note ?? '')?.[1] : undefined;
    return cls ? [{ cls, names: e.names.en.map((n) => ` ${plain(n)} `), e }] : [];
  });
  areas.set(index, list);
  return list;
}

export function featureCues(out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const cued = (m: PlaceMatch) => {
    if (m.placeId !== null || !m.name || !m.after || m.name === m.after) return null;
    const word = plain(m.name).replace(plain(m.after), '').trim();
    return /^\p{L}+$/u.test(word) ? word : null;
  };
  if (!out.some(cued)) return [...out];
  const anchors = anchorsOfMatches(out, index);
  return out.map((m) => {
    const word = cued(m);
    if (!word) return m;
    const bare = plain(m.after!);
    const found =
      word === 'lake'
        ? worldWaters(index)
            .filter((w) => w.kind === 'lake' && plain(w.bare) === bare)
            .map((w) => index.entries.get(w.id)!)
        : physical(index)
            .filter((a) => a.cls === CLASSES.get(word) && a.names.some((n) => n.includes(` ${bare} `)))
            .map((a) => a.e);
    const ids = new Set(found.map((e) => e.id));
    const e = found[0];
    if (ids.size !== 1 || !e || !nearArticle(e, anchors)) return m;
    return readAs(
      m,
      e.id,
      'feature-cue',
      `the ${word} named ${m.after}: ${e.names.en[0]}`,
      riverPoint(e, anchors),
    );
  });
}
