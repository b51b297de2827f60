/**
 * A place no source has, named without a cue word, where the sentence treats it as a place (issue 18,
 * round 30): islands, volcanoes and regions the gazetteer lacks. In Grenada "making landfall on
 * Carriacou … almost every house on Carriacou damaged", in Indonesia "the search on Adonara and
 * Lembata", in the Caribbean "the small islands that lie between Grenada and St. Vincent".
 * Proposed as a region without geometry (`unknownPlace`); every other mention of the name follows.
 *
 * Trigger: one to three capitalised words right after a preposition of place (`LOCATIVES`) or in a
 * list such a preposition opens, not going on into a longer name, and vouched for by the text: it stands
 * after such a preposition twice, or it is listed or joined ("and", a comma) with a place the matcher
 * read or a name vouched for, or a place the matcher read stands right before its preposition ("Road
 * Town on Tortola": the town is on it). A plural name after "the" and a preposition of place is a
 * range or a group of islands on its own ("across the Visayas", "the hills of the Apennines"), and so
 * is a name the index has only for far towns, written twice after "the", ending its phrase each time
 * and followed by no river word ("the road through the Kimberley, officials said … east of the
 * Kimberley, including"): a settlement takes no article.
 * Its kind: region, or the kind of the settlement it is paired with ("between Rakiraki and X").
 * Guards: no word a common English word, a stop word, a language's name, a month, a weekday, a
 * demonym, a cue word or a name the world index has for anything but a far settlement; no word in
 * capitals; none after a person's title ("President X"), none opening an organisation's name ("X
 * Police"), none right before a capitalised word, a cue word, "and the Y" or "for the Y" (a longer
 * name), no possessive; no plural of a common word ("the Volunteers") or of a people's name ("the
 * Palestinians", "the Democrats"); none that speaks or fights anywhere in the text ("X said", "X
 * fighters": an actor, as in "talks between Israel and X").
 */
