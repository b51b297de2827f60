/**
 * English names the gazetteer does not know, told by an apposition after them: "in Buhene, a
 * neighbourhood on the city's outskirts", "Kibati, a village north of the city". The kind comes from
 * the noun of the apposition; the name is proposed without geometry. Round 24: of a compound noun
 * the last ("Bundibugyo, a district town", Uganda; "a barrier island town"), and a past participle
 * may follow it ("Yungay, a market town buried by the slide", Peru). Round 25b: one word opening a
 * sentence before "the town of <Name>" is an adverb ("Downriver, the village of Rasinari", Romania).
 */
import { EN_STOP } from './cues.ts';
import { COMMON_EN, atSentenceStart } from './match-guards.ts';
import { isUpper, type PlaceMatch } from './match-index.ts';
import { NOT_PLACES } from './match-lists.ts';
import type { Normalised, Token } from './normalize.ts';
import type { PlaceKind } from './types.ts';
import { unknownPlace } from './unknown-place.ts';

/** Nouns of an apposition that say what kind of place the name before it is. */
export const APPOSITION_NOUNS = new Map<string, PlaceKind>([
  ['neighbourhood', 'neighbourhood'],
  ['neighborhood', 'neighbourhood'],
  ['suburb', 'neighbourhood'],
  ['district', 'district'],
  ['village', 'village'],
  ['town', 'town'],
  ['city', 'city'],
  ['capital', 'city'],
  ['island', 'region'],
  // Round 20: the other kinds a cue word gives ("Bong, a county in …", "Kakuma, a camp near …").
  ['county', 'district'],
  ['province', 'governorate'],
  ['river', 'river'],
  ['camp', 'facility'],
  // Round 24: "Chilobwe, a township on the edge of …", "Hole, the municipality in …", "a hamlet
  // north of …".
  ['township', 'neighbourhood'],
  ['hamlet', 'village'],
  ['municipality', 'district'],
  // Round 30: "Anak X, the volcano that rose …", "X, a region of dry forest".
  ['volcano', 'region'],
  ['region', 'region'],
]);

/** Words that may follow the noun when it ends the apposition's head: "a village north of …". */
export const AFTER_NOUN = new Set([
  'on',
  'in',
  'of',
  'near',
  'outside',
  'at',
  'north',
  'south',
  'east',
  'west',
  'that',
  'which',
  'where',
  'some',
  'about',
  'close',
  'by',
  'with',
  // "Adonara, a small island off the eastern tip of Flores" (round 20).
  'off',
  'along',
]);

/**
 * Unknown capitalised names (one to three words, none taken) followed by ", a/an/the (one or two
 * adjectives) <place noun>", the noun ending the phrase (then punctuation or a word of place or a
 * relative: "on", "north", "where"): "a neighbourhood leader" or "a city official" is a person.
 */
export function appositiveNames(nt: Normalised, toks: readonly Token[], taken: Uint8Array): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const gap = (a: number) => nt.cps.slice(toks[a]!.end, toks[a + 1]!.start).join('');
  for (let i = 0; i < toks.length; i++) {
    // "In January, a village near the border was flooded": a month or a weekday is no place (round 24).
    if (taken[i] || !isUpper(nt.cps[toks[i]!.start]) || EN_STOP.has(toks[i]!.n) || NOT_PLACES.has(toks[i]!.n))
      continue;
    let e = i + 1;
    while (e < toks.length && e < i + 3 && !taken[e] && /^[\s-]+$/u.test(gap(e - 1))) {
      if (!isUpper(nt.cps[toks[e]!.start]) || EN_STOP.has(toks[e]!.n) || NOT_PLACES.has(toks[e]!.n)) break;
      e++;
    }
    if (e >= toks.length || gap(e - 1).trim() !== ',') continue;
    // "In Brief, a village …": one common English word that opens a sentence, or follows its first
    // word, is no name ("officials in Hole, the municipality" is one; round 24).
    const opens =
      atSentenceStart(nt.cps, toks[i]!.start) || (i > 0 && atSentenceStart(nt.cps, toks[i - 1]!.start));
    if (e === i + 1 && COMMON_EN.has(toks[i]!.n) && opens) continue;
    if (!['a', 'an', 'the'].includes(toks[e]!.n)) continue;
    let k = e + 1;
    let kind: PlaceKind | undefined;
    for (; k < toks.length && k <= e + 3; k++) {
      if (gap(k - 1).trim() !== '' || isUpper(nt.cps[toks[k]!.start])) break;
      kind = APPOSITION_NOUNS.get(toks[k]!.n);
      if (kind) break;
    }
    if (!kind) continue;
    // Round 24: the last noun of a compound is its head ("a county town", "a barrier island town",
    // "a border city"): the kind is its.
    while (toks[k + 1] && gap(k) === ' ' && APPOSITION_NOUNS.has(toks[k + 1]!.n)) {
      k++;
      kind = APPOSITION_NOUNS.get(toks[k]!.n)!;
    }
    const after = toks[k + 1];
    // "the district's governor" goes on: only punctuation or a word of place ends the phrase.
    const g = gap(k).trim();
    // A past participle ends it too ("a town wedged between", "a village perched on"; round 24).
    const ends =
      !after ||
      /^[,.;:)—–]/u.test(g) ||
      (g === '' &&
        (AFTER_NOUN.has(after.n) || (/^\p{Ll}+ed$/u.test(after.n) && !isUpper(nt.cps[after.start]))));
    if (!ends) continue;
    // "Downstream, the town of Saint-Georges …", "Nearby, the village of Kinahrejo …" (round 25b): a
    // sentence's first word before a cue that names another place is an adverb, not the place.
    const named = after?.n === 'of' && g === '' && !!toks[k + 2] && isUpper(nt.cps[toks[k + 2]!.start]);
    if (named && e === i + 1 && atSentenceStart(nt.cps, toks[i]!.start)) continue;
    for (let t = i; t < e; t++) taken[t] = 1;
    const start = toks[i]!.start;
    const end = toks[e - 1]!.end;
    const name = nt.cps.slice(start, end).join('');
    out.push(
      unknownPlace({
        start,
        end,
        rule: 'apposition-unknown-name',
        kind,
        name,
        after: name,
        note: `"${toks[k]!.n}" in the apposition after it says what the place is: place it on the map`,
      }),
    );
    i = e - 1;
  }
  return out;
}
