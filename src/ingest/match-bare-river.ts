/**
 * A river named bare after "the" (issue 18, round 27): English writes a river with the article and
 * without its river word ("high water on the Sava and the Drava", "the Vistula burst its banks"), a
 * town or a unit never so. The index reads a world river's bare name after "the" only when no other
 * entry has it (`bareRiver`) and only by its first name; "Sava" is also a town in Italy and in Iran,
 * "Drava" the Drau's other name.
 *
 * Trigger (English), "the" in lower case, then one or two capitalised words no other reading covers:
 * - a world river of that bare name, any of its names, whose line passes near the article's places
 *   (`nearArticle`), after a preposition that puts it on water ("on", "along", "into"…) or after
 *   "and" that joins it to a river read just before: that river, placed on its line where the article
 *   is ("fires spread towards the Amazon" names the forest);
 * - a great world river (`GREAT_RIVER_M`) near the article after "the" alone, a clause's end or a small
 *   word after it, no preposition of place or motion before "the" ("the Alaknanda swelled the
 *   Ganges," in India; "rain swelled the Mekong and" in Laos; round 28);
 * - any name, when a flood verb follows ("burst its banks", "overflowed", "flooded", "swelled"): a
 *   river no source has, proposed; a GeoNames town or an unknown name read on those words (the
 *   "Bistrica" of "the Kamniška Bistrica burst its banks") gives way to it.
 * Guards: no capitalised word right after (a name goes on: "the Sava Centre"), no stop word or common
 * word alone, and for a name no source has no word of a body ("the Government flooded the market",
 * `closesOrganisationEn`, `EN_ACTOR_BEFORE`); a capital, a city of five million or a place read with a
 * cue word keeps its reading.
 * Examples: "barges waited on the Oder and the Neisse" (Poland, Germany); "the Tisza overflowed near
 * Szeged" (Hungary); "the Tarnava Mare burst its banks" (Romania).
 */
import { COMMON_WORDS, EN_STOP } from './cues.ts';
import { EN_ACTOR_BEFORE } from './actor-words.ts';
import { anchorsOfMatches } from './match-anchors.ts';
import { closesOrganisationEn } from './match-guards.ts';
import { familyOf, isUpper, riverPoint, wellKnown, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { nearArticle, riverNamed } from './match-named-feature.ts';
import { EN_PLACE_PREPOSITIONS } from './match-spelling.ts';
import { spaced, type Normalised, type Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

/** Prepositions that put a bare name on water ("on the Sava", "along the Oder"), not in a region. */
const ON_WATER = new Set(['on', 'along', 'into', 'across', 'up', 'down', 'beside', 'upstream', 'downstream']);

/** What a river does in a flood, right after its name. */
const FLOODS =
  /^\s+(?:(?:burst|broke|overtopped)\s+(?:its|their)\s+banks|overflowed|overtopped|flooded|swelled|crested|spilled\s+over)\b/u;

export function riversNamedBare(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const text = (a: number, b: number) => nt.cps.slice(a, b).join('');
  const anchors = anchorsOfMatches(out, index);
  let read = [...out];
  /** The word before "the" (token `t`) puts it on water, or joins it to a river read just before. */
  const onWater = (t: number) => {
    const w = toks[t - 1];
    if (!w) return false;
    if (ON_WATER.has(w.n)) return true;
    const prev =
      (w.n === 'and' || w.n === 'or') && read.find((m) => m.end <= w.start && m.end >= w.start - 2);
    return !!prev && !!prev.placeId && index.entries.get(prev.placeId)?.kind === 'river';
  };
  for (let t = 1; t < toks.length; t++) {
    const the = toks[t - 1]!;
    if (the.n !== 'the' || nt.cps[the.start] !== 't' || !spaced(nt, the, toks[t]!)) continue;
    for (const size of [2, 1]) {
      const words = toks.slice(t, t + size);
      if (words.length < size || words.some((w) => !isUpper(nt.cps[w.start]) || EN_STOP.has(w.n))) continue;
      if (words.some((w, i) => i > 0 && !spaced(nt, words[i - 1]!, w))) continue;
      if (words.every((w) => COMMON_WORDS.has(w.n))) continue;
      const [start, end] = [words[0]!.start, words.at(-1)!.end];
      const next = toks[t + size];
      if (next && spaced(nt, words.at(-1)!, next) && isUpper(nt.cps[next.start])) continue;
      const over = read.filter((m) => m.start < end && start < m.end);
      const floods = FLOODS.test(text(end, Math.min(nt.cps.length, end + 40)));
      const river = riverNamed(index, text(start, end));
      const alone = !next || /[,.;:!?)]/u.test(text(end, next.start)) || EN_STOP.has(next.n);
      const before = toks[t - 2]?.n ?? '';
      const area = EN_PLACE_PREPOSITIONS.has(before) || TOWARDS.has(before);
      const onIt = onWater(t - 1) || (!!river && great(river) && alone && !area);
      const known = river && nearArticle(river, anchors) && onIt ? river : undefined;
      if (!known && (!floods || words.some((w) => closesOrganisationEn(w.n) || EN_ACTOR_BEFORE.has(w.n))))
        continue;
      if (over.length && (!floods || !over.every((m) => giveWay(m, index, start, end)))) continue;
      read = read.filter((m) => !over.includes(m));
      read.push(
        known ? riverMatch(start, end, known.id, anchors, index) : proposal(text(start, end), start, end),
      );
      break;
    }
  }
  return read.sort((a, b) => a.start - b.start);
}

/**
 * A great river (round 28): half its extent this long (m) or more, as the Ganges, the Nile or the
 * Mekong: named bare after "the" alone ("the Alaknanda swelled the Ganges,") when a clause's end or
 * a small word follows.
 */
const GREAT_RIVER_M = 500_000;
/**
 * Words of motion to an area: after them, as after a preposition of place, the bare name may be the
 * region the river names ("spread towards the Amazon", "in the Congo").
 */
const TOWARDS = new Set(['towards', 'toward', 'through', 'throughout', 'beyond', 'over']);
const great = (e: { precision_m: number }) => e.precision_m >= GREAT_RIVER_M;

/** A reading inside the name that gives way to a river: a GeoNames town or an unknown name, no cue. */
function giveWay(m: PlaceMatch, index: MatchIndex, start: number, end: number): boolean {
  if (m.start < start || m.end > end || /cue/u.test(m.rule)) return false;
  if (m.placeId === null) return m.kind !== 'river';
  const e = index.entries.get(m.placeId);
  return !!e?.world && familyOf(e.kind) === 'settlement' && !wellKnown(e);
}

function riverMatch(
  start: number,
  end: number,
  id: string,
  anchors: ReturnType<typeof anchorsOfMatches>,
  index: MatchIndex,
): PlaceMatch {
  const at = riverPoint(index.entries.get(id)!, anchors);
  return {
    start,
    end,
    placeId: id,
    role: 'place',
    rule: 'the-bare-river',
    candidates: [id],
    note: 'a river named bare after "the", its line near the article’s places',
    ...(at ? { at } : {}),
  };
}

function proposal(name: string, start: number, end: number): PlaceMatch {
  return unknownPlace({
    start,
    end,
    rule: 'the-river-floods',
    kind: 'river',
    name,
    after: name,
    note: 'a name after "the" that bursts its banks or floods is a river: place it on the map',
  });
}
