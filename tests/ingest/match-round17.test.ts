/**
 * Matching rules from the seventeenth round (issue 18), general causes of held-out-19's, -20's and
 * -21's misses and wrong readings, on made-up sentences from other countries. Points and populations
 * are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w, unit } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('mali', ['مالي'], ['Mali'], 'country', [-2, 17], { country: 'ML', bbox: [-12.2, 10.1, 4.2, 25] }),
  // Malian regions with Arabic names; their namesake towns have none (as GeoNames often does).
  unit('ne-ml-segou', ['سيغو'], ['Ségou Region', 'Ségou'], 'ML', [-7.5, 12, -4, 15.5]),
  unit('ne-ml-kayes', ['كايس'], ['Kayes'], 'ML', [-12.2, 12.2, -8.5, 15.5]),
  unit('ne-ml-mopti', ['موبتي'], ['Mopti'], 'ML', [-5, 13.5, -1.5, 16]),
  w('g-segou', [], ['Ségou', 'Segou'], 'city', [-6.27, 13.43], 'ML', 130_000),
  w('g-kayes', [], ['Kayes'], 'city', [-11.43, 14.45], 'ML', 120_000),
  w('g-mopti', [], ['Mopti'], 'city', [-4.2, 14.48], 'ML', 110_000),
  e('madagascar', ['مدغشقر'], ['Madagascar'], 'country', [46.9, -19], {
    country: 'MG',
    bbox: [43.2, -25.6, 50.5, -11.9],
  }),
  unit('ne-mg-toliara', ['توليارا'], ['Toliara Province', 'Toliara'], 'MG', [43.2, -25.6, 47.5, -19]),
  w('g-toliara', [], ['Toliara', 'Toliary'], 'city', [43.67, -23.35], 'MG', 115_000),
  // Towns named like the given names and surnames of people.
  e('peru', ['بيرو'], ['Peru'], 'country', [-75, -9], { country: 'PE', bbox: [-81.3, -18.4, -68.7, -0.04] }),
  w('g-trujillo', ['تروخيو'], ['Trujillo'], 'city', [-79.03, -8.11], 'PE', 900_000),
  w('g-maria', [], ['Maria'], 'town', [-77, -10], 'PE', 2000),
  w('g-castro', [], ['Castro'], 'town', [-73.8, -42.5], 'PE', 20_000),
  e('philippines', ['الفلبين'], ['Philippines'], 'country', [122, 12], {
    country: 'PH',
    bbox: [116.9, 4.6, 126.6, 21.1],
  }),
  w('g-davao', ['دافاو'], ['Davao'], 'city', [125.6, 7.07], 'PH', 1_600_000),
  w('g-rodrigo', [], ['Rodrigo'], 'town', [121, 14], 'PH', 1000),
  w('g-bautista', [], ['Bautista'], 'town', [120.5, 15.8], 'PH', 10_000),
  // A state named like a country.
  e('australia', ['أستراليا'], ['Australia'], 'country', [134, -25], {
    country: 'AU',
    bbox: [112.9, -43.7, 153.7, -10.6],
  }),
  e('usa', ['الولايات المتحدة'], ['United States'], 'country', [-98, 39], {
    country: 'US',
    bbox: [-125, 24.5, -66.9, 49.4],
  }),
  unit('ne-au-vic', [], ['Victoria'], 'AU', [141, -39.2, 150, -34]),
  unit('ne-au-nsw', [], ['New South Wales'], 'AU', [141, -37.5, 153.6, -28.2]),
  unit('ne-au-qld', [], ['Queensland'], 'AU', [138, -29.2, 153.6, -10.7]),
  e('country-victoria', [], ['Victoria'], 'country', [55.45, -4.62], {
    country: 'SC',
    bbox: [55.3, -4.8, 55.6, -4.5],
  }),
  e('mexico', ['المكسيك'], ['Mexico'], 'country', [-102, 23], {
    country: 'MX',
    bbox: [-117, 14.5, -86.7, 32.7],
  }),
  unit('ne-mx-jal', [], ['Jalisco'], 'MX', [-105.7, 18.9, -101.5, 22.8]),
  unit('ne-mx-gro', [], ['Guerrero'], 'MX', [-102.2, 16.3, -98, 18.9]),
  unit('ne-mx-mex', [], ['Mexico', 'México'], 'MX', [-100.6, 18.4, -98.6, 20.3]),
  unit('ne-mx-dgo', [], ['Durango'], 'MX', [-107.2, 22.3, -102.5, 26.8]),
  w('g-durango', [], ['Durango'], 'city', [-104.67, 24.02], 'MX', 600_000),
  unit('ne-mx-zac', [], ['Zacatecas'], 'MX', [-104.4, 21, -100.7, 25.1]),
  w('g-zacatecas', [], ['Zacatecas'], 'city', [-102.58, 22.77], 'MX', 130_000),
  // A city and the governorate named after it, both with Arabic names.
  e('tunisia', ['تونس'], ['Tunisia'], 'country', [9.5, 34], { country: 'TN', bbox: [7.5, 30.2, 11.6, 37.5] }),
  w('g-sfax', ['صفاقس'], ['Sfax'], 'city', [10.76, 34.74], 'TN', 280_000),
  unit('ne-tn-sfax', ['صفاقس'], ['Sfax'], 'TN', [9.6, 34.2, 11.2, 35.2]),
  // Towns named like an adjective and an ocean (as Canadian, Texas, and Pacific, Washington, are).
  w('g-australian', [], ['Australian'], 'town', [-90, 35], 'US', 600),
  w('g-pacific', [], ['Pacific'], 'town', [-122.2, 47.3], 'US', 6000),
  e('samoa', ['ساموا'], ['Samoa'], 'country', [-172.1, -13.8], {
    country: 'WS',
    bbox: [-172.8, -14.1, -171.4, -13.4],
  }),
  w('g-apia', ['آبيا'], ['Apia'], 'city', [-171.76, -13.83], 'WS', 40_000),
];
const found = foundIn(buildIndex(ENTRIES));

describe('round 17', () => {
  test('a bare Arabic name of a unit whose namesake town has no Arabic name is that town', () => {
    expect(
      found('تعطلت الحركة في سيغو وموبتي بعد فيضانات مالي، وقال تجار في كايس إن الأسعار ارتفعت.', 'ar'),
    ).toEqual([
      { text: 'سيغو', id: 'g-segou' },
      { text: 'موبتي', id: 'g-mopti' },
      { text: 'مالي', id: 'mali' },
      { text: 'كايس', id: 'g-kayes' },
    ]);
    expect(found('توليارا — غمرت المياه أحياء في توليارا، ثاني موانئ مدغشقر.', 'ar')).toEqual([
      { text: 'توليارا', id: 'g-toliara' },
      { text: 'توليارا', id: 'g-toliara' },
      { text: 'مدغشقر', id: 'madagascar' },
    ]);
    // The unit named with its cue word elsewhere in the article is the unit bare too.
    expect(found('هاجم مسلحون قرية في منطقة موبتي في مالي، وتشهد موبتي هجمات متكررة.', 'ar')).toEqual([
      { text: 'منطقة موبتي', id: 'ne-ml-mopti' },
      { text: 'مالي', id: 'mali' },
      { text: 'موبتي', id: 'ne-ml-mopti' },
    ]);
    // A governor's title keeps the unit.
    expect(found('وقال محافظ موبتي في مالي إن القرى غمرت.', 'ar')).toEqual([
      { text: 'موبتي', id: 'ne-ml-mopti' },
      { text: 'مالي', id: 'mali' },
    ]);
  });

  test("a country named like a unit of the country the article's units lie in is the unit", () => {
    expect(
      found(
        'The storm crossed Queensland and New South Wales in eastern Australia before rain reached Victoria on Sunday.',
        'en',
      ),
    ).toEqual([
      { text: 'Queensland', id: 'ne-au-qld' },
      { text: 'New South Wales', id: 'ne-au-nsw' },
      { text: 'Australia', id: 'australia' },
      { text: 'Victoria', id: 'ne-au-vic' },
    ]);
    // A unit of the country itself leaves the country.
    expect(found('Rain hit Jalisco and Guerrero, and Mexico sent troops.', 'en')).toEqual([
      { text: 'Jalisco', id: 'ne-mx-jal' },
      { text: 'Guerrero', id: 'ne-mx-gro' },
      { text: 'Mexico', id: 'mexico' },
    ]);
  });

  test('a name hyphenated into a longer name, or after a prefix, is no place; a demonym is no town', () => {
    expect(found('Ash from the Fonua Samoa-Lalolalo seamount fell on Apia on Monday.', 'en')).toEqual([
      { text: 'Apia', id: 'g-apia' },
    ]);
    expect(found('Trucks on the Trans-Mali highway could not reach Mopti in Mali.', 'en')).toEqual([
      { text: 'Mopti', id: 'g-mopti' },
      { text: 'Mali', id: 'mali' },
    ]);
    expect(
      found('Two places joined keep both: flights on the Peru-Philippines route resumed.', 'en'),
    ).toEqual([
      { text: 'Peru', id: 'peru' },
      { text: 'Philippines', id: 'philippines' },
    ]);
    expect(found('Floods cut the Australian Pacific rail line in Queensland, Australia.', 'en')).toEqual([
      { text: 'Queensland', id: 'ne-au-qld' },
      { text: 'Australia', id: 'australia' },
    ]);
  });

  test("a place that opens an organisation's or a building's name is no mention", () => {
    expect(
      found('The Queensland State Emergency Service Authority said roads in Australia were cut.', 'en'),
    ).toEqual([{ text: 'Australia', id: 'australia' }]);
    expect(
      found('Patients were moved from Davao Regional Hospital to a school in the Philippines.', 'en'),
    ).toEqual([{ text: 'Philippines', id: 'philippines' }]);
    // A place with no organisation word after its capitalised words stays.
    expect(found('Trucks of the Relief Agency reached Trujillo in Peru.', 'en')).toContainEqual({
      text: 'Trujillo',
      id: 'g-trujillo',
    });
  });

  test('names listed after a plural unit noun are units', () => {
    expect(
      found(
        'The floods in Mexico were the worst since October 1973, when rivers overflowed in the provinces of Durango and Zacatecas.',
        'en',
      ),
    ).toEqual([
      { text: 'Mexico', id: 'mexico' },
      { text: 'Durango', id: 'ne-mx-dgo' },
      { text: 'Zacatecas', id: 'ne-mx-zac' },
    ]);
    // Without the plural noun, the city.
    expect(found('Rivers overflowed in Durango, Mexico.', 'en')).toEqual([
      { text: 'Durango', id: 'g-durango' },
      { text: 'Mexico', id: 'mexico' },
    ]);
  });

  test("a seat city's name after a governor's title is the unit", () => {
    expect(found('وقال والي صفاقس إن الأمطار غمرت أحياء في صفاقس ومدناً أخرى في تونس.', 'ar')).toEqual([
      { text: 'صفاقس', id: 'ne-tn-sfax' },
      { text: 'صفاقس', id: 'g-sfax' },
      { text: 'تونس', id: 'tunisia' },
    ]);
  });

  test("a name set off by a comma after a person's title is the person, not places", () => {
    expect(
      found("The region's governor, Maria Castro, said roads to Trujillo in Peru were cut.", 'en'),
    ).toEqual([
      { text: 'Trujillo', id: 'g-trujillo' },
      { text: 'Peru', id: 'peru' },
    ]);
    expect(
      found("The country's president, Rodrigo Bautista, flew to Davao in the Philippines on Monday.", 'en'),
    ).toEqual([
      { text: 'Davao', id: 'g-davao' },
      { text: 'Philippines', id: 'philippines' },
    ]);
  });

  test('a word that starts like a first-person future verb («ساحلية», «ساعات») is no future cue', () => {
    // 2022-01-23 is a Sunday: the Saturday the text reports is the day before.
    const ar = (text: string) =>
      findDates(text, { lang: 'ar', published: '2022-01-23' }).map((d) => [d.exact, d.date]);
    expect(ar('غمرت الأمطار قرى ساحلية في ولاية كيرالا يوم السبت.')).toEqual([['يوم السبت', '2022-01-22']]);
    expect(ar('وانقطعت الكهرباء لساعات طويلة عن أحياء في مدينة سانتوس يوم الجمعة.')).toEqual([
      ['يوم الجمعة', '2022-01-21'],
    ]);
    // A future verb still counts forward.
    expect(ar('وقال المحافظ إن فرق الإغاثة ستتوجه إلى القرى الساحلية يوم الجمعة.')).toEqual([
      ['يوم الجمعة', '2022-01-28'],
    ]);
  });
});
