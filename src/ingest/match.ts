/**
 * Place-name matching over a text: gazetteer names and organisation names, found in normalised
 * form (see normalize.ts) and reported at their original code-point offsets.
 *
 * - Arabic proclitics و ف ب ل ك and the article ال (and their combinations: وال، بال، لل، فال، وب،
 *   ول…) are stripped only when the rest is a known name; the span covers the name without the
 *   clitic (with its article, as written).
 * - All matches are collected, then claimed longest first: شمال شرقي سوريا before سوريا, and an
 *   organisation name (قوات سوريا الديمقراطية) claims its range so the place inside it is no mention.
 * - A cue word before the name (محافظة، مدينة، حي، معبر…; "… governorate", "city of …") joins the
 *   span and decides between readings; an ambiguous name keeps its candidates.
 * - A cue word followed by an unknown name proposes a place without geometry.
 * - A country or capital in a statement's subject position (أن واشنطن…, دعوات أمريكا, "Washington
 *   said") is proposed with role `actor`.
 * - Ranking between readings: a country before its minor GeoNames namesakes unless a cue says
 *   otherwise; a common word that is also a minor village, town or neighbourhood needs a word of
 *   place, a cue or nearness; a capital named like its country is the country unless a dateline,
 *   «العاصمة» or a city cue says city (`cityContext`, with the other reading guards in `match-guards.ts`). "Near" is graded: a country named once beside
 *   the article's focus vouches only for its cities, and a place is near a country only inside its
 *   box. Matching ignores Latin accents and hyphens (`normalize.ts`, shared with the atlas search).
 * - A foreign Arabic name may lack an inner alef (جاكرتا ~ جاكارتا, `withoutLongAlef`); a world name
 *   before a date is a word of time (ليل). A settlement a cue word introduces that the index does
 *   not know is looked up among GeoNames places in the article's countries (`cueNamedPlaces`):
 *   Arabic by the consonant key of a Latin-only name (`spelling-key.ts`), English among the villages
 *   the world index leaves out, near the article's places (`match-spelling.ts`, which also reads an
 *   Arabic name listed with a known settlement or after a preposition of place by its key, and an
 *   English one-word name after a preposition among the left-out villages).
 * - Physical geography is a cue (جزيرة، غابة، المحيط الهندي; "valley", "Ocean", "State"), an Arabic
 *   dual cue introduces two names (`match-plural.ts`), and a bare English subdivision name of the
 *   article's country is a region without geometry (`match-subdivisions.ts`, CLDR names) unless a
 *   world first-level unit (Natural Earth admin-1, with its label point) has it: a bare unit name is
 *   read only in a country the article names, a city of that name outranks it without a cue, a
 *   physical cue («وادي», "islands of") names no unit, and between namesake units the country named
 *   last before decides (`Anchors.recent`). What the
 *   other names say about where the article is lives in `match-anchors.ts`.
 * - A place inside an organisation's name is no mention («شرطة عمان»، «مجموعة مينسك», «بعثة … في
 *   ليبيا», "Japan Airlines", "Goma Volcano Observatory": `match-guards.ts`); a foreign Arabic name is
 *   never read with an article (`ARTICLE_COUNTRIES`: «السيول» is no Seoul); an English apposition
 *   says what an unknown name is ("Buhene, a neighbourhood on …", `match-apposition.ts`); a plural cue
 *   after "X and Y" names X too ("the Gayan and Barmal districts"); «ولاية X» in Oman is the town.
 */
