/**
 * A mosque named by the definite noun and its adjective (issue 18, round 20): «المسجد الحرام» in
 * Mecca, «المسجد الأقصى» in Jerusalem, «الجامع الأموي» in Damascus, «الجامع الأزهر» in Cairo: a
 * facility, as the bench sets label a mosque, proposed without geometry with its later mentions.
 * Trigger (Arabic): «المسجد» or «الجامع» (with و ف ب ل ك before it) and a definite word right after
 * it that no match holds. Guards: the word after is no stop word, no cue word, no adjective of
 * `AR_ADJECTIVES` and none of `GENERIC` («المسجد الكبير», «الجامع القديم» describe a mosque, they
 * do not name one), not feminine (it describes the noun before: «طاقة المسجد الاستيعابية»); a mosque
 * without the article («مسجد في القرية») names nothing here.
 */
import { ARTICLE, splits } from './clitics.ts';
import { AR_ADJECTIVES, AR_CUE, AR_STOP } from './cues.ts';
import type { PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

const MOSQUE = new Set(['مسجد', 'جامع'].map(norm));

/** Adjectives that describe a mosque without naming it. */
const GENERIC = new Set(
  ['الكبير', 'القديم', 'الجديد', 'الصغير', 'الرئيسي', 'المحلي', 'الوحيد', 'الأول', 'الثاني'].map(norm),
);

export function mosqueNames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
): PlaceMatch[] {
  const read = [...out];
  const covered = (t: Token) => read.some((m) => m.start < t.end && t.start < m.end);
  const found: PlaceMatch[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const [tok, next] = [toks[i]!, toks[i + 1]!];
    const sp = splits(tok.n).find((x) => x.article && MOSQUE.has(x.rest));
    if (!sp || nt.cps.slice(tok.end, next.start).join('') !== ' ' || covered(tok) || covered(next)) continue;
    const w = next.n;
    if (!w.startsWith(ARTICLE) || AR_STOP.has(w) || AR_ADJECTIVES.has(w) || GENERIC.has(w)) continue;
    if (AR_CUE.has(w.slice(ARTICLE.length))) continue;
    // A feminine adjective agrees with the noun before: «طاقة المسجد الاستيعابية» (its capacity).
    if (nt.cps[next.end - 1] === 'ة') continue;
    const start = nt.map[tok.ni + sp.skip]!;
    const name = nt.cps.slice(start, next.end).join('');
    const prior = found.find((m) => norm(m.name!) === norm(name));
    const m = unknownPlace({
      start,
      end: next.end,
      rule: prior ? 'mosque-name same-name-later' : 'mosque-name',
      kind: 'facility',
      name,
      after: name,
      note: 'a mosque named by its adjective: place it on the map',
    });
    found.push(m);
    read.push(m);
    i++;
  }
  return found.length ? read.sort((a, b) => a.start - b.start) : read;
}
