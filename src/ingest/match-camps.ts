/**
 * Camps named in Arabic (issue 18, round 10): «مخيم» without the article, then the camp's name. The
 * name is a construct, so a cue word inside it belongs to the camp («مخيم نهر البارد» is a camp, not
 * the river), and a definite word after the indefinite «مخيم» is its name, never an adjective
 * («مخيم البداوي»; an adjective agrees: «مخيم مؤقت»، «المخيم المؤقت»). A camp no source has is
 * proposed as the kind the cue table gives «مخيم» (a facility, round 20: the bench sets' convention
 * since held-out-11; held-out-9's camps, labelled towns before it, are left so).
 */
import { ARABIC, ARTICLE, splits } from './clitics.ts';
import { AR_ADJECTIVES, AR_CUE, AR_STOP } from './cues.ts';
import { isClauseVerb } from './match-cue-clause.ts';
import { adjacent, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

const CAMP = norm('مخيم');
const CAMP_KIND = AR_CUE.get(CAMP)!.kind;

/**
 * Words after «مخيم» that say whom or what it holds, not its name: «مخيم اللاجئين», and indefinite
 * «مخيم لاجئين» ("a refugee camp", round 18).
 */
const CAMP_OF = new Set(
  [
    ...['اللاجئين', 'النازحين', 'المهاجرين', 'الإيواء', 'الاعتقال', 'التدريب'],
    ...['لاجئين', 'نازحين', 'مهاجرين', 'إيواء', 'اعتقال', 'تدريب'],
  ].map(norm),
);

/**
 * A word that opens with «لل» (the preposition ل on the article) says what the camp is for, in any
 * country: «مخيم للاجئين», «مخيم للنازحين» (round 18). No camp's name opens so.
 */
const forWhom = (w: string) => w.startsWith('لل') && w.length > 3;

const nameWord = (nt: Normalised, t: Token | undefined, prevEnd: number): t is Token =>
  !!t &&
  adjacent(nt.cps, prevEnd, t.start) &&
  ARABIC.test(t.n) &&
  !AR_STOP.has(t.n) &&
  !AR_ADJECTIVES.has(t.n);

/**
 * An indefinite word that reads as the second word of a foreign name, not a verb or a noun of the
 * sentence: four letters or more with a vowel letter inside, as written (ا و ي, as transliteration
 * writes vowels: «إيزيك», «بيدي»), no imperfect prefix (ي ت), no conjunction (و ف), no cue word, no
 * verb clause. Arabic verbs («شهد», «امتلأ», «قال») and short nouns are left.
 */
function foreignWord(nt: Normalised, t: Token): boolean {
  const written = nt.cps.slice(t.start, t.end).join('');
  return (
    /^[^يتوف].*[اوي].+$/u.test(written) &&
    Array.from(written).length >= 4 &&
    !AR_CUE.has(t.n) &&
    !AR_CUE.has(t.n.replace(/^ال/u, '')) &&
    !isClauseVerb(written)
  );
}

/**
 * The camps «مخيم X» and «مخيم X Y» among words no earlier rule took; takes their words, and those of
 * «مخيم اللاجئين» and «مخيم للاجئين», which name no place.
 */
export function campNames(nt: Normalised, toks: readonly Token[], taken: Uint8Array): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const tok = toks[i]!;
    const sp = splits(tok.n).find((x) => !x.article && x.rest === CAMP);
    const n1 = toks[i + 1];
    if (!sp || taken[i] || taken[i + 1] || !nameWord(nt, n1, tok.end)) continue;
    if (CAMP_OF.has(n1.n) || forWhom(n1.n)) {
      taken[i] = taken[i + 1] = 1;
      continue;
    }
    let last = i + 1;
    if (!n1.n.startsWith(ARTICLE)) {
      // An indefinite first word opens a construct («عين الحلوة»، «نهر البارد»), a foreign name of two
      // words («بيدي بيدي», «اكديم إيزيك»; round 20) or is the name alone.
      const n2 = toks[i + 2];
      if (nameWord(nt, n2, n1.end) && !taken[i + 2] && (n2.n.startsWith(ARTICLE) || foreignWord(nt, n2)))
        last = i + 2;
    }
    for (let t = i; t <= last; t++) taken[t] = 1;
    const start = nt.map[tok.ni + sp.skip]!;
    const end = toks[last]!.end;
    out.push(
      unknownPlace({
        start,
        end,
        rule: 'camp-name',
        kind: CAMP_KIND,
        name: nt.cps.slice(start, end).join(''),
        after: nt.cps.slice(n1.start, end).join(''),
        note: 'a camp the gazetteer does not know: place it on the map',
      }),
    );
    i = last;
  }
  return out;
}
