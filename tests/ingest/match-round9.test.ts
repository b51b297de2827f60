/**
 * Matching rules from the ninth round (issue 18), general causes of held-out-8's wrong readings, on
 * made-up sentences from other places: a feature word joined to a place's name makes the feature, not
 * the place ("the Sicily Channel", "Mount Kenya", «بحيرة فيكتوريا»); the names of a list under one
 * plural cue word all take its kind ("the Kisumu and Siaya counties"); a country's short or
 * conventional name ("Britain"). Points are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';

import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  e('uganda', ['أوغندا'], ['Uganda'], 'country', [32.3, 1.4], { country: 'UG', bbox: [29.6, -1.5, 35, 4.2] }),
  e('malta', ['مالطا'], ['Malta'], 'country', [14.4, 35.9], {
    country: 'MT',
    bbox: [14.2, 35.8, 14.6, 36.1],
  }),
  e('italy', ['إيطاليا'], ['Italy'], 'country', [12.5, 42.8], {
    country: 'IT',
    bbox: [6.6, 36.6, 18.5, 47.1],
  }),
  e('united_kingdom', ['المملكة المتحدة'], ['United Kingdom'], 'country', [-2, 54], {
    country: 'GB',
    bbox: [-8.6, 49.9, 1.8, 60.9],
  }),
  w('g-kisumu', [], ['Kisumu'], 'city', [34.76, -0.1], 'KE', 409_928),
  w('g-siaya', [], ['Siaya'], 'town', [34.29, 0.06], 'KE', 32_000),
  w('g-busia', [], ['Busia'], 'town', [34.11, 0.46], 'KE', 51_981),
  w('g-kenya-town', [], ['Kenya'], 'village', [36.9, -1.2], 'KE', 900),
  w('g-entebbe', ['عنتيبي'], ['Entebbe'], 'town', [32.46, 0.06], 'UG', 70_000),
  w('g-nairobi', ['نيروبي'], ['Nairobi'], 'city', [36.82, -1.28], 'KE', 2_750_547),
  w('g-london', ['لندن'], ['London'], 'city', [-0.13, 51.51], 'GB', 8_961_989),
  e('france', ['فرنسا'], ['France'], 'country', [2.5, 46.5], {
    country: 'FR',
    bbox: [-5.1, 41.3, 9.6, 51.1],
  }),
  e('cameroon', ['الكاميرون'], ['Cameroon'], 'country', [12.5, 5.5], {
    country: 'CM',
    bbox: [8.5, 1.7, 16.2, 13.1],
  }),
  w('g-kehl', ['كيل'], ['Kehl'], 'town', [7.81, 48.57], 'DE', 36_000),
  w('g-kil', ['كيل'], ['Kil'], 'town', [13.5, 5.9], 'CM', 9_000),
  w('g-yaounde', ['ياوندي'], ['Yaoundé'], 'city', [11.52, 3.87], 'CM', 1_299_369),
  w('a1-kakamega', [], ['Kakamega'], 'governorate', [34.75, 0.28], 'KE', 0),
  w('a1-homa', [], ['Homa Bay'], 'governorate', [34.45, -0.52], 'KE', 0),
  w('a1-lac', ['البحيرة'], ['Lac'], 'governorate', [14.2, 13.5], 'KE', 0),
  w('a1-western-kenya', [], ['Western Kenya'], 'governorate', [34.6, 0.4], 'KE', 0),
  w('g-britain', [], ['Britain'], 'village', [-96.2, 33.4], 'US', 300),
];
const index = buildIndex(ENTRIES);

const found = foundIn(index);

describe('ninth round: a feature word joined to a place name', () => {
  test('"the Malta Channel" is a sea passage, not Malta', () => {
    expect(found('Ferries crossed the Malta Channel from Italy on Monday.', 'en')).toEqual([
      { text: 'Malta Channel', id: null, kind: 'region' },
      { text: 'Italy', id: 'italy' },
    ]);
  });

  test('"Mount Kenya" is the mountain, not the country nor the village', () => {
    expect(found('Climbers near Mount Kenya in Kenya were safe.', 'en')).toEqual([
      { text: 'Mount Kenya', id: null, kind: 'region' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });

  test('«بحيرة أوغندا» is a lake named after the country, not the country', () => {
    expect(found('وصل الصيادون إلى بحيرة أوغندا قرب عنتيبي.', 'ar')).toEqual([
      { text: 'بحيرة أوغندا', id: null, kind: 'region' },
      { text: 'عنتيبي', id: 'g-entebbe' },
    ]);
  });

  test('an unknown name after «بحيرة» is proposed as a lake', () => {
    expect(found('غمرت المياه بحيرة المسك قرب نيروبي في كينيا.', 'ar')).toEqual([
      { text: 'بحيرة المسك', id: null, kind: 'region' },
      { text: 'نيروبي', id: 'g-nairobi' },
      { text: 'كينيا', id: 'kenya' },
    ]);
  });

  test('«بحيرة لتجميع المياه» is a lake for collecting water: no name follows the cue', () => {
    expect(found('حفرت البلدية بحيرة لتجميع المياه قرب نيروبي في كينيا.', 'ar')).toEqual([
      { text: 'نيروبي', id: 'g-nairobi' },
      { text: 'كينيا', id: 'kenya' },
    ]);
  });

  test('"the Kisumu cave" and "the Busia range" are features', () => {
    expect(found('Divers reached the Kisumu cave and the Busia range in Kenya.', 'en')).toEqual([
      { text: 'Kisumu cave', id: null, kind: 'region' },
      { text: 'Busia range', id: null, kind: 'region' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });
});

describe('ninth round: "the lake" after "Lake X" is that lake again', () => {
  test('«البحيرة» after «بحيرة أوغندا» is no province named so; on its own it is', () => {
    expect(found('وصل صيادو كينيا إلى بحيرة أوغندا، وعلى البحيرة قرب نيروبي غرقت قوارب.', 'ar')).toEqual([
      { text: 'كينيا', id: 'kenya' },
      { text: 'بحيرة أوغندا', id: null, kind: 'region' },
      { text: 'نيروبي', id: 'g-nairobi' },
    ]);
    expect(found('في كينيا أمطار غزيرة في البحيرة', 'ar')).toEqual([
      { text: 'كينيا', id: 'kenya' },
      { text: 'البحيرة', id: 'a1-lac' },
    ]);
  });
});

describe('ninth round: a name of two words starts with a capital', () => {
  test('"north-western Kenya" is the country; "Western Kenya" the unit', () => {
    expect(found('Rain fell over north-western Kenya and later over Western Kenya.', 'en')).toEqual([
      { text: 'Kenya', id: 'kenya' },
      { text: 'Western Kenya', id: 'a1-western-kenya' },
    ]);
  });
});

describe('ninth round: a feature named after a first-level unit is the feature', () => {
  test('"Mount Kakamega" and "the Homa Bay Channel" are not the counties', () => {
    expect(found('Mount Kakamega and the Homa Bay Channel lie in Kenya.', 'en')).toEqual([
      { text: 'Mount Kakamega', id: null, kind: 'region' },
      { text: 'Homa Bay Channel', id: null, kind: 'region' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });
});

describe('ninth round: the names of a list under one plural cue word', () => {
  test('"the Siaya and Homa Bay districts": a town\'s namesake unit among its readings is taken', () => {
    expect(found('Rain fell on the Siaya and Homa Bay districts of Kenya.', 'en')).toEqual([
      { text: 'Siaya', id: null, kind: 'district' },
      { text: 'Homa Bay districts', id: 'a1-homa' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });

  test('"the Kisumu and Siaya districts": both are districts, not the city and the town', () => {
    expect(found('Rain fell on the Kisumu and Siaya districts of Kenya.', 'en')).toEqual([
      { text: 'Kisumu', id: null, kind: 'district' },
      { text: 'Siaya districts', id: null, kind: 'district' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });

  test('"the Busia, Kakamega and Siaya districts": every name; a first-level unit of the name is kept', () => {
    expect(found('Schools closed in the Busia, Kakamega and Siaya districts in Kenya.', 'en')).toEqual([
      { text: 'Busia', id: null, kind: 'district' },
      { text: 'Kakamega', id: 'a1-kakamega' },
      { text: 'Siaya districts', id: null, kind: 'district' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });

  test('"four provinces, among them Kisumu and Busia": both are provinces', () => {
    expect(found('A curfew held in four provinces, among them Kisumu and Busia, in Kenya.', 'en')).toEqual([
      { text: 'Kisumu', id: null, kind: 'governorate' },
      { text: 'Busia', id: null, kind: 'governorate' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });

  test('"three districts including Siaya, Kisii and Busia": all three, the unknown one too', () => {
    expect(found('Aid reached three districts including Siaya, Kisii and Busia in Kenya.', 'en')).toEqual([
      { text: 'Siaya', id: null, kind: 'district' },
      { text: 'Kisii', id: null, kind: 'district' },
      { text: 'Busia', id: null, kind: 'district' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });

  test('a place before "and" that is not one of the list stays the place', () => {
    expect(found('Buses left Nairobi, and the Siaya districts flooded in Kenya.', 'en')).toEqual([
      { text: 'Nairobi', id: 'g-nairobi' },
      { text: 'Siaya districts', id: null, kind: 'district' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });
});

describe("ninth round: the article's own geography ranks the readings", () => {
  test('without places of its own the article does not judge so: the larger first', () => {
    expect(found('قالت فرنسا إنها تتابع الوضع في الكاميرون، وفي مدينة كيل قال السكان.', 'ar')[2]).toEqual({
      text: 'مدينة كيل',
      id: 'g-kehl',
    });
  });

  test('a town in a country the article names beats a larger one abroad that lies inside a named box', () => {
    // Kehl (Germany) lies inside France's box; France is named, Germany is not.
    expect(
      found(
        'قالت فرنسا إنها تتابع الوضع في ياوندي عاصمة الكاميرون، وفي مدينة كيل قال السكان إن الهدوء عاد.',
        'ar',
      ),
    ).toEqual([
      { text: 'فرنسا', id: 'france' },
      { text: 'ياوندي', id: 'g-yaounde' },
      { text: 'الكاميرون', id: 'cameroon' },
      { text: 'مدينة كيل', id: 'g-kil' },
    ]);
  });
});
