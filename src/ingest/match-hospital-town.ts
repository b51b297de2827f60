/**
 * «نُقل الجرحى إلى مستشفى بول» (issue 18, round 16): a hospital named by the settlement it stands in,
 * «مستشفى X» with no word after the name, is news's way of naming the town where the wounded were
 * taken; the label convention reads the town (a hospital in it decides the city). The cue match that
 * proposed a new facility named after a known settlement is read as that settlement, on the name's
 * span. A hospital's own name goes on: «مستشفى نيامي الوطني», «مستشفى الإسكندرية الجامعي» (a
 * definite adjective after the name) stay the facility.
 */
import { familyOf, readAs, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';

const HOSPITAL = norm('مستشفى');

export function hospitalTowns(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  return out.map((m) => {
    if (m.placeId !== null || !m.namedAfter || !m.after || !m.rule.startsWith('cue-other-kind')) return m;
    const e = index.entries.get(m.namedAfter);
    if (!e || familyOf(e.kind) !== 'settlement') return m;
    const cue = toks.find((t) => t.start === m.start);
    if (!cue || !splits(cue.n).some((sp) => !sp.article && sp.rest === HOSPITAL)) return m;
    // The next word opens the hospital's own name («الوطني», «الجامعي», «العام»).
    const next = toks.find((t) => t.start >= m.end);
    const gap = next ? nt.cps.slice(m.end, next.start).join('') : '.';
    if (next && /^ +$/u.test(gap) && next.n.startsWith('ال')) return m;
    const name = { ...m, start: m.end - Array.from(m.after).length };
    if (nt.cps.slice(name.start, m.end).join('') !== m.after) return m;
    return readAs(name, e.id, 'hospital-town', `the town the hospital stands in, ${e.names.en[0] ?? e.id}`);
  });
}
