/**
 * A place name that opens an organisation's or a building's name is no mention (issue 18, round 17;
 * the labels count no place inside such a name): "the Assam State Disaster Management Authority",
 * "Unicoi County Hospital", "the Sindh Provincial Health Department". An English match followed, with
 * nothing but spaces between, by up to five capitalised words one of which closes an organisation's
 * or a building's name (`match-guards.ts` `closesOrganisationEn`, the one list, which the matcher's
 * own three-word guard reads too) is dropped. A country keeps its reading ("Kenya Red Cross" still
 * names Kenya), and "the University of X" (the place after the organisation word) is another rule's.
 * Round 23: a country read with a cue word after it keeps no such reading ("the Philippine Coast
 * Guard", "the US Coast Guard": the cue word is the organisation's); a name a cue word proposed
 * before "University" or "College" is the school's ("Kenya Methodist State University"); and a
 * saint's name before a possessive and such a run is the building's ("St. Mary's General Hospital"
 * in Kitchener, "St. Joseph's Medical Centre" in Accra). Round 25b: places listed inside such a name
 * ("the Lima, Callao and Ica Transport Company"). Round 29b: a place after "of" that closes a name of
 * two or more capitalised words ending in an organisation's word ("the Electric Reliability Council
 * of Texas", "the Water Services Board of Nairobi" in Kenya); "the Council of Europe" keeps its place.
 */
import { closesOrganisationEn } from './match-guards.ts';
import { isUpper, type MatchIndex, type PlaceMatch } from './match-index.ts';
import type { Normalised } from './normalize.ts';

/** Words that close a school's name: only an unknown name a cue word proposed is read into one. */
const SCHOOL_WORDS = new Set(['university', 'college']);

/** Words that close a building's name after a saint's possessive ("St. John's Medical Center"). */
const SAINT_BUILDINGS = new Set([...SCHOOL_WORDS, 'center', 'centre', 'school', 'academy', 'clinic']);

const NONE: ReadonlySet<string> = new Set();

/** A saint's name ("St. John", "Saint Mary"), whose possessive names a church, school or hospital. */
const SAINT = /^(?:St\.?|Saint|Ste\.?) \p{Lu}/u;

/**
 * Whether the capitalised words right after `end` (up to five; after a possessive "'s" when
 * `possessive`) hold an organisation word or one of `words`.
 */
function orgAfter(
  cps: readonly string[],
  end: number,
  words: ReadonlySet<string>,
  possessive: boolean,
): boolean {
  const rest = cps.slice(end, end + 80).join('');
  const run = (possessive ? /^['’]s((?: [A-Z][\p{L}'’-]*){1,5})/u : /^((?: [A-Z][\p{L}'’-]*){1,5})/u).exec(
    rest,
  );
  if (!run) return false;
  return run[1]!
    .trim()
    .split(' ')
    .some((w) => closesOrganisationEn(w.toLowerCase()) || words.has(w.toLowerCase()));
}

/**
 * Round 24: a name read with a capitalised office word of its own ("Department", a unit cue that is
 * an office's word too) before "of" and a capitalised word is an office's name: "the Louisiana
 * Department of Wildlife", "the Kerala Department of Tourism" (India), "the Antioquia Department of
 * Health" (Colombia); "Antioquia Department" alone stays the unit.
 */
function officeOf(cps: readonly string[], end: number, text: string): boolean {
  const last = /\s(\p{Lu}\p{L}*)$/u.exec(text)?.[1];
  return (
    !!last &&
    closesOrganisationEn(last.toLowerCase()) &&
    /^ of (?:the )?\p{Lu}/u.test(cps.slice(end, end + 12).join(''))
  );
}

const WORD = "\\p{Lu}[\\p{L}'’-]*";
/** Capitalised words joined by spaces, commas or "and", after "the", right before a name. */
const CHAIN_BEFORE = new RegExp(`\\b(?:the|The)((?:(?:,? | and )${WORD}){0,4})(,? | and )$`, 'u');
/** The same run after it, up to its last word. */
const CHAIN_AFTER = new RegExp(`^((?:(?:,? | and )${WORD}){1,5})`, 'u');

/**
 * Round 25b: a name inside an organisation's name that lists places, "the" first and an
 * organisation's word last: "the Montreal, Maine and Atlantic Railway", "the Lima, Callao and Ica
 * Transport Company" (Peru), "the Cluj and Bihor Water Company" (Romania).
 */
function listedOrgName(cps: readonly string[], start: number, end: number): boolean {
  const before = CHAIN_BEFORE.exec(cps.slice(Math.max(0, start - 80), start).join(''));
  const after = CHAIN_AFTER.exec(cps.slice(end, end + 80).join(''));
  if (!before || !after) return false;
  const run = `${before[1]}${before[2]}x${after[1]}`;
  const last = /(\p{L}+)$/u.exec(after[1]!)?.[1]?.toLowerCase();
  return /,| and /u.test(run) && !!last && closesOrganisationEn(last);
}

/** Two or more capitalised words, the last closing an organisation's name, then "of" (and "the"). */
const ORG_OF = /(?:^|[^\p{L}])(?!The )\p{Lu}[\p{L}'’-]* (?:\p{Lu}[\p{L}'’-]* )*(\p{Lu}\p{L}*) of (?:the )?$/u;

/** Round 29b: the place closes an organisation's name ("the Electric Reliability Council of Texas"). */
function orgOf(cps: readonly string[], start: number): boolean {
  const last = ORG_OF.exec(cps.slice(Math.max(0, start - 80), start).join(''))?.[1];
  return !!last && closesOrganisationEn(last.toLowerCase());
}

export function withoutOrgNames(nt: Normalised, out: readonly PlaceMatch[], index: MatchIndex): PlaceMatch[] {
  return out.filter((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if ((e?.kind === 'country' && !/cue-after/u.test(m.rule)) || !isUpper(nt.cps[m.start])) return true;
    const text = nt.cps.slice(m.start, m.end).join('');
    return !(
      officeOf(nt.cps, m.end, text) ||
      orgOf(nt.cps, m.start) ||
      listedOrgName(nt.cps, m.start, m.end) ||
      orgAfter(nt.cps, m.end, m.placeId === null ? SCHOOL_WORDS : NONE, false) ||
      (SAINT.test(text) && orgAfter(nt.cps, m.end, SAINT_BUILDINGS, true))
    );
  });
}
