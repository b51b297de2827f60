/**
 * Places the index knows under another spelling (split from match.ts): a settlement's name a cue word
 * introduced (`cueNamedPlaces`), or an Arabic name listed with a settlement the index knows
 * (`listedSpellings`), looked up among GeoNames places in the article's countries: Arabic by the
 * consonant key of a Latin-only name (`spelling-key.ts`), English among the villages the world index
 * leaves out.
 */
import { arabicCommonNoun, definiteWords } from './match-common-noun.ts';
import { idiomName } from './match-idiom.ts';
import { km } from './gazetteer.ts';
import { AR_STOP, EN_STOP } from './cues.ts';
import { COMMON_EN } from './match-guards.ts';
import { cueReadsTown, townFits } from './match-quarter-towns.ts';
import {
  ARABIC,
  ARTICLE,
  isUpper,
  splits,
  villageNamed,
  type MatchIndex,
  type PlaceMatch,
} from './match-index.ts';
import { norm, written, type Normalised, type Token } from './normalize.ts';
import {
  arabicKey,
  arabicKeys,
  consonants,
  heardOr,
  latinKey,
  latinKeysOf,
  spelledConsonants,
} from './spelling-key.ts';
import type { GazetteerEntry } from './types.ts';

const SETTLEMENT = new Set(['city', 'town', 'village']);

/** A cue-introduced Arabic name with a key of two consonants is read only among places this large. */
const SHORT_KEY_POPULATION = 10_000;

/** A village the world index leaves out is read only this near (km) one of the article's places. */
const VILLAGE_KM = 60;

/**
 * A settlement's name a cue word introduced that the index does not know, found among GeoNames
 * places in a country of the article's other places, the nearest to them first; its later
 * occurrences follow. Arabic (بلدة شيبوك): a place with no Arabic name whose Latin name has the same
 * consonant key (Chibok, `spelling-key.ts`); the article's spelling stays the text and the note asks
 * for a check. English ("the village of Schuld"): a village the world index leaves out, of that
 * exact name, within `VILLAGE_KM` of the article's places.
 */
export function cueNamedPlaces(
  ms: readonly PlaceMatch[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): PlaceMatch[] {
  const known = ms.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)!] : []));
  const countries = new Set(known.flatMap((e) => (e.country ? [e.country] : [])));
  const points = known.filter((e) => e.kind !== 'country').map((e) => e.point);
  const dist = (e: GazetteerEntry) => Math.min(Infinity, ...points.map((p) => km(p, e.point)));
  const named = new Set(known.flatMap((e) => (e.kind === 'country' && e.country ? [e.country] : [])));
  const lookup = (after: string, kind: string): readonly GazetteerEntry[] => {
    if (lang === 'en') return villageNamed(index, norm(after)).filter((e) => dist(e) <= VILLAGE_KM);
    const key = arabicKey(after.replace(/^و/u, ''));
    if (consonants(key) >= 3) {
      const ids = arabicKeys(after.replace(/^و/u, '')).flatMap((k) => index.byLatinKey.get(k) ?? []);
      return [...new Set(ids)].map((id) => index.entries.get(id)!);
    }
    // A short key («بيرا», Beira; «رغاية», Reghaïa) matches too much: only the one place of 10,000
    // or more of that key in the countries the article names, when it has no Arabic name and lies
    // within `KEY_KM` of the article's places, after a city or town cue.
    if (consonants(key) < 2 || kind === 'village') return [];
    // A smaller place only when its letters agree one for one, three or more («بيبياني», Bibiani).
    const letters = spelledConsonants(after.replace(/^و/u, ''));
    const agrees = (e: GazetteerEntry) =>
      letters.length >= 3 && e.names.en.slice(0, 1).some((n) => spelledConsonants(n) === letters);
    const keep = (e: GazetteerEntry) =>
      ((e.population ?? 0) >= SHORT_KEY_POPULATION || agrees(e)) && !!e.country && named.has(e.country);
    const all = heardOr([latinKeyed(index, key), index.entries, key], keep);
    const e = all.length === 1 ? all[0]! : undefined;
    return e && !e.names.ar.length && (points.length === 0 || dist(e) <= KEY_KM) ? [e] : [];
  };
  return ms.map((m) => {
    if (m.placeId !== null || !m.after || !m.kind || !cueReadsTown(m, lang)) return m;
    const found = lookup(m.after, m.kind)
      .filter((e) => e.country && countries.has(e.country) && townFits(m, e))
      .sort((a, b) => dist(a) - dist(b));
    for (const e of found) index.entries.set(e.id, e);
    const candidates = found.map((e) => e.id);
    if (!candidates.length) return m;
    const en = index.entries.get(candidates[0]!)!.names.en[0];
    return {
      start: m.start,
      end: m.end,
      role: m.role,
      placeId: candidates[0]!,
      rule: `${m.rule} ${lang === 'ar' ? 'latin-spelling' : 'geonames-village'}`,
      candidates,
      note:
        lang === 'ar'
          ? `GeoNames gives ${en} no Arabic name in the article's spelling; the spelling matches its Latin name: check it`
          : `a GeoNames village near the article's places`,
    };
  });
}

