/**
 * Matching rules from the nineteenth round (issue 18): how the anchors of an article that names no
 * country start, on made-up sentences from several countries. Points and populations are rough and
 * illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w, unit } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('india', ['الهند'], ['India'], 'country', [79, 22], { country: 'IN', bbox: [68, 6.7, 97.4, 35.5] }),
  unit('ne-in-mh', [], ['Maharashtra'], 'IN', [72.6, 15.6, 80.9, 22]),
  unit('ne-in-hp', [], ['Himachal Pradesh'], 'IN', [75.6, 30.4, 79, 33.2]),
  w('g-pune', [], ['Pune'], 'city', [73.86, 18.52], 'IN', 3_100_000),
  w('g-satara', [], ['Satara'], 'town', [74, 17.68], 'IN', 120_000),
  w('g-manali', [], ['Manali'], 'town', [77.19, 32.24], 'IN', 8000),
  w('g-mandi', [], ['Mandi'], 'town', [76.93, 31.71], 'IN', 26_000),
  // A namesake of Satara far away, larger (as GeoNames holds namesakes of many towns).
  w('g-satara-x', [], ['Satara'], 'city', [20, 10], 'TD', 200_000),
  e('jordan', ['الأردن'], ['Jordan'], 'country', [36.5, 31], {
    country: 'JO',
    bbox: [34.9, 29.2, 39.3, 33.4],
  }),
  w('g-irbid', ['إربد'], ['Irbid'], 'city', [35.85, 32.55], 'JO', 500_000),
  w('g-irbid-village', ['إربد'], ['Irbid'], 'village', [36.2, 34.5], 'SY', 2000),
  w('g-ramtha', ['الرمثا'], ['Ramtha'], 'town', [36.01, 32.56], 'JO', 150_000),
  w('g-maan', ['معان'], ["Ma'an"], 'town', [35.73, 30.19], 'JO', 40_000),
  w('g-tafilah', ['الطفيلة'], ['Tafilah'], 'town', [35.6, 30.84], 'JO', 30_000),
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  w('g-garissa', [], ['Garissa'], 'town', [39.64, -0.45], 'KE', 120_000),
  w('g-mandera', [], ['Mandera'], 'town', [41.86, 3.94], 'KE', 90_000),
  e('mali', ['مالي'], ['Mali'], 'country', [-2, 17], { country: 'ML', bbox: [-12.2, 10.1, 4.2, 25] }),
  w('g-kayes', ['كايس'], ['Kayes'], 'city', [-11.43, 14.45], 'ML', 120_000),
  e('colombia', ['كولومبيا'], ['Colombia'], 'country', [-73, 4], {
    country: 'CO',
    bbox: [-79, -4.2, -66.9, 12.5],
  }),
  w('g-medellin', ['ميديين'], ['Medellín'], 'city', [-75.56, 6.25], 'CO', 2_000_000),
  w('g-bello', [], ['Bello'], 'city', [-75.56, 6.34], 'CO', 390_000),
  w('g-envigado', [], ['Envigado'], 'city', [-75.59, 6.17], 'CO', 160_000),
  w('g-kano', ['كانو'], ['Kano'], 'city', [8.52, 12], 'NG', 4_000_000),
  unit('ne-ng-kano', ['كانو'], ['Kano'], 'NG', [7.6, 10.3, 9.6, 12.8]),
  w('g-kaduna', ['كادونا'], ['Kaduna'], 'city', [7.44, 10.52], 'NG', 1_500_000),
  w('g-zaria', ['زاريا'], ['Zaria'], 'city', [7.7, 11.1], 'NG', 700_000),
  // Cities whose Arabic names are common words («هزة», a tremor; «ميدان», a square).
  w('g-hezhou', ['هزة'], ['Hezhou'], 'city', [111.55, 24.4], 'CN', 2_000_000),
  w('g-medan', ['ميدان'], ['Medan'], 'city', [98.67, 3.59], 'ID', 2_000_000),
  e('turkey', ['تركيا'], ['Turkey'], 'country', [35, 39], { country: 'TR', bbox: [26, 35.8, 44.8, 42.1] }),
  w('g-marmaris', ['مرمريس'], ['Marmaris'], 'town', [28.27, 36.85], 'TR', 35_000),
  w('g-bodrum', ['بودروم'], ['Bodrum'], 'town', [27.43, 37.04], 'TR', 40_000),
  // Units named like their seats.
  e('argentina', ['الأرجنتين'], ['Argentina'], 'country', [-64, -34], {
    country: 'AR',
    bbox: [-73.6, -55.1, -53.6, -21.8],
  }),
  unit('ne-ar-ba', [], ['Buenos Aires'], 'AR', [-63.4, -41, -56.7, -33.3]),
  e('buenos-aires', [], ['Buenos Aires'], 'city', [-58.38, -34.6], {
    country: 'AR',
    world: true,
    actor: true,
  }),
  w('g-laplata', [], ['La Plata'], 'city', [-57.95, -34.92], 'AR', 650_000),
  unit('ne-dz-msila', ['المسيلة'], ["M'Sila"], 'DZ', [3.4, 34.6, 5.3, 36.2]),
  w('g-msila', ['المسيلة'], ["M'Sila"], 'city', [4.54, 35.7], 'DZ', 150_000),
  w('g-bousaada', ['بوسعادة'], ['Bou Saâda'], 'city', [4.18, 35.21], 'DZ', 130_000),
  // A reviewed city and its larger GeoNames namesake.
  e('tripoli-lb', ['طرابلس'], ['Tripoli'], 'city', [35.84, 34.43], { country: 'LB' }),
  w('g-tripoli-ly', ['طرابلس'], ['Tripoli'], 'city', [13.18, 32.88], 'LY', 1_150_000),
  w('g-halba', ['حلبا'], ['Halba'], 'town', [36.08, 34.54], 'LB', 20_000),
  // A unit of another country named in passing.
  unit('ne-us-hi', [], ['Hawaii'], 'US', [-160.3, 18.9, -154.8, 22.3]),
  w('g-honolulu', [], ['Honolulu'], 'city', [-157.86, 21.31], 'US', 350_000),
  // Namesake cities of a size, and a unit named like a given name.
  w('g-valencia-ve', [], ['Valencia'], 'city', [-68, 10.16], 'VE', 1_650_000),
  w('g-valencia-es', [], ['Valencia'], 'city', [-0.38, 39.47], 'ES', 800_000),
  unit('ne-cv-paul', [], ['Paul'], 'CV', [-25.2, 17, -25, 17.2]),
  // A unit whose Arabic name is a conjunction («بينما», "while").
  unit('ne-vu-penama', ['بينما'], ['Penama'], 'VU', [167.6, -15.6, 168.3, -14.6]),
  w('g-binjai', ['بينجاي'], ['Binjai'], 'city', [98.48, 3.6], 'ID', 250_000),
];
const found = foundIn(buildIndex(ENTRIES));

describe('round 19: the anchors of an article that names no country', () => {
  test('a dateline with its unit after the comma starts the anchors', () => {
    expect(
      found('PUNE, Maharashtra — Landslides cut the road between Pune and Satara on Monday.', 'en'),
    ).toEqual([
      { text: 'PUNE', id: 'g-pune' },
      { text: 'Maharashtra', id: 'ne-in-mh' },
      { text: 'Pune', id: 'g-pune' },
      { text: 'Satara', id: 'g-satara' },
    ]);
  });

  test("the name after a dateline's comma is the unit, not its namesake city", () => {
    expect(found('LA PLATA, Buenos Aires — Storms flooded La Plata on Tuesday.', 'en')).toEqual([
      { text: 'LA PLATA', id: 'g-laplata' },
      { text: 'Buenos Aires', id: 'ne-ar-ba' },
      { text: 'La Plata', id: 'g-laplata' },
    ]);
    expect(found('بوسعادة، المسيلة — غمرت السيول أحياء في بوسعادة.', 'ar')).toEqual([
      { text: 'بوسعادة', id: 'g-bousaada' },
      { text: 'المسيلة', id: 'ne-dz-msila' },
      { text: 'بوسعادة', id: 'g-bousaada' },
    ]);
  });

  test("a bare dateline is its name's largest settlement, when it is a town", () => {
    expect(found('إربد — غمرت السيول شوارع في إربد والرمثا مساء الأحد.', 'ar')).toEqual([
      { text: 'إربد', id: 'g-irbid' },
      { text: 'إربد', id: 'g-irbid' },
      { text: 'الرمثا', id: 'g-ramtha' },
    ]);
    // A credit or a note in parentheses, a region in parentheses.
    expect(found('إربد (وكالة الأنباء الأردنية، بترا) — غمرت السيول شوارع الرمثا.', 'ar')).toEqual([
      { text: 'إربد', id: 'g-irbid' },
      { text: 'الرمثا', id: 'g-ramtha' },
    ]);
    expect(found('إربد (الأردن) — غمرت السيول شوارع الرمثا.', 'ar')).toEqual([
      { text: 'إربد', id: 'g-irbid' },
      { text: 'الأردن', id: 'jordan' },
      { text: 'الرمثا', id: 'g-ramtha' },
    ]);
    expect(
      found('GARISSA (Kenya News Agency, via local radio) — Floods cut the road to Mandera.', 'en'),
    ).toEqual([
      { text: 'GARISSA', id: 'g-garissa' },
      { text: 'Mandera', id: 'g-mandera' },
    ]);
    // The article's only place.
    expect(found('إربد — غمرت السيول الشوارع مساء الأحد.', 'ar')).toEqual([{ text: 'إربد', id: 'g-irbid' }]);
    // The gazetteer's own reviewed city before its larger GeoNames namesake.
    expect(found('طرابلس — قالت الشرطة إن اشتباكات وقعت قرب حلبا.', 'ar')).toEqual([
      { text: 'طرابلس', id: 'tripoli-lb' },
      { text: 'حلبا', id: 'g-halba' },
    ]);
    // Not one whose namesake is a third its size or more.
    expect(found('VALENCIA — Rain flooded streets across the region.', 'en')).toEqual([]);
    // A village-sized dateline anchors nothing.
    expect(found('MANALI — Snow cut the road to Mandi.', 'en')).toEqual([]);
  });

  test("a first-level unit named bare, its name's only reading, anchors its country", () => {
    expect(
      found('Heavy snow closed roads across Himachal Pradesh, cutting off Manali and Mandi.', 'en'),
    ).toEqual([
      { text: 'Himachal Pradesh', id: 'ne-in-hp' },
      { text: 'Manali', id: 'g-manali' },
      { text: 'Mandi', id: 'g-mandi' },
    ]);
  });

  test('units named bare anchor only in the country most signals name', () => {
    expect(
      found(
        'Snow cut roads across Himachal Pradesh and Maharashtra; the news reached Hawaii and Honolulu. Manali was cut off.',
        'en',
      ),
    ).toEqual([
      { text: 'Himachal Pradesh', id: 'ne-in-hp' },
      { text: 'Maharashtra', id: 'ne-in-mh' },
      { text: 'Manali', id: 'g-manali' },
    ]);
  });

  test("a country's demonym after a word for its state anchors the country", () => {
    expect(found('قالت السلطات الأردنية إن السيول غمرت معان والطفيلة.', 'ar')).toEqual([
      { text: 'معان', id: 'g-maan' },
      { text: 'الطفيلة', id: 'g-tafilah' },
    ]);
    // A country whose name ends in «يا»: تركيا, «التركية».
    expect(found('قالت السلطات التركية إن الحريق امتد من مرمريس إلى بودروم.', 'ar')).toEqual([
      { text: 'مرمريس', id: 'g-marmaris' },
      { text: 'بودروم', id: 'g-bodrum' },
    ]);
    expect(found('Kenyan police said floods cut the road between Garissa and Mandera.', 'en')).toEqual([
      { text: 'Garissa', id: 'g-garissa' },
      { text: 'Mandera', id: 'g-mandera' },
    ]);
    // Not a nisba after another word («وزارة المالية», the Ministry of Finance), nor a demonym before
    // another noun.
    expect(found('قالت وزارة المالية إن الأسعار ارتفعت في كايس.', 'ar')).toEqual([]);
    expect(found('Kenyan tea prices rose in Garissa.', 'en')).toEqual([]);
  });

  test('with no other signal, a city of half a million named bare as a place anchors the article', () => {
    expect(
      found('Roads into Medellín were cut, and rain flooded homes in Bello and Envigado.', 'en'),
    ).toEqual([
      { text: 'Medellín', id: 'g-medellin' },
      { text: 'Bello', id: 'g-bello' },
      { text: 'Envigado', id: 'g-envigado' },
    ]);
    expect(found('غمرت الفيضانات أحياء في كانو، وامتدت إلى كادونا وزاريا.', 'ar')).toEqual([
      { text: 'كانو', id: 'g-kano' },
      { text: 'كادونا', id: 'g-kaduna' },
      { text: 'زاريا', id: 'g-zaria' },
    ]);
    // "While" after a comma is no unit named in a list (Penama, Vanuatu, is بينما).
    expect(found('وصلت السيول إلى كانو، بينما بقيت زاريا بعيدة عنها.', 'ar')).toEqual([
      { text: 'كانو', id: 'g-kano' },
      { text: 'زاريا', id: 'g-zaria' },
    ]);
    // A person's given name is no unit named bare (Paul is one of Cape Verde's).
    expect(found('Mayor Paul Rendón said roads into Medellín were cut.', 'en')).toEqual([
      { text: 'Medellín', id: 'g-medellin' },
    ]);
    // A sentence's first word, a common word, the first term of a construct: no signal.
    expect(found('Medellín was cut off, and rain flooded homes in Bello.', 'en')).toEqual([]);
    expect(found('وقالت إن هزة أرضية ضربت بينجاي ليلا.', 'ar')).toEqual([]);
    expect(found('تظاهر المئات في ميدان التحرير قرب بينجاي.', 'ar')).toEqual([]);
  });
});
