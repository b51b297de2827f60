/**
 * A name that goes on after a Portuguese, Spanish, French or Italian particle is a longer name
 * (issue 18, round 18): "the town of Eldorado do Sul" is not Eldorado, a namesake elsewhere; in
 * Spain "Alcalá de Henares" is not an Alcalá, in Peru "Cerro de Pasco" not a Cerro. When the
 * index knows only the first part, the longer name is proposed as an unknown place for the editor.
 *
 * Trigger (English): a place read from a name directly followed by a particle (`CONNECTIVES` of
 * `match-inner-name.ts`, which drops the name after it: "Frontera" of "San Juan de la Frontera"), an
 * optional article and a capitalised word. Guards: on one line; the kind is the cue's ("town of") or the
 * first part's reading's, a settlement (a longer name of a unit or a river is left as read).
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { CONNECTIVES, CONNECTIVE_ARTICLES } from './match-inner-name.ts';
import type { Normalised } from './normalize.ts';
import type { PlaceKind } from './types.ts';

const alt = (words: ReadonlySet<string>) => [...words].join('|');
/** " de Henares", " de la Frontera": a connective, an optional article, a capitalised word. */
const GOES_ON = new RegExp(
  `^ (?:${alt(CONNECTIVES)})(?: (?:${alt(CONNECTIVE_ARTICLES)}))? \\p{Lu}[\\p{L}'’-]*`,
  'u',
);
const CUE = /^(?:the )?(town|city|village) of /iu;
const SETTLEMENT = new Set<string>(['city', 'town', 'village']);

export function nameParticles(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  const text = nt.cps.join('');
  // Code-point offsets to string offsets and back (the text may hold astral characters).
  const at: number[] = [];
  for (let i = 0, s = 0; i <= nt.cps.length; i++) {
    at.push(s);
    s += nt.cps[i]?.length ?? 0;
  }
  return out.map((m, i) => {
    const after = GOES_ON.exec(text.slice(at[m.end]));
    if (!after) return m;
    const end = m.end + Array.from(after[0]).length;
    if (out[i + 1] && out[i + 1]!.start < end) return m;
    const span = nt.cps.slice(m.start, end).join('');
    const cue = CUE.exec(span);
    const kind = (cue?.[1]?.toLowerCase() ??
      m.kind ??
      (m.placeId ? index.entries.get(m.placeId)?.kind : undefined)) as PlaceKind | undefined;
    if (!kind || !SETTLEMENT.has(kind)) return m;
    return {
      start: m.start,
      end,
      placeId: null,
      role: m.role,
      rule: `${m.rule} name-particle`,
      candidates: [],
      kind,
      name: span,
      after: cue ? span.slice(cue[0].length) : span,
      note: `a longer name than ${m.placeId ?? 'the name'} read in it: an unknown place to place`,
    };
  });
}