/** Arabic prepositions of place and words of direction: the word after them may be a place's name. */
export const AR_PLACE_PREPOSITIONS = new Set(
  [
    ...['في', 'من', 'إلى', 'الى', 'قرب', 'نحو', 'عند', 'بين', 'باتجاه', 'داخل', 'حول'],
    // Words of direction: «شرق خاركيف».
    ...['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي'],
  ].map(norm),
);

/**
 * The words after a preposition of place, each with the clitic length to skip: the word right after
 * it, and the words listed after that one with «و» («من نونغوي ومكوكوتوني», round 14), known or not.
 */
function afterPreposition(
  toks: readonly Token[],
  taken: Uint8Array,
  joined: (prev: Token, t: Token) => boolean,
): Map<number, number> {
  const out = new Map<number, number>();
  for (let t = 1; t < toks.length; t++) {
    if (!AR_PLACE_PREPOSITIONS.has(toks[t - 1]!.n)) continue;
    out.set(t, 0);
    for (
      let u = t + 1;
      u < toks.length && joined(toks[u - 1]!, toks[u]!) && /^و(?=...)/u.test(toks[u]!.n);
      u++
    )
      if (!taken[u]) out.set(u, 1);
  }
  return out;
}

/**
 * The nearest settlement spelled by `key` in a country the article names, or in a country of its
 * places within `maxKm` (by `dist`, the distance to the article's places).
 */
function nearestKeyed(
  index: MatchIndex,
  key: string,
  where: { named: ReadonlySet<string>; countries: ReadonlySet<string> },
  dist: (e: GazetteerEntry) => number,
  maxKm: number,
): GazetteerEntry | undefined {
  return latinKeyed(index, key)
    .filter(
      (x) =>
        SETTLEMENT.has(x.kind) &&
        !!x.country &&
        (where.named.has(x.country) || (where.countries.has(x.country) && dist(x) <= maxKm)),
    )
    .sort((a, b) => dist(a) - dist(b))[0];
}

export function latinKeyed(index: MatchIndex, key: string): GazetteerEntry[] {
  let all = index.byLatinKeyAll;
  if (!all) {
    all = new Map();
    for (const e of index.entries.values()) {
      if (!e.world) continue;
      for (const k of latinKeysOf(e)) {
        const list = all.get(k) ?? [];
        list.push(e.id);
        all.set(k, list);
      }
    }
    index.byLatinKeyAll = all;
  }
  return (all.get(key) ?? []).map((id) => index.entries.get(id)!);
}

/** A listed name is read only this near (km) the settlement it is listed with. */
const LIST_KM = 500;

/**
 * Arabic names listed with a settlement the index knows, joined by و or a comma («بيدوا وكيسمايو
 * وجوهر»، «كيسمايو، جوهر وبيدوا»), that the index does not know: the GeoNames place with no Arabic
 * name, in a country of the article's places and within `LIST_KM` of that settlement, whose Latin
 * name has the same consonant key (Kismaayo, Jawhar); later occurrences of the same word follow.
 * A word that matches nothing ends the list. The note asks the reviewer to check the spelling.
 */
