/**
 * A first-level unit named by a compound direction (issue 18, round 29): Haiti's Nord-Est department
 * is «إقليم الشمال الشرقي» in news ("the north-eastern province"), while Natural Earth writes it
 * «الإدارة الشمال شرقية» and, in Latin, "Nord-Est"; the cue's unknown name stops at «الشمال» (the
 * adjective «الشرقي» is no word of a name). A unit cue, a direction noun and a direction adjective are
 * the world unit of a country the article names whose Latin name is those two directions (in
 * English, French or Spanish: "Nord-Est", "North Eastern", "Noreste"), when exactly one has it.
 *
 * Trigger: an unknown name after a unit cue word (`cue-unknown-name`) that is «الشمال» or «الجنوب»,
 * a space, then «الشرقي» or «الغربي» (or their feminine). Guard: one unit of those directions in the
 * article's countries. Examples: «ولد في بلدة بإقليم الشمال الشرقي» (Haiti), «إقليم الجنوب
 * الغربي» (a made-up unit "Sud-Ouest" of Kenya, in the tests).
 */
import { AR_UNIT_WORDS } from './cues.ts';
import { anchorsOfMatches } from './match-anchors.ts';
import { splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';
import { worldUnitsBy } from './world-units.ts';

const NOUNS = new Map([
  [norm('الشمال'), 'n'],
  [norm('الجنوب'), 's'],
]);
const ADJECTIVES = new Map(
  (
    [
      ['الشرقي', 'e'],
      ['الشرقية', 'e'],
      ['الغربي', 'w'],
      ['الغربية', 'w'],
    ] as const
  ).map(([w, d]) => [norm(w), d]),
);
const LATIN: Record<string, string> = {
  north: 'n',
  northern: 'n',
  nord: 'n',
  norte: 'n',
  south: 's',
  southern: 's',
  sud: 's',
  sur: 's',
  east: 'e',
  eastern: 'e',
  est: 'e',
  este: 'e',
  west: 'w',
  western: 'w',
  ouest: 'w',
  oeste: 'w',
};
const COMPOUND = /^(north|south)(east|west)(ern)?$|^(nor|sur)(este|oeste)$/u;

/** The compound direction of a unit's Latin name ("Nord-Est" → "ne"), when it is only that. */
function compound(e: GazetteerEntry): string[] {
  return e.names.en.flatMap((n) => {
    const words = n
      .toLowerCase()
      .split(/[\s-]+/u)
      .filter((w) => !['department', 'province', 'region', 'state', 'de', 'du', 'la'].includes(w));
    const one = words.length === 1 ? COMPOUND.exec(words[0]!) : null;
    if (one) {
      const [a, b] = one[1] ? [one[1], one[2]] : [one[4] === 'nor' ? 'north' : 'south', one[5]];
      return [`${LATIN[a!]}${LATIN[b!.replace(/^o?este$/u, (x) => (x === 'este' ? 'east' : 'west'))]}`];
    }
    const ds = words.map((w) => LATIN[w]);
    return ds.length === 2 && ds.every(Boolean) && /^[ns][ew]$/u.test(ds.join('')) ? [ds.join('')] : [];
  });
}

export function compoundDirectionUnits(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const todo = (m: PlaceMatch) =>
    m.placeId === null && m.rule === 'cue-unknown-name' && !!m.after && NOUNS.has(norm(m.after));
  if (!out.some(todo)) return [...out];
  const { countries } = anchorsOfMatches(out, index);
  return out.map((m) => {
    if (!todo(m)) return m;
    const cue = norm(nt.cps.slice(m.start, m.end).join('').split(/\s+/u)[0] ?? '');
    if (!splits(cue).some((sp) => !sp.article && AR_UNIT_WORDS.has(sp.rest))) return m;
    const t = toks.findIndex((x) => x.start >= m.end);
    const next = toks[t];
    if (!next || !/^ +$/u.test(nt.cps.slice(m.end, next.start).join(''))) return m;
    const d = ADJECTIVES.get(next.n);
    if (!d) return m;
    const key = `${NOUNS.get(norm(m.after!))}${d}`;
    const units = [...countries].flatMap((c) => worldUnitsBy(index, compound).get(`${c}|${key}`) ?? []);
    if (units.length !== 1) return m;
    const u = units[0]!;
    return {
      start: m.start,
      end: next.end,
      placeId: u.id,
      role: 'place',
      rule: 'compound-direction-unit',
      candidates: [u.id],
      note: `the first-level unit ${u.names.en[0] ?? u.id}, which the source names «${u.names.ar[0] ?? u.names.en[0]}»`,
    };
  });
}
