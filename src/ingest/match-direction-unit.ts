/**
 * A first-level unit named by its direction (issue 18, round 14): Natural Earth writes Bahrain's
 * Northern Governorate «شمالية» (an indefinite nisba), and news writes it with its cue word and the
 * article, «المحافظة الشمالية», «المنطقة الجنوبية», «الإقليم الشمالي». A definite unit cue word and a
 * definite direction nisba that no other name took are the world unit of a country the article names
 * (or holds a place of) whose Arabic name is that nisba, when exactly one has it. The unit keeps the
 * source's name; the text's form is only read.
 */
import { anchorsOfMatches } from './match-anchors.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';
import { worldUnitsBy } from './world-units.ts';

const UNIT_CUES = new Set(['المحافظة', 'المنطقة', 'الإقليم', 'الولاية', 'المقاطعة'].map(norm));
/** Direction stems (masculine, without the article): the feminine adds ة. */
const DIRECTIONS = new Set(['شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسطى', 'أوسط'].map(norm));

/**
 * English direction names of units (round 15: Natural Earth writes Cameroon's Centre «سنتر», Malawi's
 * Central Region «سنترال»), by the Arabic stem news writes for them.
 */
const EN_DIRECTIONS = new Map<string, string>(
  (
    [
      ['north', 'شمالي'],
      ['northern', 'شمالي'],
      ['south', 'جنوبي'],
      ['southern', 'جنوبي'],
      ['east', 'شرقي'],
      ['eastern', 'شرقي'],
      ['west', 'غربي'],
      ['western', 'غربي'],
      ['centre', 'وسطى'],
      ['center', 'وسطى'],
      ['central', 'وسطى'],
    ] as const
  ).map(([en, ar]) => [en, norm(ar)]),
);
/** A unit word after an English direction name ("Northern Region", "Central Province"). */
const UNIT_WORD = / (?:region|province|governorate|state|department)$/u;

/** A direction nisba's stem: without the article and the feminine ending («الشمالية» → «شمالي»). */
const stem = (w: string) => w.replace(/^ال/u, '').replace(/[هة]$/u, '');

/** A unit's direction stems, from its Arabic nisba or English direction name. */
const directionStems = (e: GazetteerEntry): string[] =>
  [...e.names.ar, ...e.names.en].flatMap((n) => {
    const s = EN_DIRECTIONS.get(n.toLowerCase().replace(UNIT_WORD, '')) ?? stem(norm(n));
    return DIRECTIONS.has(s) ? [s] : [];
  });

export function directionUnits14(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const taken = (t: Token) => out.some((m) => m.start < t.end && t.start < m.end);
  const pairs: [Token, Token][] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const [a, b] = [toks[i]!, toks[i + 1]!];
    if (!UNIT_CUES.has(a.n) || !b.n.startsWith('ال') || !DIRECTIONS.has(stem(b.n))) continue;
    if (!/^ +$/u.test(nt.cps.slice(a.end, b.start).join('')) || taken(a) || taken(b)) continue;
    pairs.push([a, b]);
  }
  if (!pairs.length) return [...out];
  const { countries } = anchorsOfMatches(out, index);
  const found = pairs.flatMap(([a, b]): PlaceMatch[] => {
    const units = [...countries].flatMap(
      (c) => worldUnitsBy(index, directionStems).get(`${c}|${stem(b.n)}`) ?? [],
    );
    if (units.length !== 1) return [];
    const u = units[0]!;
    return [
      {
        start: a.start,
        end: b.end,
        placeId: u.id,
        role: 'place',
        rule: 'direction-unit',
        candidates: [u.id],
        note: `the first-level unit ${u.names.en[0] ?? u.id}, which the source names «${u.names.ar[0]}»`,
      },
    ];
  });
  return [...out, ...found].sort((x, y) => x.start - y.start);
}
