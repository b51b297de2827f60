/**
 * A place no source has, written bare (issue 18, round 24): the text says it is a place by where the
 * name stands, and says its kind elsewhere. In Kenya "In Iten, a county town perched above the valley,
 * …", in Mexico "officials in Tlalmanalco, the municipality at the foot of the volcano", in Romania
 * "Storms hit Baia Mare, Sapanta and Vadu Izei … torn off in Sapanta". Proposed without geometry.
 *
 * Triggers (English): a name right after a preposition of place (`BARE_PREPOSITIONS`: "in" alone is
 * noisy, "in March", "in Parliament", but its object must pass the guards and have a kind) or a
 * dateline's first word in capitals, before a comma and a place the matcher read ("OSO, Washington —").
 * Its kind: the noun of an apposition after any of its mentions ("X, a sub-district north of …", "X,
 * one of the city's largest townships"; after a pair, a plural: "X and Y, hillside towns"), a cue word
 * for a unit or a settlement after one ("X district"), or the kind of a settlement read or proposed
 * in a list with it ("Baia Mare, Sapanta and Vadu Izei", whose other names follow), or of a name the
 * list holds whose kind the text gives. A name the text gives no kind is not proposed: measured on the bench, a guessed "town" was
 * mostly the wrong kind (villages, townships, islands). Every other mention of a proposed name follows,
 * before as after.
 * Guards: one to three capitalised words, no acronym (but a dateline's), none a common English word, a
 * language's name, a month, a weekday, a country's demonym or a cue word, none a name the world index
 * has for anything but a settlement or a river's bare name ("Kentucky" is the state), none right after a
 * person's title, none opening an organisation's name, no possessive; the name ends its phrase
 * (punctuation, or a word that closes it: "Iten residents" is a modifier); an apposition's noun ends
 * its head ("Achieng, a town councillor" is a person).
 */
