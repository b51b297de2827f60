/**
 * Where an article that names no country says it is (issue 18, round 19): its own signals start the
 * anchors that `acceptedWorld` (match-anchors.ts) grows from, so that a state's own paper or a
 * regional wire, which never writes the country, still gets its places. Read only when no name of
 * the article anchors anything (no shipped place, no country, no capital or city of five million):
 * beside a named country these signals add nothing and a namesake could pull the article elsewhere.
 *
 * - The dateline (the first words of a line before a dash, `cityContext`): "BOZEMAN, Montana —" is
 *   the city in the unit named after the comma ("PUNE, Maharashtra —" too); a bare «أغادير —» or
 *   "CUSCO —" is the capital (or city of five million) of that name, else the gazetteer's own
 *   settlement, else the largest, when it is larger than every other reading
 *   by `DATELINE_MARGIN`, and a town of at least `DATELINE_POPULATION`. It anchors fully: a
 *   dateline is where the reporter writes from.
 * - A first-level unit named bare that is its name's only reading ("Himachal Pradesh", "Montana"
 *   when no namesake town is indexed), written as a place (`writtenAsPlace`: «في راخين», no
 *   «بينما», "while", which is Penama, Vanuatu): it anchors its country fully, as a named country
 *   would, and is proposed itself only beside another place of that country.
 * - A country's demonym right after a word for its state («السلطات المغربية», «الحكومة الأردنية»,
 *   "Peruvian officials", "Kenyan police"): the country, anchoring fully, for nothing else names
 *   one; not after an army's or an embassy's name («القوات الفرنسية» serve abroad).
 *   Only after such a word: «المالية» alone is "the financial", "Indian" before "Ocean" no country.
 * - With none of these, a city of half a million named bare (match-million-city.ts).
 *
 * Not read: the headline alone ("Storm batters Reading" names a word as often as a town).
 */
import { isNisbaForm } from './match-context.ts';
import { cityContext, COMMON_EN } from './match-guards.ts';
import { millionCities, writtenAsPlace } from './match-million-city.ts';
import { demonymCountries } from './match-hyphen-compound.ts';
import { familyOf, isUpper, wellKnown, type Hit, type MatchIndex, type Pattern } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { AR_ADJECTIVES, AR_STOP } from './stop-words.ts';
import type { GazetteerEntry } from './types.ts';

/** A dateline's bare city name is read only for a settlement at least this large. */
export const DATELINE_POPULATION = 50_000;
/**
 * … and only when it is this many times larger than every other reading: "BEND —" is no more South
 * Bend, Indiana (100,000) than Bend, Oregon (90,000), nor "VALENCIA —" Venezuela's (1.6 million)
 * than Spain's (800,000).
 */
export const DATELINE_MARGIN = 3;

/**
 * Words for a state's own bodies that a country's demonym follows («السلطات المغربية», "Kenyan
 * police"); not its army, forces or embassy, which serve abroad («القوات الفرنسية» in Chad).
 */
const AR_STATE_WORDS = new Set(['السلطات', 'الحكومة', 'الشرطة', 'الأجهزة'].map(norm));
const EN_STATE_WORDS = new Set(['authorities', 'officials', 'government', 'police', 'ministry']);

/** A seed: the hit (a name of the text or a demonym read as its country) and the reading it anchors with. */
export type Seeds = Map<Hit, GazetteerEntry>;

/** The hits read as the article's own signals (each anchors its own reading as well). */
const signalled = new WeakSet<Hit>();
export const isOwnSignal = (h: Hit): boolean => signalled.has(h);

export function ownSignals(
  claimed: readonly Hit[],
  nt: Normalised,
  toks: readonly Token[],
  index: MatchIndex,
  lang: 'ar' | 'en',
): Seeds {
  const seeds: Seeds = new Map();
  const entries = (h: Hit) => h.pattern.entryIds.map((id) => index.entries.get(id)).filter((e) => !!e);
  const units: Seeds = new Map();
  for (const [i, h] of claimed.entries()) {
    if (h.pattern.org || commonWord(h, toks)) continue;
    const es = entries(h);
    if (
      es.length === 1 &&
      es[0]!.world &&
      es[0]!.kind === 'governorate' &&
      writtenAsPlace(claimed, i, nt, toks, lang)
    )
      units.set(h, es[0]!);
    // «بوسعادة، المسيلة —», "CAIRO (Reuters) —": `cityContext` stops at the Arabic comma and at a
    // long credit in parentheses; `datelineTail` reads both.
    const tail = atLineStart(nt, h) ? datelineTail(claimed, h, nt) : null;
    const region = tail?.region;
    if (!tail && !cityContext(nt, toks, h, lang)) continue;
    const towns = es.filter((e) => familyOf(e.kind) === 'settlement');
    if (region) {
      const rs = entries(region).filter((r) => r.kind === 'governorate' || r.kind === 'country');
      const inside = towns
        .filter((t) => rs.some((r) => r.country === t.country))
        .sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
      const town = inside[0];
      const unit = town && rs.find((r) => r.country === town.country);
      if (town && unit) {
        seeds.set(h, town);
        seeds.set(region, unit);
      }
      continue;
    }
    const pop = (e: GazetteerEntry) => e.population ?? 0;
    // A capital or a city of five million first («طرابلس —» is Libya's capital, not Lebanon's
    // Tripoli), then the gazetteer's own reviewed place, then the largest.
    const town =
      towns.find((e) => e.world && wellKnown(e)) ??
      towns.find((e) => !e.world) ??
      [...towns].sort((a, b) => pop(b) - pop(a))[0];
    if (
      town &&
      pop(town) >= DATELINE_POPULATION &&
      (!town.world || wellKnown(town) || es.every((e) => e === town || DATELINE_MARGIN * pop(e) < pop(town)))
    )
      seeds.set(h, town);
  }
  const countries = demonyms(toks, nt, index, lang);
  // With no other signal, a city of half a million named bare (match-million-city.ts).
  if (!seeds.size && !units.size && !countries.length)
    for (const [hit, city] of millionCities(claimed, nt, toks, index, lang)) seeds.set(hit, city);
  // A dateline or a city anchors its own name; a unit or a demonym only the others' (a unit named
  // bare is proposed beside a place of its country).
  for (const h of seeds.keys()) signalled.add(h);
  return new Map([...seeds, ...agreeing(units, [...seeds, ...units, ...countries]), ...countries]);
}

