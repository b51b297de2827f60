/**
 * The review page's gazetteer search (src/review/place-search.ts), on a small table of entries
 * shaped like the shipped ones and the world index's. Points are rough and illustrative (test
 * fixture, never shipped).
 */
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import {
  parseSearchRequest,
  readings,
  searchIndex,
  searchPlaces,
  type SearchRequest,
} from '../../src/review/place-search.ts';

const GEONAMES = { title: 'GeoNames (test)', licence: 'CC BY 4.0' };
const e = (
  id: string,
  ar: string[],
  en: string[],
  point: [number, number],
  extra: Partial<GazetteerEntry> = {},
): GazetteerEntry => ({
  id,
  names: { ar, en },
  kind: 'city',
  point,
  precision_m: 5000,
  certainty: 'medium',
  source: { title: 'shipped (test)', licence: 'ODbL' },
  ...extra,
});
const w = (id: number, ar: string[], en: string[], point: [number, number], country: string, pop: number) =>
  e(`geonames-${id}`, ar, en, point, { world: true, country, population: pop, source: GEONAMES });

const INDEX = searchIndex([
  e('hasakah_city', ['الحسكة'], ['al-Hasakah'], [40.75, 36.5], { country: 'SY' }),
  w(1, ['أنطاكية', 'نتاكيّة'], ['Antakya', 'Antioch', 'Hatay'], [36.16, 36.21], 'TR', 210_000),
  w(2, ['طرابلس'], ['Tripoli'], [13.19, 32.89], 'LY', 1_150_000),
  w(3, ['طرابلس'], ['Tripoli'], [35.84, 34.43], 'LB', 230_000),
  w(4, [], ['Antalya'], [30.7, 36.9], 'TR', 760_000),
  w(5, ['بورتسودان', 'بور سودان'], ['Port Sudan'], [37.22, 19.62], 'SD', 490_000),
]);
const ids = (query: string, near: [number, number][] = [], limit = 10) =>
  searchPlaces(INDEX, { query, near, limit }).map((h) => h.id);

describe('searching the gazetteer with the world index', () => {
  it.each([
    ['أنطاكية', 'as written'],
    ['انطاكيه', 'alef and ta marbuta as ingest normalises them'],
    ['بأنطاكية', 'with a proclitic'],
    ['وأنطاكيّة', 'with و and a vowel mark'],
    ['Antakya', 'in English'],
    ['hatay', 'by a variant name, any case'],
  ])('%s finds Antakya (%s)', (q) => {
    expect(ids(q)[0]).toBe('geonames-1');
  });

  it('a shipped entry is found by its names, with its source and licence', () => {
    const [h] = searchPlaces(INDEX, { query: 'الحسكة', near: [], limit: 1 });
    expect(h).toMatchObject({ id: 'hasakah_city', world: false, source: { licence: 'ODbL' } });
  });

  it('a world place keeps its geonames id, country, population and licence', () => {
    expect(searchPlaces(INDEX, { query: 'بور سودان', near: [], limit: 1 })).toEqual([
      {
        id: 'geonames-5',
        names: { ar: ['بورتسودان', 'بور سودان'], en: ['Port Sudan'] },
        kind: 'city',
        point: [37.22, 19.62],
        country: 'SD',
        population: 490_000,
        source: GEONAMES,
        world: true,
      },
    ]);
  });

  it('an ambiguous name ranks by population, or by nearness to the article’s places', () => {
    expect(ids('طرابلس')).toEqual(['geonames-2', 'geonames-3']);
    expect(ids('Tripoli', [[35.5, 33.89]])).toEqual(['geonames-3', 'geonames-2']);
  });

  it('the whole name before a name that starts with the query', () => {
    expect(ids('Anta')).toEqual(['geonames-4', 'geonames-1']);
    expect(ids('Antakya')).toEqual(['geonames-1']);
  });

  it('a name inside another only from three letters; nothing for an empty query', () => {
    expect(ids('sud')).toEqual(['geonames-5']);
    expect(ids('ud')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });

  it('the readings of an Arabic word: as typed, then without its clitics and article', () => {
    expect(readings('والحسكة')).toEqual([
      { text: 'والحسكه', clitic: false },
      { text: 'الحسكه', clitic: true },
      { text: 'حسكه', clitic: true },
    ]);
  });
});

describe('a search request', () => {
  it('is read with defaults', () => {
    expect(parseSearchRequest({ query: 'x' })).toEqual<SearchRequest>({ query: 'x', near: [], limit: 10 });
  });
  it.each([
    [null, 'expected a JSON object { query, near?, limit? }'],
    [[], 'expected a JSON object { query, near?, limit? }'],
    [{ query: 1 }, 'query: expected a string, got 1'],
    [{ query: 'x'.repeat(101) }, 'query: longer than 100 characters'],
    [{ query: 'x', near: [[200, 0]] }, 'near[0]: expected [lon, lat] in range, got [200,0]'],
    [{ query: 'x', near: [[1]] }, 'near[0]: expected [lon, lat] in range, got [1]'],
    [{ query: 'x', near: 'here' }, 'near: expected at most 200 [lon, lat] positions'],
    [{ query: 'x', limit: 0 }, 'limit: expected an integer 1–30, got 0'],
    [{ query: 'x', limit: 1.5 }, 'limit: expected an integer 1–30, got 1.5'],
    [{ query: 'x', all: true }, 'unknown key "all" (expected query, near, limit)'],
  ])('%j is refused: %s', (body, message) => {
    expect(parseSearchRequest(body)).toBe(message);
  });
});