import { EN_CUE_AFTER, EN_STOP } from './cues.ts';
import { AFTER_NOUN, APPOSITION_NOUNS } from './match-apposition.ts';
import { COMMON_EN, organisationAfterEn } from './match-guards.ts';
import { demonymCountries } from './match-hyphen-compound.ts';
import { familyOf, isUpper, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { NOT_PLACES } from './match-lists.ts';
import { personAfterTitle } from './match-person.ts';
import type { Normalised, Token } from './normalize.ts';
import { LANGUAGE_WORDS } from './stop-words.ts';
import type { PlaceKind } from './types.ts';
import { unknownPlace } from './unknown-place.ts';
import { gapBefore, spanKey, type Span } from './token-spans.ts';

/**
 * Prepositions whose capitalised, unknown object may be a place. Measured on the bench's 34 sets with
 * the kind required: each of these added right proposals only ("of" reads "the districts of Rubavu").
 */
const BARE_PREPOSITIONS = new Set([
  'in',
  'near',
  'through',
  'outside',
  'from',
  'at',
  'to',
  'around',
  'into',
  'across',
  'between',
  'beyond',
  'past',
  'towards',
  'toward',
  'inside',
  'via',
  'of',
]);

/**
 * The apposition's nouns, and one more for a name the text places: "Pulga, a small community by the
 * river" (a community on its own may be a city's neighbourhood: "Breezy Point, a beachfront community").
 */
const KIND_NOUNS = new Map<string, PlaceKind>([...APPOSITION_NOUNS, ['community', 'village']]);

const MAX_WORDS = 3;

/** Lower-case words after a bare name that close it: verbs, prepositions, conjunctions. */
const FOLLOWERS = new Set([
  ...AFTER_NOUN,
  'and',
  'or',
  'but',
  'to',
  'from',
  'for',
  'after',
  'before',
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'have',
  'said',
  'as',
  'when',
  'while',
  'who',
]);

export function bareUnknownNames(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const text = (a: number, b: number) => nt.cps.slice(a, b).join('');
  const gap = (t: number) => gapBefore(nt, toks, t);
  const keyOf = (s: Span) => spanKey(toks, s);
  const demonyms = demonymCountries(index);
  const added: PlaceMatch[] = [];
  const free = (s: Span) =>
    ![...out, ...added].some((m) => m.start < toks[s.t1 - 1]!.end && toks[s.t0]!.start < m.end);
  // A word the world index has as a name, left unread here: only a namesake settlement far away, or a
  // river's bare name (read only after "the": "Waiau" is a river too) may be a place of its own; a state
  // ("Kentucky") is no unknown place. A longer name ("Kentucky River") says nothing of the word alone.
  const elsewhere = (n: string) =>
    (index.byFirst.get(n) ?? []).every(
      (p) =>
        p.toks.length > 1 ||
        p.entryIds.every((id) => {
          const kind = index.entries.get(id)?.kind;
          return !!kind && (familyOf(kind) === 'settlement' || kind === 'river');
        }),
    );
  const wordOk = (t: number, caps: boolean) => {
    const w = toks[t]!;
    const word = text(w.start, w.end);
    if (!isUpper(word[0]) || (!caps && word.length > 1 && word === word.toUpperCase())) return false;
    const n = w.n;
    return !(
      EN_STOP.has(n) ||
      COMMON_EN.has(n) ||
      LANGUAGE_WORDS.has(n) ||
      NOT_PLACES.has(n) ||
      demonyms.has(n) ||
      !elsewhere(n) ||
      EN_CUE_AFTER.has(n)
    );
  };
  /** The end (exclusive) of the name at `t`, or `t` for none. */
  const nameAt = (t: number, caps = false): number => {
    let e = t;
    while (e < toks.length && e < t + MAX_WORDS && wordOk(e, caps) && (e === t || /^[ -]$/u.test(gap(e))))
      e++;
    return e;
  };
  const ends = (e: number) => {
    const next = toks[e];
    if (!next) return true;
    const g = gap(e);
    if (/^['’]/u.test(g)) return false;
    if (/^[,.;:)—–]/u.test(g.trim())) return true;
    return /^\s+$/u.test(g) && !isUpper(nt.cps[next.start]) && FOLLOWERS.has(next.n);
  };
  const guarded = (s: Span) =>
    !free(s) || personAfterTitle(nt, toks, s.t0) || organisationAfterEn(nt, toks, s.t1, toks[s.t1 - 1]!.end);
  const settlementKind = (t: number): { kind: PlaceKind; end: number } | undefined => {
    // A place the matcher read, or one it proposed with its kind ("Culverden, a farming town").
    const m = out.find((x) => x.role === 'place' && x.start === toks[t]?.start);
    const kind = m && (m.placeId ? index.entries.get(m.placeId)?.kind : m.kind);
    if (!m || !kind || familyOf(kind) !== 'settlement') return undefined;
    let e = t;
    while (e < toks.length && toks[e]!.start < m.end) e++;
    return { kind, end: e };
  };

  // Where the text places a name: after a preposition of place, or opening a dateline.
  const placed: Span[] = [];
  for (let t = 0; t < toks.length; t++) {
    if (t === 0 || /\n\s*$/u.test(gap(t))) {
      const e = nameAt(t, true);
      const w = e > t ? text(toks[t]!.start, toks[e - 1]!.end) : '';
      if (e > t && w === w.toUpperCase() && e < toks.length && gap(e) === ', ' && settlementOrUnit(e)) {
        placed.push({ t0: t, t1: e });
        continue;
      }
    }
    const prev = toks[t - 1];
    if (!prev || !BARE_PREPOSITIONS.has(prev.n) || gap(t) !== ' ') continue;
    const e = nameAt(t);
    if (e === t || !ends(e) || guarded({ t0: t, t1: e })) continue;
    placed.push({ t0: t, t1: e });
    t = e - 1;
  }
  function settlementOrUnit(t: number) {
    return out.some((m) => m.placeId && m.start === toks[t]!.start);
  }
  if (!placed.length) return [...out];

  /** The other name of a pair "X and Y" the name at `o` opens or closes. */
  const pairWith = (o: Span): Span | undefined => {
    if (toks[o.t1]?.n === 'and' && gap(o.t1) === ' ' && gap(o.t1 + 1) === ' ') {
      const e = nameAt(o.t1 + 1);
      return e > o.t1 + 1 ? { t0: o.t1 + 1, t1: e } : undefined;
    }
    if (o.t0 < 2 || toks[o.t0 - 1]!.n !== 'and' || gap(o.t0) !== ' ' || gap(o.t0 - 1) !== ' ')
      return undefined;
    let b = o.t0 - 2;
    while (b > 0 && o.t0 - 1 - b < MAX_WORDS && gap(b) === ' ' && nameAt(b - 1) === o.t0 - 1) b--;
    return nameAt(b) === o.t0 - 1 ? { t0: b, t1: o.t0 - 1 } : undefined;
  };
  // The lists of names, some with a settlement the matcher read: "Baia Mare, Sapanta and Vadu Izei".
  const lists = listsWithSettlements(toks, gap, nameAt, settlementKind);
  const kinds = new Map<string, { kind: PlaceKind; why: string }>();
  const names = new Map<string, Span[]>();
  for (let t = 0; t < toks.length; t++) {
    const e = nameAt(t, true);
    if (e === t) continue;
    const key = keyOf({ t0: t, t1: e });
    names.set(key, [...(names.get(key) ?? []), { t0: t, t1: e }]);
    t = e - 1;
  }
  for (const s of placed) {
    const key = keyOf(s);
    if (kinds.has(key)) continue;
    for (const o of names.get(key) ?? []) {
      const k = appositionKind(nt, toks, o.t1) ?? cueAfter(toks, gap, o.t1);
      if (k) {
        kinds.set(key, k);
        break;
      }
      // "Mundakkai and Chooralmala, tea-estate villages": a plural apposition after a pair names both.
      const other = pairWith(o);
      const both = other && appositionKind(nt, toks, Math.max(o.t1, other.t1), true);
      if (other && both) {
        kinds.set(key, both);
        kinds.set(keyOf(other), both);
        if (!guarded(other)) placed.push(other);
        break;
      }
    }
    const list = !kinds.has(key) && lists.find((l) => l.kind && l.names.some((n) => keyOf(n) === key));
    if (list)
      for (const n of list.names) kinds.set(keyOf(n), { kind: list.kind!, why: 'listed with a settlement' });
  }
  // "the districts of Rubavu, Nyabihu and Karongi … in Rubavu district": names listed with one whose
  // kind the text gives share it.
  for (const l of lists) {
    const k = l.kind ? undefined : l.names.map((n) => kinds.get(keyOf(n))).find((x) => x);
    if (k)
      for (const n of l.names)
        if (!kinds.has(keyOf(n))) kinds.set(keyOf(n), { kind: k.kind, why: `listed with a ${k.kind}` });
  }
  const push = (s: Span, rule: string, note: string) => {
    const start = toks[s.t0]!.start;
    const end = toks[s.t1 - 1]!.end;
    const name = text(start, end);
    const k = kinds.get(keyOf(s))!;
    added.push(
      unknownPlace({
        start,
        end,
        rule,
        kind: k.kind,
        name,
        after: name,
        note: `${note}; ${k.why} says it is a ${k.kind}: place it on the map`,
      }),
    );
  };
  for (const s of placed)
    if (kinds.has(keyOf(s)) && !guarded(s))
      push(s, 'bare-unknown-name', 'where the name stands says it is a place');
  // Every other mention of a proposed name, before as after, not after "the" (a named feature) and
  // not followed by a capitalised word or a cue word (a longer name).
  const proposed = new Set(
    added.map((m) =>
      keyOf({
        t0: toks.findIndex((t) => t.start === m.start),
        t1: toks.findIndex((t) => t.end === m.end) + 1,
      }),
    ),
  );
  for (const key of proposed)
    for (const s of names.get(key) ?? []) {
      if (guarded(s) || toks[s.t0 - 1]?.n === 'the') continue;
      const next = toks[s.t1];
      if (next && /^\s+$/u.test(gap(s.t1)) && (isUpper(nt.cps[next.start]) || EN_CUE_AFTER.has(next.n)))
        continue;
      if (next && /^['’]/u.test(gap(s.t1))) continue;
      push(s, 'bare-unknown-name same-name', 'the same name as one the text places');
    }
  for (const l of lists)
    if (l.names.some((n) => proposed.has(keyOf(n))))
      for (const n of l.names)
        if (!guarded(n) && kinds.has(keyOf(n))) push(n, 'bare-unknown-name listed', 'listed with places');
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The kind an apposition after the name at `t1` says: ", a county town wedged …", ", the municipality
 * in …", ", one of the country's largest townships": the last place noun among the next few words,
 * ending the apposition's head.
 */
function appositionKind(
  nt: Normalised,
  toks: readonly Token[],
  t1: number,
  pair = false,
): { kind: PlaceKind; why: string } | undefined {
  const gap = (t: number) => gapBefore(nt, toks, t);
  if (t1 >= toks.length || gap(t1) !== ', ') return undefined;
  let k = t1;
  if (toks[k]?.n === 'one' && toks[k + 1]?.n === 'of') k += 2;
  // After a pair ("X and Y, tea-estate villages in …") the plural needs no article.
  if (!['a', 'an', 'the'].includes(toks[k]?.n ?? '')) {
    if (!pair) return undefined;
    k = t1 - 1;
  }
  const found = headKind(nt, toks, k);
  return !pair || found?.plural ? found : undefined;
}

/** The place noun that ends an apposition's head, in the few words after token `k`. */
function headKind(
  nt: Normalised,
  toks: readonly Token[],
  k: number,
): { kind: PlaceKind; why: string; plural: boolean } | undefined {
  const gap = (t: number) => gapBefore(nt, toks, t);
  let found: { kind: PlaceKind; why: string; plural: boolean } | undefined;
  for (let j = k + 1; j < toks.length && j <= k + 4; j++) {
    const g = j === k + 1 ? ' ' : gap(j);
    // "the city's largest townships": a noun before "'s" owns the next one.
    if (/^['’]s\s+$/u.test(g)) found = undefined;
    else if (g !== ' ' && g !== '-') break;
    if (isUpper(nt.cps[toks[j]!.start])) return undefined;
    const n = toks[j]!.n;
    const kind = KIND_NOUNS.get(n) ?? KIND_NOUNS.get(n.replace(/s$/u, ''));
    if (kind) found = { kind, why: `"${n}" in an apposition after it`, plural: !KIND_NOUNS.has(n) };
    else if (found) {
      const ends = AFTER_NOUN.has(n) || /ed$/u.test(n) || ['where', 'who'].includes(n);
      return ends ? found : undefined;
    }
  }
  return found;
}

/** The kinds a cue word after a name gives the name alone: a unit's or a settlement's. */
const OWN_KINDS = new Set<PlaceKind>(['district', 'governorate', 'city', 'town', 'village', 'neighbourhood']);

/** "Rubavu district": a cue word for a proposed kind right after a mention. */
function cueAfter(
  toks: readonly Token[],
  gap: (t: number) => string,
  t1: number,
): { kind: PlaceKind; why: string } | undefined {
  const cue = t1 < toks.length && gap(t1) === ' ' ? EN_CUE_AFTER.get(toks[t1]!.n) : undefined;
  // "Waiau River", "Kaptagat Road", "Oso Airport" name another place after this one.
  const own = cue && cue.proposes && !cue.physical && OWN_KINDS.has(cue.kind);
  return own ? { kind: cue.kind, why: `"${toks[t1]!.n}" after it` } : undefined;
}

/**
 * Lists of three or more names joined by ", " and a last "and", with the kind of the first settlement
 * among them the matcher read or proposed, if any.
 */
function listsWithSettlements(
  toks: readonly Token[],
  gap: (t: number) => string,
  nameAt: (t: number) => number,
  settlementKind: (t: number) => { kind: PlaceKind; end: number } | undefined,
): { kind?: PlaceKind; names: Span[] }[] {
  const lists: { kind?: PlaceKind; names: Span[] }[] = [];
  for (let t = 0; t < toks.length; t++) {
    const names: Span[] = [];
    const known: PlaceKind[] = [];
    let i = t;
    let end = t;
    for (;;) {
      const s = settlementKind(i);
      const e = s ? s.end : nameAt(i);
      if (e <= i) break;
      if (s) known.push(s.kind);
      else names.push({ t0: i, t1: e });
      end = e;
      if (e >= toks.length) break;
      if (gap(e) === ', ') i = e;
      else if (/^,? $/u.test(gap(e)) && toks[e]!.n === 'and' && e + 1 < toks.length && gap(e + 1) === ' ') {
        const s2 = settlementKind(e + 1);
        const e2 = s2 ? s2.end : nameAt(e + 1);
        if (e2 > e + 1) {
          if (s2) known.push(s2.kind);
          else names.push({ t0: e + 1, t1: e2 });
          end = e2;
          if (known.length + names.length >= 3 && names.length) lists.push({ kind: known[0], names });
        }
        break;
      } else break;
    }
    t = Math.max(t, end - 1);
  }
  return lists;
}