import { EN_ACTOR_AFTER } from './actor-words.ts';
import { EN_CUE_AFTER } from './cues.ts';
import { namesAfterEn } from './match-context.ts';
import { COMMON_EN, organisationAfterEn } from './match-guards.ts';
import { AFTER_NOUN } from './match-apposition.ts';
import { demonymCountries } from './match-hyphen-compound.ts';
import { familyOf, isUpper, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { NOT_PLACES } from './match-lists.ts';
import { EN_MONTH_ABBR } from './dates/words.ts';
import { personAfterTitle } from './match-person.ts';
import type { Normalised, Token } from './normalize.ts';
import { COMMON_WORDS, EN_STOP, LANGUAGE_WORDS } from './stop-words.ts';
import type { PlaceKind } from './types.ts';
import { unknownPlace } from './unknown-place.ts';
import { gapBefore, spanKey, type Span } from './token-spans.ts';

/**
 * Prepositions that place what follows them. Measured one by one on the bench's 49 sets: "in", "at",
 * "near" and "to" found places no source has too, but towns and villages, never regions.
 */
const LOCATIVES = new Set(['on', 'off', 'across', 'between']);

/** Prepositions before "the" and a plural name ("across the X", "of the X"). */
const THE_PLACES = new Set([
  ...LOCATIVES,
  'through',
  'of',
  'in',
  'into',
  'to',
  'towards',
  'from',
  'over',
  'near',
  'around',
]);

/** The ends of a people's or a party's plural ("to the Palestinians", "of the Democrats", "the Maoists"). */
const PEOPLE_PLURAL = /(?:ans|ers|ists|crats|ites|is)$/u;

/** Verbs after a name that make it a speaker (`EN_ACTOR_AFTER` without the auxiliaries). */
const ACTOR_AFTER = new Set(
  [...EN_ACTOR_AFTER].filter((w) => !['will', 'would', 'has', 'have', 'is', 'continues'].includes(w)),
);
/** Nouns after a name that make it a group's ("X fighters"). */
const GROUP_WORDS = new Set([
  'fighters',
  'militants',
  'militia',
  'leader',
  'leaders',
  'spokesman',
  'spokeswoman',
]);

/** Words after a name that say it is a river's. */
const RIVER_WORDS = new Set([
  'river',
  'tributary',
  'banks',
  'bank',
  'flows',
  'flowed',
  'upstream',
  'downstream',
]);

/** Lower-case words that close a name's phrase. */
const FOLLOWERS = new Set([
  'and',
  'or',
  'but',
  'to',
  'from',
  'for',
  'was',
  'were',
  'is',
  'had',
  'has',
  'said',
  'as',
  'when',
  'while',
]);

export function locativeNames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const text = (a: number, b: number) => nt.cps.slice(a, b).join('');
  const gap = (t: number) => gapBefore(nt, toks, t);
  const keyOf = (s: Span) => spanKey(toks, s);
  const taken = new Uint8Array(toks.length);
  const places = out.filter((m) => m.role === 'place');
  for (const m of places)
    for (let t = 0; t < toks.length; t++) if (toks[t]!.start < m.end && m.start < toks[t]!.end) taken[t] = 1;
  const demonyms = demonymCountries(index);
  // A word the world index has as a name left unread here may only be a far namesake settlement's.
  const elsewhere = (n: string) =>
    (index.byFirst.get(n) ?? []).every(
      (p) =>
        p.toks.length > 1 ||
        p.entryIds.every((id) => {
          const kind = index.entries.get(id)?.kind;
          return !!kind && familyOf(kind) === 'settlement';
        }),
    );
  const wordOk = (t: number) => {
    const w = toks[t]!;
    const word = text(w.start, w.end);
    if (!isUpper(word[0]) || word.length < 2 || word === word.toUpperCase()) return false;
    const n = w.n;
    return !(
      EN_STOP.has(n) ||
      COMMON_EN.has(n) ||
      COMMON_WORDS.has(n) ||
      LANGUAGE_WORDS.has(n) ||
      NOT_PLACES.has(n) ||
      EN_MONTH_ABBR.has(n) ||
      demonyms.has(n) ||
      EN_CUE_AFTER.has(n) ||
      !elsewhere(n)
    );
  };
  const known = (s: Span) => {
    const ws = toks.slice(s.t0, s.t1).map((t) => t.n);
    return (index.byFirst.get(ws[0]!) ?? []).some((p) => p.toks.join(' ') === ws.join(' '));
  };
  // A name the index has only for settlements, after "the", names no settlement ("the Kimberley").
  const settlementOnly = (s: Span) => {
    const ws = toks.slice(s.t0, s.t1).map((t) => t.n);
    return (index.byFirst.get(ws[0]!) ?? [])
      .filter((p) => p.toks.join(' ') === ws.join(' '))
      .every((p) =>
        p.entryIds.every((id) => {
          const kind = index.entries.get(id)?.kind;
          return !!kind && familyOf(kind) === 'settlement';
        }),
      );
  };
  const knownKeys = new Set<string>();
  const nameOk = (s: Span, afterThe = false) => {
    for (let t = s.t0; t < s.t1; t++) if (taken[t] || !wordOk(t)) return false;
    if (known(s) && !(afterThe && settlementOnly(s))) return false;
    const next = toks[s.t1];
    if (next) {
      const g = gap(s.t1);
      if (/^['’]/u.test(g)) return false;
      if (/^[\s-]+$/u.test(g) && (isUpper(nt.cps[next.start]) || EN_CUE_AFTER.has(next.n))) return false;
      // "X and the Y", "X for the Y": one longer name.
      const of = toks[s.t1 + (toks[s.t1 + 1]?.n === 'the' ? 2 : 1)];
      if (['for', 'of'].includes(next.n) && of && of !== next && isUpper(nt.cps[of.start])) return false;
      const after = toks[s.t1 + 2];
      if (next.n === 'and' && toks[s.t1 + 1]?.n === 'the' && after && isUpper(nt.cps[after.start]))
        return false;
    }
    const prev = toks[s.t0 - 1];
    if (prev && /^[\s-]+$/u.test(gap(s.t0)) && isUpper(nt.cps[prev.start]) && !taken[s.t0 - 1]) return false;
    return !personAfterTitle(nt, toks, s.t0) && !organisationAfterEn(nt, toks, s.t1, toks[s.t1 - 1]!.end);
  };

  // Every capitalised name of the text, and the ones a preposition of place opens (alone or in a list).
  const names = new Map<string, Span[]>();
  for (let t = 0; t < toks.length; t++) {
    if (taken[t] || !isUpper(nt.cps[toks[t]!.start])) continue;
    const [first] = namesAfterEn(nt, toks, taken, t, false);
    if (!first || first[0] !== t) continue;
    const s = { t0: first[0], t1: first[1] };
    if (nameOk(s, true)) {
      names.set(keyOf(s), [...(names.get(keyOf(s)) ?? []), s]);
      if (known(s)) knownKeys.add(keyOf(s));
    }
    t = first[1] - 1;
  }
  const placed = new Map<string, number>();
  const vouched = new Set<string>();
  for (let t = 1; t < toks.length; t++) {
    if (!LOCATIVES.has(toks[t - 1]!.n) || gap(t) !== ' ') continue;
    const list = namesAfterEn(nt, toks, taken, t, true);
    for (const [a, b] of list) {
      const s = { t0: a, t1: b };
      if (!nameOk(s)) continue;
      placed.set(keyOf(s), (placed.get(keyOf(s)) ?? 0) + 1);
      // "Road Town on Tortola": a place read right before the preposition.
      if (a === t && t > 1 && taken[t - 2] && gap(t - 1) === ' ') vouched.add(keyOf(s));
    }
  }
  for (const [key, n] of placed) if (n > 1) vouched.add(key);
  // "across the Visayas", "the hills of the Apennines": a plural name after "the" and a preposition of
  // place is a range or a group of islands; not a common word's plural ("the Volunteers").
  for (const [key, spans] of names)
    if (
      /s$/u.test(key) &&
      !knownKeys.has(key) &&
      !COMMON_EN.has(key.slice(0, -1)) &&
      !demonyms.has(key.slice(0, -1)) &&
      !PEOPLE_PLURAL.test(key) &&
      spans.some((s) => s.t0 > 1 && toks[s.t0 - 1]!.n === 'the' && THE_PLACES.has(toks[s.t0 - 2]!.n))
    )
      vouched.add(key);
  // "the X, a tributary of …", "the X burst its banks": a river, no region.
  const riverAfter = (s: Span) => {
    for (let t = s.t1; t < toks.length && t < s.t1 + 8; t++) {
      if (t > s.t1 && /[.\n]/u.test(gap(t))) return false;
      if (RIVER_WORDS.has(toks[t]!.n)) return true;
    }
    return false;
  };
  const endsPhrase = (t1: number) => {
    const next = toks[t1];
    if (!next) return true;
    const g = gap(t1);
    if (/^[,.;:)—–]/u.test(g.trim())) return true;
    return (
      /^\s+$/u.test(g) && !isUpper(nt.cps[next.start]) && (FOLLOWERS.has(next.n) || AFTER_NOUN.has(next.n))
    );
  };
  // Only a name the index has for far towns: the town's name says it is a place's, the article that
  // it is no town ("the Kremlin", "the Pentagon" are no towns' names).
  for (const [key, spans] of names) {
    if (!knownKeys.has(key)) continue;
    const the = spans.filter((s) => s.t0 > 0 && toks[s.t0 - 1]!.n === 'the');
    const ending = the.filter((s) => endsPhrase(s.t1));
    if (the.length > 1 && ending.length === the.length && !spans.some(riverAfter)) vouched.add(key);
  }
  // Joined with a place read, or with a name vouched for: "Adonara and Lembata", "Carriacou and X".
  // `pair`: joined by "and", one of a pair or a list's last two, not "X, Unit".
  const joined = (s: Span, ok: (t: number, pair: boolean) => boolean) => {
    const after = toks[s.t1];
    const before = s.t0 > 1 ? toks[s.t0 - 1] : undefined;
    return (
      (after?.n === 'and' && ok(s.t1 + 1, true)) ||
      (before?.n === 'and' && ok(s.t0 - 2, true)) ||
      (!!after && gap(s.t1).trim() === ',' && ok(s.t1, false)) ||
      (!!before && gap(s.t0).trim() === ',' && ok(s.t0 - 1, false))
    );
  };
  const kinds = new Map<string, PlaceKind>();
  const kindAt = (t: number): PlaceKind | undefined => {
    const m = places.find((x) => x.start <= toks[t]!.start && toks[t]!.end <= x.end);
    return m && (m.placeId ? index.entries.get(m.placeId)?.kind : m.kind);
  };
  const vouchedAt = (t: number) => {
    for (const key of vouched)
      for (const s of names.get(key) ?? []) if (s.t0 === t || s.t1 - 1 === t) return true;
    return false;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const key of placed.keys()) {
      if (vouched.has(key)) continue;
      const spans = names.get(key) ?? [];
      let with_: PlaceKind | undefined;
      const ok = (t: number, pair: boolean) => {
        if (vouchedAt(t)) return true;
        if (!taken[t]) return false;
        if (pair) with_ ??= kindAt(t);
        return true;
      };
      if (spans.some((s) => joined(s, ok))) {
        vouched.add(key);
        // "between Rakiraki and X": a name joined with a settlement is one.
        if (with_ && familyOf(with_) === 'settlement') kinds.set(key, with_);
        changed = true;
      }
    }
  }
  // "Talks between Grenada and X stalled; X said …": a name that speaks or fights is an actor.
  for (const key of vouched)
    if (
      (names.get(key) ?? []).some((s) => {
        const next = toks[s.t1];
        return !!next && gap(s.t1) === ' ' && (ACTOR_AFTER.has(next.n) || GROUP_WORDS.has(next.n));
      })
    )
      vouched.delete(key);
  if (!vouched.size) return [...out];
  const added: PlaceMatch[] = [];
  for (const key of vouched)
    for (const s of names.get(key) ?? []) {
      const start = toks[s.t0]!.start;
      const end = toks[s.t1 - 1]!.end;
      const name = text(start, end);
      added.push(
        unknownPlace({
          start,
          end,
          rule: 'locative-name',
          kind: kinds.get(key) ?? 'region',
          name,
          after: name,
          note: 'a name no source has that the text places (after "on", "across" or listed with places): place it on the map',
        }),
      );
    }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}
