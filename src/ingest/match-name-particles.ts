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
 * Round 23: the particle may be hyphenated into the name, as French ones are ("the town of
 * Saint-Louis-du-Nord", Haiti; "Villeneuve-de-Berg", France), and a place read in the name's hyphenated
 * tail (a unit named like it) is part of it; a longer name the index leaves out as a village
 * (`villageNamed`) in a country of the article's places is that village.
 * Round 24: French names hyphenated over "les", "sur", "en", "le" and the like go on too ("the village of
 * Seyne-les-Alpes", "Boulogne-sur-Mer"; in Belgium "Braine-le-Comte").
 */
import { readAs, villageNamed, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { CONNECTIVES, CONNECTIVE_ARTICLES } from './match-inner-name.ts';
import { norm, type Normalised } from './normalize.ts';
import type { PlaceKind } from './types.ts';
import { unknownPlace } from './unknown-place.ts';

const alt = (words: ReadonlySet<string>) => [...words].join('|');
/**
 * French words that join a hyphenated place name, hyphenated only (round 24): "Seyne-les-Alpes",
 * "Boulogne-sur-Mer", "Aix-en-Provence", "Bar-le-Duc", "Saint-Paul-lès-Dax"; a word of the name,
 * never the end of it.
 */
const HYPHENED = ['les', 'lès', 'lez', 'sur', 'sous', 'en', 'le', 'la', 'aux', 'au'];
/** " de Henares", " de la Frontera": a connective, an optional article, a capitalised word. */
const GOES_ON = new RegExp(
  `^(?:([ -])(?:${alt(CONNECTIVES)})(?:[ -](?:${alt(CONNECTIVE_ARTICLES)}))?[ -]|(-)(?:${HYPHENED.join('|')})-)\\p{Lu}[\\p{L}'’-]*`,
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
  const countries = new Set(
    out.flatMap((m) => (m.placeId ? (index.entries.get(m.placeId)?.country ?? []) : [])),
  );
  const inName = new Set<PlaceMatch>();
  const read = out.map((m) => {
    const after = GOES_ON.exec(text.slice(at[m.end]));
    if (!after) return m;
    const end = m.end + Array.from(after[0]).length;
    const next = out.find((o) => o !== m && o.start >= m.end && o.start < end);
    if (next) {
      if ((after[1] ?? after[2]) !== '-' || next.end > end) return m;
      inName.add(next);
    }
    const span = nt.cps.slice(m.start, end).join('');
    const cue = CUE.exec(span);
    const kind = (cue?.[1]?.toLowerCase() ??
      m.kind ??
      (m.placeId ? index.entries.get(m.placeId)?.kind : undefined)) as PlaceKind | undefined;
    if (!kind || !SETTLEMENT.has(kind)) {
      if (next) inName.delete(next);
      return m;
    }
    const name = cue ? span.slice(cue[0].length) : span;
    // GeoNames writes some hyphenated names with spaces ("Petit Trou de Nippes").
    const spellings = new Set([norm(name), norm(name.replace(/-/gu, ' '))]);
    const village = [...new Set([...spellings].flatMap((n) => villageNamed(index, n)))].filter(
      (v) => !!v.country && countries.has(v.country),
    );
    if (village.length === 1) {
      index.entries.set(village[0]!.id, village[0]!);
      return readAs(
        { ...m, start: cue ? m.start + Array.from(cue[0]).length : m.start, end },
        village[0]!.id,
        'name-particle',
        'a longer name than the one read in it: the village the world index leaves out',
      );
    }
    return unknownPlace({
      start: m.start,
      end,
      role: m.role,
      rule: `${m.rule} name-particle`,
      kind,
      name: span,
      after: name,
      note: `a longer name than ${m.placeId ?? 'the name'} read in it: an unknown place to place`,
    });
  });
  return read.filter((m) => !inName.has(m));
}