export function listedSpellings(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  ms: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const countries = new Set(
    ms.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)?.country ?? ''] : [])).filter(Boolean),
  );
  const out: PlaceMatch[] = [];
  const found = new Map<string, GazetteerEntry>();
  const definite = definiteWords(toks);
  const gap = (a: Token, b: Token) => nt.cps.slice(a.end, b.start).join('');
  /** Token `t` is joined to the list item before it: «، X», «، وX» or « وX». */
  const joined = (prev: Token, t: Token) => {
    const g = gap(prev, t).trim();
    return g === '،' || g === ',' || (g === '' && /^\s+$/u.test(gap(prev, t)) && t.n.startsWith('و'));
  };
  const tryWord = (t: number, near: GazetteerEntry): boolean => {
    const tok = toks[t]!;
    const w = tok.n.replace(/^و(?=...)/u, '');
    if (!ARABIC.test(w) || w.startsWith(ARTICLE) || AR_STOP.has(w) || arabicCommonNoun(w, definite))
      return false;
    const key = arabicKey(written(nt, tok, tok.n.length - w.length));
    if (consonants(key) < 3) return false;
    const e = (index.byLatinKey.get(key) ?? [])
      .map((id) => index.entries.get(id)!)
      .filter((x) => x.country && countries.has(x.country) && km(x.point, near.point) <= LIST_KM)
      .sort((a, b) => km(a.point, near.point) - km(b.point, near.point))[0];
    if (!e) return false;
    index.entries.set(e.id, e);
    found.set(w, e);
    taken[t] = 1;
    out.push(spelled(nt, tok, tok.n.length - w.length, e, 'listed-latin-spelling'));
    return true;
  };
  // After a preposition of place («من خاركيف»): any world settlement (GeoNames may spell it otherwise
  // in Arabic, خاركوف) with a key of four consonants or more, in a country the article names or
  // near its places.
  const points = ms.flatMap((m) => {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    return e && e.kind !== 'country' && e.kind !== 'region' ? [e] : [];
  });
  const named = new Set(
    ms.flatMap((m) => {
      const e = m.placeId ? index.entries.get(m.placeId) : undefined;
      return e?.kind === 'country' && e.country ? [e.country] : [];
    }),
  );
  const listed = afterPreposition(toks, taken, joined);
  for (let t = 1; t < toks.length && (points.length || named.size); t++) {
    const skip = listed.get(t);
    const w = toks[t]!.n.slice(skip ?? 0);
    if (taken[t] || skip === undefined || !ARABIC.test(w) || w.startsWith(ARTICLE)) continue;
    if (AR_STOP.has(w) || idiomName(toks, t, t + 1) || arabicCommonNoun(w, definite)) continue;
    // A word right before a place the text names is the noun it governs, not a place: «من فنادق
    // سوسة» ("from the hotels of Sousse"), «من مخازن أسيوط».
    const next = toks[t + 1];
    const joinedByAnd = next?.n.startsWith('و');
    const spaced = !!next && /^\s+$/u.test(nt.cps.slice(toks[t]!.end, next.start).join(''));
    if (next && taken[t + 1] && !joinedByAnd && spaced) continue;
    const key = arabicKey(written(nt, toks[t]!, skip));
    // Three consonants only for a name the text repeats, in a country it names («تاركوا», round 16).
    const three = consonants(key) === 3 && toks.filter((x) => x.n.endsWith(w)).length > 1;
    if (consonants(key) < 4 && !three) continue;
    const near = (x: GazetteerEntry) => Math.min(...points.map((p) => km(p.point, x.point)));
    const e = nearestKeyed(index, key, { named, countries: three ? named : countries }, near, LIST_KM);
    if (!e) continue;
    found.set(w, e);
    taken[t] = 1;
    out.push(spelled(nt, toks[t]!, skip, e, 'preposition-latin-spelling'));
  }
  for (const m of ms) {
    const e = m.placeId ? index.entries.get(m.placeId) : undefined;
    if (!e || !SETTLEMENT.has(e.kind) || !e.country) continue;
    const i0 = toks.findIndex((t) => t.end > m.start);
    const i1 = toks.findIndex((t) => t.end >= m.end);
    if (i0 < 0 || i1 < 0) continue;
    for (let t = i1 + 1; t < toks.length && joined(toks[t - 1]!, toks[t]!); t++)
      if (!taken[t] && !tryWord(t, e)) break;
    for (let t = i0 - 1; t >= 0 && joined(toks[t]!, toks[t + 1]!); t--)
      if (!taken[t] && !tryWord(t, e)) break;
  }
  // Later occurrences of a word found so (with its clitics).
  for (let t = 0; t < toks.length; t++) {
    if (taken[t]) continue;
    const sp = splits(toks[t]!.n).find((x) => !x.article && found.has(x.rest));
    if (!sp) continue;
    taken[t] = 1;
    out.push(spelled(nt, toks[t]!, sp.skip, found.get(sp.rest)!, 'listed-latin-spelling same-name-later'));
  }
  return out;
}

function spelled(nt: Normalised, tok: Token, skip: number, e: GazetteerEntry, rule: string): PlaceMatch {
  return {
    start: nt.map[tok.ni + skip]!,
    end: tok.end,
    placeId: e.id,
    role: 'place',
    rule,
    candidates: [e.id],
    note: `GeoNames gives ${e.names.en[0]} no Arabic name in the article's spelling; the spelling matches its Latin name: check it`,
  };
}

/** English words after which a capitalised name is a place ("in Coppito", "the centre of Valkenburg"). */
export const EN_PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'of',
  'from',
  'to',
  'outside',
  'around',
  'into',
]);

/** Lower-case words inside a transliterated name ("Maarat al-Numan", "Deir ez-Zor", "Bir el Abd"). */
const EN_PARTICLES = new Set([
  'al',
  'el',
  'an',
  'ar',
  'as',
  'at',
  'ad',
  'az',
  'ash',
  'ez',
  'ed',
  'es',
  'en',
  'er',
  'et',
]);

