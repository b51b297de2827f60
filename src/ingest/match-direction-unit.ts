/**
 * A first-level unit named by its direction (issue 18, round 14): Natural Earth writes Bahrain's
 * Northern Governorate «شمالية» (an indefinite nisba), and news writes it with its cue word and the
 * article, «المحافظة الشمالية», «المنطقة الجنوبية», «الإقليم الشمالي». A definite unit cue word and a
 * definite direction nisba that no other name took are the world unit of a country the article names
 * (or holds a place of) whose Arabic name is that nisba, when exactly one has it. The unit keeps the
 * source's name; the text's form is only read.
 */
import { AR_UNIT_WORDS } from './cues.ts';
import { anchorsOfMatches } from './match-anchors.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';
import { worldUnitsBy } from './world-units.ts';

/** A unit's word with the article («المحافظة»). */
const UNIT_CUES = new Set([...AR_UNIT_WORDS].map((w) => `ال${w}`));
/** Direction stems (masculine, without the article): the feminine adds ة. */
const DIRECTIONS = new Set(['شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسطى', 'أوسط'].map(norm));

/**
 * English direction names of units (round 15: Natural Earth writes Cameroon's Centre «سنتر», Malawi's
 * Central Region «سنترال»), by the Arabic stem news writes for them.
 */
export const EN_DIRECTIONS = new Map<string, string>(
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

/** A direction nisba's stem: without the article and the feminine ending («الشمالية» → «شمالي»). */
export const stem = (w: string) => w.replace(/^ال/u, '').replace(/[هة]$/u, '');

/**
 * Round 16: French direction names (Natural Earth writes Rwanda's provinces «Province de l'Ouest»,
 * «Province du Nord»), and the words around them that are no part of the direction.
 */
const FR_DIRECTIONS = new Map<string, string>(
  (
    [
      ['nord', 'شمالي'],
      ['sud', 'جنوبي'],
      ['est', 'شرقي'],
      ['ouest', 'غربي'],
    ] as const
  ).map(([fr, ar]) => [fr, norm(ar)]),
);
const UNIT_WORDS = new Set([
  'province',
  'region',
  'région',
  'de',
  'du',
  'l',
  'la',
  'le',
  'state',
  'department',
]);

/** The one direction of a Latin unit name of unit words and one direction word ("Province du Nord"). */
function latinDirection(n: string): string | undefined {
  const words = n
    .toLowerCase()
    .split(/[\s'’-]+/u)
    .filter(Boolean);
  const dirs = words.flatMap((w) => {
    const d = EN_DIRECTIONS.get(w) ?? FR_DIRECTIONS.get(w);
    return d ? [d] : UNIT_WORDS.has(w) ? [] : ['', ''];
  });
  return dirs.length === 1 ? dirs[0] : undefined;
}

/** The stem of an Arabic unit name that is a direction nisba, alone or after a unit cue or before «، <country>». */
function arabicDirection(n: string): string | undefined {
  const words = norm(n.split('،')[0]!.trim()).split(/\s+/u);
  if (words.length > 2 || (words.length === 2 && !UNIT_CUES.has(words[0]!))) return undefined;
  return stem(words[words.length - 1]!);
}

/** A unit's direction stems, from its Arabic nisba or English or French direction name. */
export const directionStems = (e: GazetteerEntry): string[] =>
  [...e.names.ar, ...e.names.en].flatMap((n) => {
    const s = /[\u0621-\u064a]/u.test(n) ? arabicDirection(n) : latinDirection(n);
    return s && DIRECTIONS.has(s) ? [s] : [];
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
