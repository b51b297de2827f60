/**
 * A sea, an ocean or a gulf read from «البحر/المحيط/الخليج + adjective» that is no such name (issue
 * 18, round 20), two causes in any Arabic text:
 *
 * - the adjective does not agree with the noun: «بحر», «محيط» and «خليج» are masculine, so a feminine
 *   adjective after them («دول الخليج العربية», the Arab Gulf states; «مياه البحر الدافئة») describes
 *   the noun before them, and names no «الخليج العربية»;
 * - the two words are a name the index knows, whose reading an earlier guard turned down (inside an
 *   organisation's name, «بعثة الأمم المتحدة لتنظيم استفتاء في الصحراء الغربية»): the feature
 *   reading would bring back, as an unknown region, what the guard left out.
 *
 * Trigger: a `cue-unknown-name feature` proposal (`definiteFeature`). Examples: «قمة دول الخليج
 * العربية في الرياض» (Saudi Arabia), «مياه البحر الدافئة قبالة الإسكندرية» (Egypt); «البحر الأحمر» and
 * «الصحراء الغربية» stay names (a masculine adjective, a feminine noun).
 */
import { ARTICLE } from './clitics.ts';
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import { norm, type Normalised } from './normalize.ts';

/** The masculine feature nouns of `AR_DEFINITE_FEATURE` (matching form, without the article). */
const MASCULINE = new Set(['بحر', 'محيط', 'خليج'].map(norm));

export function withoutStrayFeatures(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  return out.filter((m) => {
    if (m.rule !== 'cue-unknown-name feature') return true;
    const [noun, adjective] = nt.cps.slice(m.start, m.end).join('').split(/\s+/u);
    if (!noun || !adjective) return true;
    const bare = norm(noun).replace(new RegExp(`^${ARTICLE}`, 'u'), '');
    if (MASCULINE.has(bare) && adjective.endsWith('ة')) return false;
    const adj = norm(adjective);
    return !(index.byFirst.get(bare) ?? []).some(
      (p) => !p.org && p.article && p.toks.length === 2 && p.toks[1] === adj,
    );
  });
}