/** A world place's key is read only this near (km) the article's places, outside the countries it names. */
const KEY_KM = 300;

/**
 * An English name after a preposition of place ("in Coppito", "from Maarat al-Numan") or listed
 * right after a known place ("Idlib and Maarat al-Numan", "Idlib, Saraqib"), that the index does
 * not know and that is no common word nor a first name: a one-word name is first the GeoNames
 * village the world index leaves out, of that name, within `VILLAGE_KM` of the article's places;
 * then any name is the world settlement whose Latin name has the same key (four consonants or
 * more: another transliteration, Dayr al Balaḩ ~ Deir al-Balah), in a country the article names or
 * within `KEY_KM` of its places, the nearest first. Later occurrences of the name follow.
 */
export function englishSpellings(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  ms: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const known = ms.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)!] : []));
  const countries = new Set(known.flatMap((e) => (e.country ? [e.country] : [])));
  const named = new Set(known.flatMap((e) => (e.kind === 'country' && e.country ? [e.country] : [])));
  const points = known.filter((e) => e.kind !== 'country' && e.kind !== 'region').map((e) => e.point);
  if (!points.length) return [];
  const dist = (e: GazetteerEntry) => Math.min(...points.map((p) => km(p, e.point)));
  const gap = (a: Token, b: Token) => nt.cps.slice(a.end, b.start).join('');
  const upper = (t: Token) => isUpper(nt.cps[t.start]);
  const out: PlaceMatch[] = [];
  const found = new Map<string, GazetteerEntry>();
  const push = (i: number, j: number, e: GazetteerEntry, rule: string) => {
    for (let t = i; t < j; t++) taken[t] = 1;
    index.entries.set(e.id, e);
    out.push({
      start: toks[i]!.start,
      end: toks[j - 1]!.end,
      placeId: e.id,
      role: 'place',
      rule,
      candidates: [e.id],
      note: rule.startsWith('geonames-village')
        ? 'a GeoNames village near the article’s places'
        : `GeoNames writes ${e.names.en[0]}; the article's spelling has the same key: check it`,
    });
  };
  for (let i = 1; i < toks.length; i++) {
    const tok = toks[i]!;
    const prev = toks[i - 1]!;
    if (taken[i] || !upper(tok) || EN_STOP.has(tok.n) || COMMON_EN.has(tok.n)) continue;
    const afterPreposition = EN_PLACE_PREPOSITIONS.has(prev.n) && /^\s+$/u.test(gap(prev, tok));
    const listed =
      (prev.n === 'and' && i >= 2 && taken[i - 2] === 1 && /^\s+$/u.test(gap(toks[i - 2]!, prev))) ||
      (gap(prev, tok).trim() === ',' && taken[i - 1] === 1);
    if (!afterPreposition && !listed) continue;
    // The name: capitalised words and the particles between them ("Maarat al-Numan").
    let j = i + 1;
    while (j < toks.length && j < i + 4 && !taken[j] && /^[\s-]$/u.test(gap(toks[j - 1]!, toks[j]!))) {
      if (upper(toks[j]!)) j++;
      else if (EN_PARTICLES.has(toks[j]!.n) && toks[j + 1] && upper(toks[j + 1]!) && !taken[j + 1]) j += 2;
      else break;
    }
    const next = toks[j];
    if (next && /^[\s-]+$/u.test(gap(toks[j - 1]!, next)) && upper(next)) continue;
    if (j - i === 1) {
      const v = villageNamed(index, tok.n)
        .filter((x) => x.country && countries.has(x.country) && dist(x) <= VILLAGE_KM)
        .sort((a, b) => dist(a) - dist(b))[0];
      if (v) {
        push(i, j, v, 'geonames-village after-preposition');
        i = j - 1;
        continue;
      }
    }
    const text = nt.cps.slice(tok.start, toks[j - 1]!.end).join('');
    const key = latinKey(text);
    if (consonants(key) < 4) continue;
    const e = nearestKeyed(index, key, { named, countries }, dist, KEY_KM);
    if (!e) continue;
    found.set(
      toks
        .slice(i, j)
        .map((t) => t.n)
        .join(' '),
      e,
    );
    push(i, j, e, 'latin-spelling');
    i = j - 1;
  }
  // Later occurrences of a name found by its key.
  for (const [name, e] of found) {
    const words = name.split(' ');
    for (let i = 0; i + words.length <= toks.length; i++) {
      if (words.some((w, k) => taken[i + k] || toks[i + k]!.n !== w)) continue;
      push(i, i + words.length, e, 'latin-spelling same-name-later');
    }
  }
  return out;
}