/**
 * A one-word name that is also a common word ("Bay", «الوسطى», an adjective): no signal of where
 * the article is on its own.
 */
function commonWord(h: Hit, toks: readonly Token[]): boolean {
  if (h.t1 - h.t0 !== 1) return false;
  const w = toks[h.t0]!.n.slice(h.clitic.length);
  return COMMON_EN.has(w) || AR_STOP.has(w) || AR_ADJECTIVES.has(w) || isNisbaForm(w);
}

/**
 * The units named bare that lie in the country most of the signals name (a report from Chile's
 * Biobío and Maule that mentions Hawaii keeps Chile): none when two countries tie.
 */
function agreeing(units: Seeds, all: readonly [Hit, GazetteerEntry][]): Seeds {
  const count = new Map<string, number>();
  for (const [, e] of all) if (e.country) count.set(e.country, (count.get(e.country) ?? 0) + 1);
  const top = Math.max(0, ...count.values());
  const best = [...count].filter(([, n]) => n === top);
  if (best.length !== 1) return new Map();
  return new Map([...units].filter(([, e]) => e.country === best[0]![0]));
}

/** The hit opens its line. */
function atLineStart(nt: Normalised, h: Hit): boolean {
  let s = h.start - 1;
  while (s >= 0 && nt.cps[s] !== '\n' && /\s/u.test(nt.cps[s]!)) s--;
  return s < 0 || nt.cps[s] === '\n';
}

/**
 * What follows a line's first name up to the dateline's dash, when it is a dateline: nothing, a
 * credit or a note in parentheses ("CAIRO (Reuters) —", «القاهرة (رويترز) -»), and at most one more
 * name, after a comma or in parentheses ("BOZEMAN, Montana —", «إزمير (تركيا) —»): that name is
 * the `region`. Null when the line goes on otherwise.
 */
function datelineTail(claimed: readonly Hit[], h: Hit, nt: Normalised): { region?: Hit } | null {
  const line = nt.cps.slice(h.end, h.end + 120).join('');
  const dash = line.search(/[—–]|\s-\s/u);
  if (dash < 0 || line.slice(0, dash).includes('\n')) return null;
  const end = h.end + Array.from(line.slice(0, dash)).length;
  const region = claimed.find((o) => o.start >= h.end && o.end <= end && !o.pattern.org);
  const cps = nt.cps.slice(h.end, end);
  if (region) cps.fill('', region.start - h.end, region.end - h.end);
  const rest = cps
    .join('')
    .replace(/\([^()]*\)/gu, '')
    .replace(/[,،]/u, '');
  return /^\s*$/u.test(rest) ? (region ? { region } : {}) : null;
}

/** Demonyms after a word for a state's body, each as a hit of its country (a name of no match). */
function demonyms(
  toks: readonly Token[],
  nt: Normalised,
  index: MatchIndex,
  lang: 'ar' | 'en',
): [Hit, GazetteerEntry][] {
  const byWord = lang === 'ar' ? arabicNisbas(index) : demonymCountries(index);
  const out: [Hit, GazetteerEntry][] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const id = byWord.get(t.n);
    const country = id ? index.entries.get(id) : undefined;
    if (!country) continue;
    const state =
      lang === 'ar'
        ? AR_STATE_WORDS.has(toks[i - 1]?.n ?? '')
        : isUpper(nt.cps[t.start]) && EN_STATE_WORDS.has(toks[i + 1]?.n ?? '');
    if (!state) continue;
    const pattern: Pattern = { toks: [t.n], article: false, entryIds: [country.id] };
    out.push([{ t0: i, t1: i + 1, start: t.start, end: t.end, pattern, clitic: '' }, country]);
  }
  return out;
}

/** The Arabic nisbas of the shipped countries' names: المغرب → المغربي، المغربية; سوريا → السوري. */
const nisbasOf = new WeakMap<MatchIndex, Map<string, string>>();
function arabicNisbas(index: MatchIndex): Map<string, string> {
  let map = nisbasOf.get(index);
  if (map) return map;
  map = new Map();
  const article = norm('ال');
  for (const e of index.entries.values()) {
    if (e.kind !== 'country' || e.world) continue;
    for (const name of e.names.ar ?? []) {
      const n = norm(name);
      if (n.includes(' ')) continue;
      const base = (n.startsWith(article) ? n.slice(article.length) : n).replace(/(?:يا|[اه])$/u, '');
      if (base.length < 3) continue;
      for (const form of [`${article}${base}ي`, norm(`ال${base}ية`)]) if (!map.has(form)) map.set(form, e.id);
    }
  }
  nisbasOf.set(index, map);
  return map;
}
