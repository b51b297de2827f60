/**
 * An Arabic town named like an adjective is the adjective between a feminine noun and its
 * complement (issue 18, round 18): «أبراج سكنية حديثة البناء» ("newly built towers", Syria), «مبان
 * حكومية جديدة حديثة الإنشاء» (Iraq); Haditha is «حديثة» in GeoNames, as Djemila is «جميلة» and Saida
 * «سعيدة». Trigger: a one-word world place read bare (no clitic, no article) right after an indefinite
 * word ending in «ة» that is no cue word, no «عاصمة» and no owner of a name («بلدية», «شرطة»), and right
 * before a definite noun that is no nisba adjective and no word of time (the adjective's complement:
 * «حديثة البناء», "new in building"; «حديثة الأسبوع الماضي» is the town). Guards: after a verb
 * or a preposition, or with a cue word, the town stays («قصفت الطائرات حديثة», «من حديثة»,
 * «مدينة حديثة»); a nisba after it («حديثة العراقية») describes the town.
 *
 * A place named like a definite nisba adjective is the adjective right after a definite noun (round
 * 20): «المتحدث العسكري» ("the military spokesman"; Al Askari is a neighbourhood), «المجلس الوطني»,
 * «الأحياء الشرقية» (Ash Sharqiyah is a province). Trigger: a one-word place (no country) written
 * with the article and no clitic, in the nisba form («ـي», «ـية»), right after a word with the
 * article and no clitic that is no place the text names («الموصل الجديدة» is read whole). Guards:
 * after a preposition or an indefinite cue word («في الرمادي», «مدينة الإسماعيلية») it stays, and a
 * name the index knows with its cue word («المنطقة الشرقية») is read whole, before this rule.
 */
import { ARTICLE, splits } from './clitics.ts';
import { AR_CUE, AR_STOP } from './cues.ts';
import { isAdjective, isNisbaForm } from './match-context.ts';
import { AR_NAME_OWNER } from './match-guards.ts';
import { adjacent, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';

/** «عاصمة» ("the capital of") heads a construct with a place. */
const CAPITAL = norm('عاصمة');

export function withoutAdjectiveNames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const spans = out.map((m) => [m.start, m.end] as const);
  return out.filter((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || e.kind === 'country') return true;
    const i = toks.findIndex((t) => t.start === m.start && t.end === m.end);
    if (definiteNisba(nt, toks, i, spans)) return false;
    if (!e.world) return true;
    const [prev, tok, next] = [toks[i - 1], toks[i], toks[i + 1]];
    if (!prev || !tok || !next || tok.n.startsWith(ARTICLE)) return true;
    const feminine =
      nt.cps[prev.end - 1] === 'ة' &&
      !prev.n.startsWith(ARTICLE) &&
      prev.n !== CAPITAL &&
      !splits(prev.n).some((sp) => AR_CUE.has(sp.rest) || AR_NAME_OWNER.has(sp.rest)) &&
      adjacent(nt.cps, prev.end, tok.start);
    const complement =
      next.n.startsWith(ARTICLE) &&
      !isNisbaForm(next.n) &&
      !AR_STOP.has(next.n) &&
      adjacent(nt.cps, tok.end, next.start);
    return !(feminine && complement);
  });
}

/** The token `i` is a definite nisba adjective right after a definite noun that is no cue and no place. */
function definiteNisba(
  nt: Normalised,
  toks: readonly Token[],
  i: number,
  spans: readonly (readonly [number, number])[],
): boolean {
  const [prev, tok] = [toks[i - 1], toks[i]];
  if (!prev || !tok || !isAdjective(nt, tok) || !adjacent(nt.cps, prev.end, tok.start)) return false;
  if (!splits(prev.n).some((sp) => sp.article && !sp.clitic)) return false;
  return !spans.some(([s, e]) => s < prev.end && e > prev.start);
}