import { personAfterTitle } from './match-person.ts';
import { idiomName } from './match-idiom.ts';
import { shortNames } from './match-short-name.ts';
import { appositiveNames } from './match-apposition.ts';
import { compoundNames } from './match-compound.ts';
import { namedAfterPluralCue, pluralCueAfterList, pluralCueLists } from './match-cue-lists.ts';
import { featureAnaphor } from './match-feature-anaphor.ts';
import { listedWithPlaces, routeEnds } from './match-lists.ts';
import {
  cueNamedPlaces,
  EN_PLACE_PREPOSITIONS,
  listedSpellings,
  englishSpellings,
} from './match-spelling.ts';
import { pluralLists } from './match-plural.ts';
import {
  acceptedWorld,
  anchorsAlone,
  anchorsOf,
  betterRead,
  doubtfulCountries,
  passingCountries,
} from './match-anchors.ts';
import { withoutVillageTails } from './match-village-tail.ts';
import { collectHits } from './match-hits.ts';
import { subdivisionNames } from './match-subdivisions.ts';
import { unitsNamedInText } from './match-units.ts';
import { actorContext } from './match-actor.ts';
import { cueAfterEn, cueBefore, unknownNames } from './match-context.ts';
import { laterOccurrences } from './match-later.ts';
import { worldRegions } from './match-world-regions.ts';
import { omaniWilayahTowns } from './match-wilayah.ts';
import { settledReadings } from './match-round12.ts';
import {
  acceptable,
  bareRiver,
  wellKnown,
  type Anchors,
  familyOf,
  adjacent,
  isUpper,
  nameTokens,
  rankCandidates,
  riverPoint,
  type Hit,
  type MatchIndex,
  type MatchRole,
  type Pattern,
  type PlaceMatch,
} from './match-index.ts';
import type { Cue } from './cues.ts';
import { LANGUAGE_WORDS } from './stop-words.ts';
import type { PlaceKind } from './types.ts';
import { campNames } from './match-camps.ts';
import { countryBeforeFacilityWord, insideLongerName, joinedName } from './match-inner-name.ts';
import { numberedRoads } from './match-roads.ts';
import { norm, normalise, tokens, type Normalised, type Token } from './normalize.ts';
import {
  cityContext,
  commonAtSentenceStart,
  commonNounRisk,
  indefiniteWord,
  organisationAfterEn,
  organisationPartEn,
  ownedName,
  timeBeforeDate,
  vesselName,
  wilayahOfTown,
} from './match-guards.ts';
import { unknownPlace } from './unknown-place.ts';

export {
  buildIndex,
  rankCandidates,
  splits,
  type MatchIndex,
  type MatchRole,
  type PlaceMatch,
} from './match-index.ts';

/** Options for {@link matchPlaces}. */
export interface MatchOptions {
  lang: 'ar' | 'en';
  /** Only spans inside these ranges are reported (the article body). Default: the whole text. */
  within?: readonly { start: number; end: number }[];
}

/** Every proposed place mention of `text`, in reading order, non-overlapping. */
export function matchPlaces(text: string, index: MatchIndex, options: MatchOptions): PlaceMatch[] {
  const nt = normalise(text);
  const toks = tokens(nt);
  const hits = collectHits(nt, toks, index, options.lang);
  // Longest first (words, then characters), bare words before clitic readings, then position.
  hits.sort(
    (a, b) =>
      b.t1 - b.t0 - (a.t1 - a.t0) ||
      b.end - b.start - (a.end - a.start) ||
      (a.clitic ? 1 : 0) - (b.clitic ? 1 : 0) ||
      a.start - b.start,
  );
  const taken = new Uint8Array(toks.length);
  const claimed: Hit[] = [];
  for (const h of hits) {
    let free = true;
    for (let t = h.t0; t < h.t1; t++) if (taken[t]) free = false;
    if (!free) continue;
    for (let t = h.t0; t < h.t1; t++) taken[t] = 1;
    claimed.push(h);
  }
  claimed.sort((a, b) => a.start - b.start);
  // "East Palestine, Ohio": a name that ends a left-out village's is not read alone (round 29).
  const kept = withoutVillageTails(claimed, nt, toks, index, options.lang);
  for (const h of claimed) if (!kept.includes(h)) for (let t = h.t0; t < h.t1; t++) taken[t] = 0;
  claimed.splice(0, claimed.length, ...kept);
  // A name read as nothing ("Sound" of "Puget Sound": Natural Earth's Øresund; a river's bare name)
  // names no place, so it must not say where the others are: read again without it when there is one.
  const read = (anchors: readonly Hit[]) =>
    readClaimed(claimed, anchors, nt, toks, index, options.lang, taken.slice());
  const first = read(claimed);
  const anchoring = claimed.filter((h) => !first.unread.has(h) || !anchorsAlone(h, index));
  let chosen = anchoring.length < claimed.length ? read(anchoring) : first;
  // "Georgia" beside Gulf Shores and Pensacola (round 30): a country named like another country's
  // unit must not place the article alone when the text reads better without it (`doubtfulCountries`).
  const doubtful = doubtfulCountries(anchoring, index);
  if (doubtful.size) chosen = betterRead(chosen, read(anchoring.filter((h) => !doubtful.has(h))));
  taken.set(chosen.taken);
  const { out } = chosen;
  if (options.lang === 'ar') out.splice(0, out.length, ...compoundNames(nt, toks, taken, out, index));
  const unknown = [
    ...numberedRoads(nt, toks, taken, options.lang),
    ...(options.lang === 'ar' ? campNames(nt, toks, taken) : []),
    ...worldRegions(nt, toks, taken, options.lang, index),
    ...unknownNames(nt, toks, taken, options.lang),
    ...(options.lang === 'ar'
      ? pluralLists(nt, toks, taken)
      : [
          ...appositiveNames(nt, toks, taken),
          ...listedWithPlaces(nt, toks, taken, out, (id) => index.entries.get(id)?.kind),
          ...routeEnds(
            nt,
            toks,
            taken,
            out,
            (id) => index.entries.get(id)?.kind,
            (w) => index.byFirst.has(w),
          ),
          ...subdivisionNames(nt, toks, taken, out, index),
        ]),
  ];
  out.push(...unknown);
  if (options.lang === 'ar') out.splice(0, out.length, ...omaniWilayahTowns(nt, out, index));
  if (options.lang === 'en') {
    const kindOf = (id: string) => index.entries.get(id)?.kind;
    out.splice(0, out.length, ...pluralCueLists(nt, toks, taken, out, kindOf));
    out.splice(0, out.length, ...namedAfterPluralCue(nt, toks, taken, out, kindOf));
  }
  out.push(
    ...laterOccurrences(nt, toks, taken, [...unknown, ...out.filter((m) => m.placeId === null || m.after)]),
  );
  out.push(
    ...(options.lang === 'ar'
      ? listedSpellings(nt, toks, taken, out, index)
      : englishSpellings(nt, toks, taken, out, index)),
  );
  out.splice(0, out.length, ...cueNamedPlaces(out, index, options.lang));
  out.splice(0, out.length, ...shortNames(nt, unitsNamedInText(nt, out, index), index));
  out.splice(0, out.length, ...settledReadings(nt, toks, out, index, options.lang));
  out.sort((a, b) => a.start - b.start);
  const within = options.within;
  return within ? out.filter((m) => within.some((r) => r.start <= m.start && m.end <= r.end)) : out;
}

