/**
 * A US state written in the Associated Press's abbreviation after a town and its comma is the state
 * (issue 18, round 24): "SEASIDE HEIGHTS, N.J. —", "Joplin, Mo.", "Paradise, Calif.", as US
 * newsrooms write datelines and places. The index names states in full only.
 *
 * Trigger (English): a comma and a space after a capitalised word, then one of `AP_STATES` (with its
 * full stop), then a space, a dash, a bracket, a comma or the line's end. The state is the world
 * first-level unit of the United States with that English name. Guards: no match holds the
 * abbreviation; abbreviations that are words or titles alone ("Miss.", "La.", "Mass.") only before
 * a dash or a bracket, as a dateline writes them.
 */
import type { MatchIndex, PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';
import type { GazetteerEntry } from './types.ts';

/** The AP Stylebook's abbreviations of the states that have one. */
const AP_STATES = new Map<string, string>([
  ['Ala.', 'Alabama'],
  ['Ariz.', 'Arizona'],
  ['Ark.', 'Arkansas'],
  ['Calif.', 'California'],
  ['Colo.', 'Colorado'],
  ['Conn.', 'Connecticut'],
  ['Del.', 'Delaware'],
  ['Fla.', 'Florida'],
  ['Ga.', 'Georgia'],
  ['Ill.', 'Illinois'],
  ['Ind.', 'Indiana'],
  ['Kan.', 'Kansas'],
  ['Ky.', 'Kentucky'],
  ['La.', 'Louisiana'],
  ['Md.', 'Maryland'],
  ['Mass.', 'Massachusetts'],
  ['Mich.', 'Michigan'],
  ['Minn.', 'Minnesota'],
  ['Miss.', 'Mississippi'],
  ['Mo.', 'Missouri'],
  ['Mont.', 'Montana'],
  ['Neb.', 'Nebraska'],
  ['Nev.', 'Nevada'],
  ['N.H.', 'New Hampshire'],
  ['N.J.', 'New Jersey'],
  ['N.M.', 'New Mexico'],
  ['N.Y.', 'New York'],
  ['N.C.', 'North Carolina'],
  ['N.D.', 'North Dakota'],
  ['Okla.', 'Oklahoma'],
  ['Ore.', 'Oregon'],
  ['Pa.', 'Pennsylvania'],
  ['R.I.', 'Rhode Island'],
  ['S.C.', 'South Carolina'],
  ['S.D.', 'South Dakota'],
  ['Tenn.', 'Tennessee'],
  ['Vt.', 'Vermont'],
  ['Va.', 'Virginia'],
  ['Wash.', 'Washington'],
  ['W.Va.', 'West Virginia'],
  ['Wis.', 'Wisconsin'],
  ['Wyo.', 'Wyoming'],
]);
/** Abbreviations that are also words or titles: read only before a dateline's dash or bracket. */
const WORDS = new Set([
  'Miss.',
  'La.',
  'Mass.',
  'Ind.',
  'Del.',
  'Ore.',
  'Wash.',
  'Mo.',
  'Ill.',
  'Pa.',
  'Ga.',
  'Va.',
]);
const ALT = [...AP_STATES.keys()].map((k) => k.replace(/\./gu, '\\.')).join('|');
const AFTER_TOWN = new RegExp(`\\p{Lu}[\\p{L}'’.-]*, (${ALT})(?=( ?[—–(])|[\\s,;]|$)`, 'gu');

export function stateAbbreviations(
  nt: Normalised,
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const text = nt.cps.join('');
  let states: Map<string, GazetteerEntry> | undefined;
  const read = [...out];
  for (const m of text.matchAll(AFTER_TOWN)) {
    const abbr = m[1]!;
    if (WORDS.has(abbr) && !m[2]) continue;
    const at = m.index + m[0].length - abbr.length;
    const start = Array.from(text.slice(0, at)).length;
    const end = start + abbr.length;
    if (read.some((o) => o.start < end && start < o.end)) continue;
    states ??= new Map(
      [...index.entries.values()]
        .filter((e) => e.world && e.kind === 'governorate' && e.country === 'US')
        .map((e) => [e.names.en[0] ?? '', e]),
    );
    const e = states.get(AP_STATES.get(abbr)!);
    if (!e) continue;
    read.push({
      start,
      end,
      placeId: e.id,
      role: 'place',
      rule: 'state-abbreviation',
      candidates: [e.id],
      note: `${abbr}: the AP's abbreviation of ${e.names.en[0]}`,
    });
  }
  return read.sort((a, b) => a.start - b.start);
}
