/**
 * A place name that opens an organisation's or a building's name is no mention (issue 18, round 17;
 * the labels count no place inside such a name): "the Assam State Disaster Management Authority",
 * "Unicoi County Hospital", "the Sindh Provincial Health Department". An English match followed, with
 * nothing but spaces between, by up to five capitalised words one of which closes an organisation's
 * or a building's name (`match-guards.ts` `closesOrganisationEn`, the one list, which the matcher's
 * own three-word guard reads too) is dropped. A country keeps its reading ("Kenya Red Cross" still
 * names Kenya), and "the University of X" (the place after the organisation word) is another rule's.
 */
import { closesOrganisationEn } from './match-guards.ts';
import { isUpper, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

/** Whether the capitalised words right after `end` (up to five) end in an organisation word. */
function orgAfter(cps: readonly string[], end: number): boolean {
  const rest = cps.slice(end, end + 80).join('');
  const run = /^((?: [A-Z][\p{L}'’-]*){1,5})/u.exec(rest);
  if (!run) return false;
  return run[1]!
    .trim()
    .split(' ')
    .some((w) => closesOrganisationEn(w.toLowerCase()));
}

export function withoutOrgNames(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.filter((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (e?.kind === 'country' || !isUpper(nt.cps[m.start])) return true;
    return !orgAfter(nt.cps, m.end);
  });
}
