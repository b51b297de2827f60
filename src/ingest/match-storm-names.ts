/**
 * A storm's given name is no place, and neither are its later bare uses (issue 18, round 21): news
 * names a storm once with its storm word and then by its name alone, and the name is often a town's
 * somewhere ("Harvey", Illinois; "Elsa", Texas; «إيدا»). Trigger: in English a capitalised name right
 * after a storm word (`STORM_WORDS`, "Tropical Storm", "Super Typhoon"), in Arabic the word after
 * «إعصار»، «العاصفة»، «الإعصار» (and their adjectives «المداري», «الاستوائية»); every match of that
 * one word anywhere in the article is dropped. Guards: a match a cue word introduced ("the town of
 * Harvey") keeps its reading, and so does a country or a first-level unit (a storm is never named
 * after one, and «عاصفة الخليج» names a place); in Arabic the name carries no article.
 * Examples: "Cyclone Idai reached Beira; Idai then moved inland" (Mozambique), «ضرب الإعصار هارفي
 * ولاية تكساس … وأغرق هارفي هيوستن» (United States), "Typhoon Haiyan … Haiyan's surge" (Philippines).
 */
import { STORM_WORDS } from './match-inner-name.ts';
import { splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';

const AR_STORM_WORDS = new Set(['إعصار', 'عاصفة', 'تيفون', 'إعصارا'].map(norm));
/** Adjectives between an Arabic storm word and its name. */
const AR_STORM_ADJECTIVES = new Set(
  ['المداري', 'المدارية', 'الاستوائي', 'الاستوائية', 'القوي', 'القوية', 'العاتي', 'العاتية'].map(norm),
);
/** A storm word and the capitalised name after it ("Tropical Storm Elsa", "Super Typhoon Haiyan"). */
const EN_STORM = /\b([A-Za-z]+)\s+(?=([A-Z][a-z]+)\b)/gu;
/** "Tropical Depression Fred" names a storm too. */
const EN_DEPRESSION = 'depression';

/** The storms' names the text gives, in matching form. */
function stormNames(nt: Normalised, toks: readonly Token[]): Set<string> {
  const names = new Set<string>();
  const text = nt.cps.join('');
  for (const m of text.matchAll(EN_STORM)) {
    const word = m[1]!.toLowerCase();
    if (STORM_WORDS.has(word) || word === EN_DEPRESSION) names.add(norm(m[2]!));
  }
  for (let i = 0; i < toks.length; i++) {
    if (!splits(toks[i]!.n).some((sp) => AR_STORM_WORDS.has(sp.rest))) continue;
    let j = i + 1;
    while (toks[j] && AR_STORM_ADJECTIVES.has(toks[j]!.n)) j++;
    const name = toks[j];
    if (name && !name.n.startsWith('ال') && /[\u0600-\u06ff]/u.test(name.n)) names.add(name.n);
  }
  return names;
}

export function withoutStormNames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const names = stormNames(nt, toks);
  if (names.size === 0) return [...out];
  return out.filter((m) => {
    if (/cue/u.test(m.rule)) return true;
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (e && (e.kind === 'country' || e.kind === 'governorate')) return true;
    const t = toks.find((k) => k.start === m.start);
    if (!t || t.end !== m.end) return true;
    return !splits(t.n).some((sp) => names.has(sp.rest));
  });
}
