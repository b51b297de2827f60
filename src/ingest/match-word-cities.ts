/**
 * A great city whose Arabic name is a common word, in an article set in its country (issue 18,
 * round 25). «سيول» is Seoul and "torrents"; such names are `COMMON_WORDS` and the index never reads
 * them. But a report that names the city's country and speaks of no weather means the city: «تدافع
 * في حي إيتاوون … في العاصمة سيول» in a story from South Korea.
 *
 * Trigger: a word, bare or after a clitic («بسيول»), that is the whole Arabic name of a world city of
 * `GREAT_CITY` people and a common word without the article («المدينة» is "the city" before it is
 * Medina). Guards: the city's country is that of a place the article's
 * proposals name, and of one such city only; the text has no weather word (`WEATHER`: rain, floods, a
 * storm), where the word is the common noun; the word lies in no proposal («ساحة سيول» is a square).
 * Examples: «وصل الوفد إلى سيول قادماً من بوسان» beside «كوريا الجنوبية» is Seoul; «جرفت السيول
 * منازل في ولاية كسلا» in Sudan, and «سيول» in a report of rain in South Korea, are torrents.
 */
import { keyedMatch } from './keyed-match.ts';
import { ARTICLE, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { COMMON_WORDS } from './stop-words.ts';
import type { GazetteerEntry } from './types.ts';

/** A city this large is the word's reading in its own country. */
const GREAT_CITY = 1_000_000;
/** Words of weather: where they are, a city's name that is also a word of weather is the word. */
const WEATHER = new Set(
  ['أمطار', 'مطر', 'مطرية', 'فيضان', 'فيضانات', 'سيل', 'عاصفة', 'إعصار', 'طوفان', 'عواصف'].map(norm),
);

/** Great cities named by a common word, by that word; built on first use. */
const tables = new WeakMap<MatchIndex, Map<string, GazetteerEntry[]>>();

function wordCityTable(index: MatchIndex): Map<string, GazetteerEntry[]> {
  let table = tables.get(index);
  if (table) return table;
  table = new Map();
  for (const e of index.entries.values()) {
    if (!e.world || e.kind !== 'city' || (e.population ?? 0) < GREAT_CITY) continue;
    for (const n of new Set(
      e.names.ar.map(norm).filter((x) => COMMON_WORDS.has(x) && !x.startsWith(ARTICLE)),
    )) {
      table.set(n, [...(table.get(n) ?? []), e]);
    }
  }
  tables.set(index, table);
  return table;
}

export function wordCities(
  nt: Normalised,
  toks: readonly Token[],
  out: readonly PlaceMatch[],
  index: MatchIndex,
): PlaceMatch[] {
  const table = wordCityTable(index);
  if (table.size === 0) return [...out];
  if (toks.some((t) => splits(t.n).some((s) => WEATHER.has(s.rest)))) return [...out];
  const countries = new Set(
    out.flatMap((m) => (m.placeId ? [index.entries.get(m.placeId)?.country ?? ''] : [])).filter(Boolean),
  );
  const added: PlaceMatch[] = [];
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t]!;
    if (out.some((m) => m.start < tok.end && tok.start < m.end)) continue;
    for (const sp of splits(tok.n)) {
      if (sp.article) continue;
      const cities = (table.get(sp.rest) ?? []).filter((e) => !!e.country && countries.has(e.country));
      if (cities.length !== 1) continue;
      const note = `«${sp.rest}» is also a common word; read as the city of the article's country: check it`;
      added.push(keyedMatch(nt, toks, { t, skip: sp.skip }, cities[0]!, 'word-city', note));
      break;
    }
  }
  return [...out, ...added].sort((a, b) => a.start - b.start);
}
