import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';
import { buildIndex } from '../../src/ingest/match-index.ts';
import { matchPlaces } from '../../src/ingest/match.ts';
import { worldCountries10m } from '../../src/model/land-node.ts';
import { NE_SMALL_COUNTRIES_FILE, smallCountries } from '../../scripts/gazetteer/ne-small-countries.ts';

const gaz = parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')));
const country = (a2: string) => gaz.entries.find((e) => e.kind === 'country' && e.country === a2);

describe('countries Natural Earth leaves out at 1:110m (scripts/gazetteer/ne-small-countries.ts)', () => {
  test('the committed extract is what the script writes from world-atlas', () => {
    const coarse = JSON.parse(
      readFileSync('geodata/sources/world_countries_110m_naturalearth.geojson', 'utf8'),
    ) as FeatureCollection;
    const fresh = smallCountries(worldCountries10m(), coarse);
    const committed = JSON.parse(readFileSync(NE_SMALL_COUNTRIES_FILE, 'utf8')) as FeatureCollection;
    expect(committed).toEqual(fresh);
    expect(fresh.features.length).toBe(64);
  });

  test.each([
    ['BH', 'البحرين', 'Bahrain'],
    ['MU', 'موريشيوس', 'Mauritius'],
    ['MT', 'مالطا', 'Malta'],
    ['DM', 'دومينيكا', 'Dominica'],
    ['KM', 'جزر القمر', 'Comoros'],
  ])(
    '%s is a country of the shipped gazetteer, in Arabic and English, from Natural Earth 1:10m',
    (a2, ar, en) => {
      const e = country(a2)!;
      expect(e).toBeDefined();
      expect(e.names.ar).toContain(ar);
      expect(e.names.en).toContain(en);
      expect(e.source.title).toContain('1:10m');
    },
  );

  test('a city-state whose GeoNames city has its name is left to that city, as before', () => {
    expect(country('SG')).toBeUndefined();
    expect(country('HK')).toBeUndefined();
  });

  test('an article names Bahrain in either language', () => {
    const index = buildIndex(gaz.entries);
    const ids = (text: string, lang: 'ar' | 'en') => matchPlaces(text, index, { lang }).map((m) => m.placeId);
    expect(ids('أعلنت وزارة الداخلية في البحرين إغلاق المدارس.', 'ar')).toEqual([country('BH')!.id]);
    expect(ids('Schools in Bahrain closed on Sunday.', 'en')).toEqual([country('BH')!.id]);
  });
});
