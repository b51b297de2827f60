/**
 * Readings round 14 (issue 18) settles in Arabic once every name has one, each a general cause of
 * held-out-13's misses and wrong readings:
 *
 * - a facility named after a titled person keeps the person's name (`titledNames`): «جسر الملك فهد»,
 *   «ميناء الشيخ خليفة», not «جسر الملك»;
 * - a country whose Arabic name is also its nisba adjective, after a definite noun, is that adjective
 *   (`nisbaAdjectives`): «القوات السعودية» (Saudi forces), «الحدود السعودية»; the labels do not count
 *   demonyms and adjectives as mentions;
 * - a definite common noun of physical geography («الجزيرة», the island or the peninsula) is no world
 *   place on its own unless that place lies near the article's other places (`commonNounPlaces`):
 *   GeoNames lists «الجزيرة» among the names of Algiers, a capital known without context;
 * - a unit named by its direction, «المحافظة الشمالية», is the world unit the source writes «شمالية»
 *   (`match-direction-unit.ts`).
 */
import { anchorsOfMatches } from './match-anchors.ts';
import { directionUnits14 } from './match-direction-unit.ts';
import { ARTICLE, isNear, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { AR_STOP } from './stop-words.ts';

/** Titles before a person's name in the names of bridges, ports, airports and hospitals. */
const TITLES = new Set(['الملك', 'الأمير', 'الشيخ', 'السلطان', 'الإمام', 'الشهيد', 'الرئيس'].map(norm));

/** Definite physical-geography nouns: "the island", "the peninsula", "the mountain", "the valley"… */
const PHYSICAL_NOUNS = new Set(
  ['الجزيرة', 'الجبل', 'الوادي', 'البحيرة', 'الغابة', 'الصحراء', 'الساحل'].map(norm),
);

/** The token whose span holds code point `at`. */
const tokenAt = (toks: readonly Token[], at: number) => toks.findIndex((t) => t.start <= at && at < t.end);

export function round14Readings(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const read = commonNounPlaces(nt, nisbaAdjectives(nt, toks, titledNames(nt, toks, out), index), index);
  return directionUnits14(nt, toks, read, index);
}

/** «جسر الملك فهد»: an unknown name after a cue that is a title alone takes the name after it. */
function titledNames(nt: Normalised, toks: readonly Token[], out: readonly PlaceMatch[]): PlaceMatch[] {
  const starts = new Set(out.map((m) => m.start));
  return out.map((m) => {
    if (m.placeId !== null || !m.rule.startsWith('cue-unknown-name') || !m.after || !m.name) return m;
    if (!TITLES.has(norm(m.after))) return m;
    const i = tokenAt(toks, m.end - 1);
    const next = toks[i + 1];
    const gap = next ? nt.cps.slice(toks[i]!.end, next.start).join('') : '';
    if (!next || !/^ +$/u.test(gap) || starts.has(next.start) || next.n.startsWith(ARTICLE)) return m;
    if (AR_STOP.has(next.n) || !/^[\u0621-\u064a]{2,}$/u.test(next.n)) return m;
    const end = next.end;
    return {
      ...m,
      end,
      name: nt.cps.slice(m.start, end).join(''),
      after: nt.cps.slice(m.end - m.after.length, end).join(''),
    };
  });
}

/** «القوات السعودية»: a one-word country name that is its nisba (…ية), right after a definite noun. */
function nisbaAdjectives(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const taken = new Set(out.flatMap((m) => [m.start, m.end]));
  return out.filter((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (e?.kind !== 'country') return true;
    const i = tokenAt(toks, m.start);
    const tok = toks[i];
    const prev = toks[i - 1];
    if (!tok || !prev || tok.start !== m.start || tok.end !== m.end) return true;
    if (!/^ال.+يه$/u.test(tok.n) || !/^ +$/u.test(nt.cps.slice(prev.end, tok.start).join(''))) return true;
    // The noun before is definite and no place of its own.
    const definite = splits(prev.n).some((s) => s.article);
    return !definite || taken.has(prev.end);
  });
}

/** «قبالة الجزيرة»: a physical common noun read as a world place far from the article's places. */
function commonNounPlaces(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.filter((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e?.world || e.kind === 'governorate') return true;
    const word = norm(nt.cps.slice(m.start, m.end).join(''));
    if (!physicalNoun(word)) return true;
    return isNear(
      e,
      anchorsOfMatches(
        out.filter((x) => x !== m),
        index,
      ),
    );
  });
}

/**
 * Whether `word` is a definite physical noun, also with a clitic (round 15): «بالجزيرة», «والجزيرة»,
 * and «لجزيرة», the span of «للجزيرة» after its «ل» (the article's alef is not written).
 */
function physicalNoun(word: string): boolean {
  if (PHYSICAL_NOUNS.has(word) || (word.startsWith('ل') && PHYSICAL_NOUNS.has(ARTICLE + word.slice(1))))
    return true;
  return splits(word).some((sp) => sp.article && PHYSICAL_NOUNS.has(ARTICLE + sp.rest));
}