/**
 * The claimed hits read in order, each seen from the places of `anchoring` (the claimed hits, or
 * those left when some were read as nothing); `taken` is freed where a hit was read as nothing.
 */
function readClaimed(
  claimed: readonly Hit[],
  anchoring: readonly Hit[],
  nt: Normalised,
  toks: Token[],
  index: MatchIndex,
  lang: 'ar' | 'en',
  taken: Uint8Array,
): { out: PlaceMatch[]; unread: Set<Hit>; taken: Uint8Array } {
  const out: PlaceMatch[] = [];
  const unread = new Set<Hit>();
  const passing = passingCountries(anchoring, index);
  const accepted = acceptedWorld(anchoring, index, passing, { nt, toks, lang });
  // A name first read as a river named like a town ("the Sekong river"): later on its own after "the"
  // ("The Sekong joins …") it is that river, not the town.
  const rivers = new Map<Pattern, PlaceMatch>();
  for (const h of claimed) {
    const anchors = anchorsOf(anchoring, h, index, accepted, passing);
    let m = toMatch(h, nt, toks, index, lang, taken, anchors);
    const river = rivers.get(h.pattern);
    if (m && m.placeId !== null && river && lang === 'en' && toks[h.t0 - 1]?.n === 'the')
      m = {
        ...river,
        start: m.start,
        end: m.end,
        rule: 'same-name-later',
        note: `the same name as "${river.name}" earlier in the text`,
      };
    else if (m && m.placeId === null && m.kind === 'river' && !rivers.has(h.pattern))
      rivers.set(h.pattern, m);
    // A world river's bare name (indexed only when nothing else has it) is read only in English right
    // after "the" ("on the Mekong"); read with its cue ("the Sava River"), later "the Sava" on its own is
    // that river (`laterOccurrences`).
    const entry = m?.placeId ? index.entries.get(m.placeId) : undefined;
    const bare = entry ? bareRiver(entry) : null;
    if (m && bare) {
      const read = nameTokens(nt.cps.slice(m.start, m.end).join(''));
      if (read.join(' ') !== nameTokens(bare).join(' ')) m = { ...m, after: bare };
      else if (lang !== 'en' || toks[h.t0 - 1]?.n !== 'the') m = null;
    }
    if (m) out.push(m);
    else if (!h.pattern.org) {
      for (let t = h.t0; t < h.t1; t++) taken[t] = 0;
      unread.add(h);
    }
  }
  return { out, unread, taken };
}

