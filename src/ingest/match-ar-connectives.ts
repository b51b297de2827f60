/**
 * A Portuguese, Spanish or Italian name written in Arabic letters goes on across its connective
 * (issue 18, round 20): «بلدة إلدورادو دو سول» is Eldorado do Sul, «مدينة سان خوسيه ديل مونتي» San
 * Jose del Monte, not a town «إلدورادو» and a word «سول». The Arabic side of `nameParticles`.
 * Trigger: an unknown name after a cue word (`cue-unknown-name`) that ends with a connective
 * (`AR_CONNECTIVES`: دا، دو، دي، ديل، دوس، داس) or is followed by one, then an optional article
 * (لا، لوس، لاس، إل) and one Arabic word: the name takes them, a match of that word goes, and the
 * longer name is looked up again by its spelling (`cueNamedPlaces`). Guards: single spaces between
 * the words; a word of the name comes before the connective; the word after is no stop word, no cue
 * word and has no Arabic article (a foreign name's words do not take «ال»). Examples: «بلدة إلدورادو دو سول» (Brazil), «مدينة سان خوسيه ديل مونتي»
 * (the Philippines).
 */
import { ARABIC, ARTICLE } from './clitics.ts';
import { AR_CUE, AR_STOP } from './cues.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { cueNamedPlaces } from './match-spelling.ts';
import { norm, type Normalised } from './normalize.ts';

/** Romance connectives as Arabic newsrooms write them. */
export const AR_CONNECTIVES = new Set(['دا', 'دو', 'دي', 'ديل', 'دوس', 'داس']);
const ARTICLES = '(?:لا|لوس|لاس|إل) ';
const AFTER_CONNECTIVE = new RegExp(`^ (?:${ARTICLES})?([\\u0621-\\u064a]{2,})`, 'u');
const CONNECTIVE_AFTER = new RegExp(
  `^ (?:${[...AR_CONNECTIVES].join('|')}) (?:${ARTICLES})?([\\u0621-\\u064a]{2,})`,
  'u',
);

export function arabicConnectives(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const text = nt.cps;
  let changed = false;
  const gone = new Set<PlaceMatch>();
  const read = out.map((m) => {
    if (m.placeId !== null || !m.rule.startsWith('cue-unknown-name') || !m.after || !m.name) return m;
    const words = m.after.split(' ');
    const ends = words.length > 1 && AR_CONNECTIVES.has(words[words.length - 1]!);
    const rest = text.slice(m.end, m.end + 40).join('');
    const hit = (ends ? AFTER_CONNECTIVE : CONNECTIVE_AFTER).exec(rest);
    const word = hit?.[1];
    if (!hit || !word || !ARABIC.test(word) || word.startsWith(ARTICLE)) return m;
    if (AR_STOP.has(norm(word)) || AR_CUE.has(norm(word))) return m;
    const end = m.end + Array.from(hit[0]).length;
    for (const x of out) if (x !== m && x.start >= m.end && x.start < end) gone.add(x);
    changed = true;
    return {
      ...m,
      end,
      name: text.slice(m.start, end).join(''),
      after: text.slice(m.end - Array.from(m.after).length, end).join(''),
    };
  });
  return changed
    ? cueNamedPlaces(
        read.filter((m) => !gone.has(m)),
        index,
        'ar',
      )
    : read;
}
