/**
 * «نُقل الجرحى إلى مستشفى بول» (issue 18, round 16): a hospital named by the settlement it stands in,
 * «مستشفى X» with no word after the name, is news's way of naming the town where the wounded were
 * taken; the label convention reads the town (a hospital in it decides the city). The cue match that
 * proposed a new facility named after a known settlement is read as that settlement, on the name's
 * span (`hospitalTowns`). An unknown name there is the GeoNames town with no Arabic name of its
 * consonant key in a country the article names, as after a town cue (`match-spelling.ts`); a key of
 * one or two consonants only for a town of `SHORT_KEY_POPULATION` or more whose Latin consonants agree
 * one for one and whose name the text repeats (a second signal), and its later mentions follow. A
 * hospital's own name goes on: «مستشفى نيامي الوطني», «مستشفى الإسكندرية الجامعي» (a definite
 * adjective after the name) stay the facility.
 */
import { anchorsOfMatches } from './match-anchors.ts';
import { ARABIC, familyOf, readAs, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { latinKeyed } from './match-spelling.ts';
import { arabicKey, consonants, spelledConsonants } from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';

const HOSPITAL = norm('مستشفى');
const SHORT_KEY_POPULATION = 10_000;

export function hospitalTowns(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const { countries } = anchorsOfMatches(out, index);
  const spelled = new Map<string, GazetteerEntry>();
  const read = out.map((m) => {
    if (m.placeId !== null || !m.after || !hospitalCue(nt, toks, m)) return m;
    const named = m.namedAfter ? index.entries.get(m.namedAfter) : undefined;
    const e =
      m.rule.startsWith('cue-other-kind') && named && familyOf(named.kind) === 'settlement'
        ? named
        : m.rule.startsWith('cue-unknown-name')
          ? spelledTown(toks, m.after, countries, index)
          : undefined;
    if (!e) return m;
    const name = { ...m, start: m.end - Array.from(m.after).length };
    if (nt.cps.slice(name.start, m.end).join('') !== m.after) return m;
    if (e === named)
      return readAs(name, e.id, 'hospital-town', `the town the hospital stands in, ${e.names.en[0] ?? e.id}`);
    spelled.set(`${m.name}|${m.after}`, e);
    return readAs(name, e.id, 'hospital-town latin-spelling', checkNote(e));
  });
  if (!spelled.size) return read;
  return read.map((m) => {
    const e = m.placeId === null && m.rule === 'same-name-later' && spelled.get(`${m.name}|${m.after}`);
    return e ? readAs(m, e.id, 'hospital-town latin-spelling', checkNote(e)) : m;
  });
}

const checkNote = (e: GazetteerEntry) =>
  `GeoNames has no Arabic name for ${e.names.en[0] ?? e.id}; the article's spelling matches its Latin name: check it`;

/** `m` opens with «مستشفى» and no definite word follows its name («مستشفى نيامي الوطني»). */
function hospitalCue(nt: Normalised, toks: readonly Token[], m: PlaceMatch): boolean {
  const cue = toks.find((t) => t.start === m.start);
  if (!cue || !splits(cue.n).some((sp) => !sp.article && sp.rest === HOSPITAL)) return false;
  const next = toks.find((t) => t.start >= m.end);
  const gap = next ? nt.cps.slice(m.end, next.start).join('') : '.';
  return !(next && /^ +$/u.test(gap) && next.n.startsWith('ال'));
}

/** The one GeoNames town with no Arabic name spelled like the one Arabic word `word`, as above. */
function spelledTown(
  toks: readonly Token[],
  word: string,
  countries: ReadonlySet<string>,
  index: MatchIndex,
): GazetteerEntry | undefined {
  if (!ARABIC.test(word) || /\s/u.test(word)) return undefined;
  const key = arabicKey(word);
  const short = consonants(key) < 3;
  const letters = spelledConsonants(word);
  const w = norm(word);
  const repeated = toks.filter((t) => splits(t.n).some((sp) => !sp.article && sp.rest === w)).length >= 2;
  if (short && !repeated) return undefined;
  const found = latinKeyed(index, key).filter(
    (e) =>
      familyOf(e.kind) === 'settlement' &&
      !e.names.ar.length &&
      !!e.country &&
      countries.has(e.country) &&
      (!short ||
        ((e.population ?? 0) >= SHORT_KEY_POPULATION &&
          e.names.en.slice(0, 1).some((n) => spelledConsonants(n) === letters))),
  );
  return found.length === 1 ? found[0] : undefined;
}