/** Kinds of place that hold settlements: their cue after a name outranks a settlement cue before it. */
const LARGER_UNITS = new Set<PlaceKind>(['governorate', 'district', 'region']);

function toMatch(
  h: Hit,
  nt: Normalised,
  toks: Token[],
  index: MatchIndex,
  lang: 'ar' | 'en',
  taken: Uint8Array,
  anchors: Anchors,
): PlaceMatch | null {
  const p = h.pattern;
  if (p.org) {
    const inner = p.org.inner;
    if (!inner) return null;
    const span = nt.cps.slice(h.start, h.end).join('');
    const at = innerOffset(span, inner.exact);
    if (at < 0) return null;
    return {
      start: h.start + at,
      end: h.start + at + Array.from(inner.exact).length,
      placeId: inner.placeId,
      role: 'name-part',
      rule: 'organisation-name',
      candidates: [inner.placeId],
      note: `inside the name ${p.org.names[0]} (${p.org.why})`,
    };
  }
  let start = h.start;
  let end = h.end;
  const rules: string[] = [h.clitic ? `clitic:${h.clitic}` : 'name'];
  let cue: Cue | undefined;
  let cueTok = -1;
  // "the Thai company", "a Lao state enterprise": a language's or a people's name, unless a
  // preposition of place says otherwise; a cue word after it names no place either.
  const langWord =
    lang === 'en' &&
    h.t1 - h.t0 === 1 &&
    LANGUAGE_WORDS.has(toks[h.t0]!.n) &&
    !EN_PLACE_PREPOSITIONS.has(toks[h.t0 - 1]?.n ?? '');
  let before = cueBefore(nt, toks, h.t0, h.start, lang);
  // "the main city of Champasak province": a cue of a larger unit right after the name wins over a
  // settlement cue before it, which describes the place named before ("Pakse, the city of …").
  if (before && lang === 'en' && familyOf(before.cue.kind) === 'settlement') {
    const after = cueAfterEn(nt, toks, h.t1, h.end);
    if (after && !taken[after.t] && LARGER_UNITS.has(after.cue.kind)) before = null;
  }
  // "the Gayan and Barmal districts": the plural cue after the list names this one too.
  const listCue = lang === 'en' && !before ? pluralCueAfterList(nt, toks, h.t1, h.end) : null;
  if (listCue) {
    cue = listCue;
    rules.push('plural-cue-after-list');
  } else if (before && !taken[before.t] && (before.gap === undefined || !taken[before.gap])) {
    cue = before.cue;
    start = before.start;
    taken[before.t] = 1;
    if (before.gap !== undefined) taken[before.gap] = 1;
    cueTok = before.t;
    rules.push('cue-before');
  } else if (lang === 'en' && !langWord) {
    const after = cueAfterEn(nt, toks, h.t1, h.end);
    const kinds = p.entryIds.map((id) => index.entries.get(id)?.kind);
    if (after && !taken[after.t] && !countryBeforeFacilityWord(nt, toks[after.t]!, after.cue.kind, kinds)) {
      cue = after.cue;
      end = after.end;
      taken[after.t] = 1;
      cueTok = after.t;
      rules.push('cue-after');
    }
  }
  // "Volodymyr Zelensky", "Hassan Nasrallah": a one-word world name right before another capitalised
  // word is a person's first name, not the town.
  const next = toks[h.t1];
  const personName =
    lang === 'en' &&
    !cue &&
    h.t1 - h.t0 === 1 &&
    !!next &&
    !taken[h.t1] &&
    adjacent(nt.cps, h.end, next.start) &&
    isUpper(nt.cps[next.start]);
  if (lang === 'en' && !cue && (vesselName(nt, toks, h.t0) || personAfterTitle(nt, toks, h.t0))) return null;
  if (lang === 'en' && (organisationAfterEn(nt, toks, h.t1, h.end) || organisationPartEn(nt, toks, h)))
    return null;
  if (
    lang === 'ar' &&
    (indefiniteWord(nt, h) ||
      ownedName(nt, toks, h) ||
      featureAnaphor(toks, h) ||
      idiomName(toks, h.t0, h.t1))
  )
    return null;
  const languageWord = langWord && !cue;
  const startWord = lang === 'en' && !cue && commonAtSentenceStart(nt, toks, h);
  const innerWord = lang === 'en' && (cue ? joinedName(nt, toks, h) : insideLongerName(nt, toks, h));
  const candidates = rankCandidates(
    p.entryIds.filter((id) => {
      const e = index.entries.get(id);
      return (
        !!e &&
        acceptable(e, anchors, cue) &&
        !(personName && e.world) &&
        !(languageWord && e.kind !== 'country') &&
        !(startWord && e.kind !== 'country' && !wellKnown(e)) &&
        !(innerWord && e.kind !== 'country')
      );
    }),
    index,
    cue,
    anchors,
    !cue && cityContext(nt, toks, h, lang),
  );
  const placeId = candidates[0] ?? null;
  if (!placeId) {
    if (cueTok >= 0) taken[cueTok] = 0;
    if (before?.gap !== undefined && cue) taken[before.gap] = 0;
    return null;
  }
  const entry = index.entries.get(placeId)!;
  if (lang === 'ar' && !cue && (commonNounRisk(entry, h, nt, toks) || timeBeforeDate(entry, h, nt, toks)))
    return null;
  // The cue names another kind of place after this one (مخيم الهول, سجن الحسكة, ولاية هاتاي,
  // "University of Mosul", "Hawija district"): a place to put on the map, not the town it is named
  // after. A crossing named after a town (معبر فيشخابور) is that town, as reviewed, unless `ownPlace`.
  const crossingAtTown = cue?.kind === 'crossing' && !cue.ownPlace && familyOf(entry.kind) === 'settlement';
  const townWilayah = cueTok >= 0 && wilayahOfTown(toks[cueTok]!, entry);
  // "the suburbs of Redcliffs and Sumner", "the suburb of Pétion-Ville": a town the gazetteer knows
  // is the suburb.
  const suburbTown = lang === 'en' && cue?.kind === 'neighbourhood' && familyOf(entry.kind) === 'settlement';
  if (suburbTown) [start, end] = [h.start, h.end];
  // A physical-geography cue before an administrative unit's name («وادي فرغانة», "the islands of
  // Cebu") names the valley or the island, not the unit.
  const otherKind =
    !!cue && (familyOf(cue.kind) !== familyOf(entry.kind) || (!!cue.physical && entry.kind !== 'region'));
  if (cue && !cue.countryside && !crossingAtTown && !townWilayah && !suburbTown && otherKind) {
    const name = nt.cps.slice(start, end).join('');
    return unknownPlace({
      start,
      end,
      rule: `cue-other-kind ${rules.join(' ')}`,
      kind: cue.kind,
      name,
      after: nt.cps.slice(h.start, h.end).join(''),
      namedAfter: entry.id,
      note: `the cue word names a ${cue.kind} named after ${entry.names.en[0] ?? entry.id} (${entry.id}): place it on the map`,
    });
  }
  const notes: string[] = [];
  if (townWilayah) {
    rules.push('wilayah-town');
    notes.push('an Omani wilayah is the district of the town it is named after: the town is proposed');
  }
  if (candidates.length > 1) {
    rules.push('ambiguous');
    notes.push(`could also be ${candidates.slice(1).join(', ')}`);
  }
  if (cue?.countryside)
    notes.push(
      'the area around the place (its countryside or coast), not the place itself: consider a district or area',
    );
  let role: MatchRole = 'place';
  if (entry.actor) {
    const why = actorContext(nt, toks, h, lang);
    if (why) {
      role = 'actor';
      rules.push(why);
      notes.push('the name may stand for a government');
    }
  }
  // A river is placed where the article is, on its line (the Mekong in Laos, not its middle in Yunnan).
  const at = riverPoint(entry, anchors);
  return {
    start,
    end,
    placeId,
    role,
    rule: rules.join(' '),
    candidates,
    ...(notes.length ? { note: notes.join('; ') } : {}),
    ...(at ? { at } : {}),
  };
}

/** Offset (code points) of `exact` in `span`, compared in normalised form; -1 if absent. */
function innerOffset(span: string, exact: string): number {
  const ns = normalise(span);
  const ne = norm(exact);
  const at = ns.chars.join('').indexOf(ne);
  return at < 0 ? -1 : ns.map[at]!;
}
