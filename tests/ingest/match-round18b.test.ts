/**
 * Matching rules from round 18, part B (issue 18): namesakes decided by the article's geography,
 * on made-up sentences from other countries than the fixtures'. Points and populations are rough
 * and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const unit = (
  id: string,
  en: string[],
  country: string,
  bbox: [number, number, number, number],
): GazetteerEntry => ({
  ...w(id, [], en, 'governorate', [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2], country),
  bbox,
});

const ENTRIES: GazetteerEntry[] = [
  // India: two Aurangabads, one a city of a million in Maharashtra, one a town in Bihar.
  e('patna', [], ['Patna'], 'city', [85.14, 25.59], { country: 'IN' }),
  e('gaya', [], ['Gaya'], 'city', [85.0, 24.79], { country: 'IN' }),
  e('sasaram', [], ['Sasaram'], 'town', [84.03, 24.95], { country: 'IN' }),
  w('g-mumbai', [], ['Mumbai'], 'city', [72.88, 19.08], 'IN', 12_400_000),
  w('g-aurangabad-mh', [], ['Aurangabad'], 'city', [75.34, 19.88], 'IN', 1_175_000),
  w('g-aurangabad-br', [], ['Aurangabad'], 'town', [84.37, 24.75], 'IN', 102_000),
  // Germany: Neustadt an der Weinstraße (Rhineland-Palatinate) and Neustadt an der Waldnaab (Bavaria).
  e('germany', [], ['Germany'], 'country', [10.4, 51.1], { country: 'DE', bbox: [5.9, 47.3, 15.0, 55.1] }),
  e('australia', [], ['Australia'], 'country', [134, -25], {
    country: 'AU',
    bbox: [112.9, -43.7, 153.7, -10.6],
  }),
  unit('ne-de-by', ['Bavaria'], 'DE', [8.98, 47.27, 13.84, 50.56]),
  w('g-neustadt-rp', [], ['Neustadt'], 'town', [8.14, 49.35], 'DE', 53_000),
  w('g-neustadt-by', [], ['Neustadt'], 'town', [12.17, 49.73], 'DE', 6000),
  // Australia: Richmond in New South Wales and in Queensland.
  unit('ne-au-qld', ['Queensland'], 'AU', [138, -29.18, 153.55, -9.14]),
  w('g-richmond-nsw', [], ['Richmond'], 'town', [150.75, -33.6], 'AU', 5500),
  w('g-richmond-qld', [], ['Richmond'], 'village', [143.14, -20.73], 'AU', 650),
  // Germany: Frankfurt am Main (Hesse) and Frankfurt (Oder) (Brandenburg).
  e('mainz', [], ['Mainz'], 'city', [8.27, 50.0], { country: 'DE' }),
  e('wiesbaden', [], ['Wiesbaden'], 'city', [8.24, 50.08], { country: 'DE' }),
  unit('ne-de-bb', ['Brandenburg'], 'DE', [11.27, 51.36, 14.77, 53.56]),
  w('g-frankfurt-main', [], ['Frankfurt'], 'city', [8.68, 50.11], 'DE', 750_000),
  w('g-frankfurt-oder', [], ['Frankfurt'], 'town', [14.55, 52.34], 'DE', 57_000),
];

const found = foundIn(buildIndex(ENTRIES));
const idOf = (text: string, name: string) => found(text, 'en').find((m) => m.text.endsWith(name))?.id;

describe('namesakes decided by the article geography', () => {
  test('the namesake nearest the other places, not the larger one near a place named in passing', () => {
    const t =
      'Floods cut roads between Patna, Gaya and Sasaram on Monday, and rescue teams flown in from Mumbai reached Aurangabad by evening.';
    expect(idOf(t, 'Aurangabad')).toBe('g-aurangabad-br');
  });

  test('the namesake inside the first-level unit named before it in the sentence', () => {
    expect(idOf("In Germany's Bavaria, the river flooded the town of Neustadt on Monday.", 'Neustadt')).toBe(
      'g-neustadt-by',
    );
    expect(idOf("In Australia's Queensland, floodwater cut off the town of Richmond.", 'Richmond')).toBe(
      'g-richmond-qld',
    );
  });

  test('the unit of another sentence says nothing', () => {
    expect(
      idOf(
        'Rain fell across Bavaria in Germany. The river flooded the town of Neustadt on Monday.',
        'Neustadt',
      ),
    ).toBe('g-neustadt-rp');
  });

  test("a name's first mention decides its later ones", () => {
    const t =
      'Trains between Frankfurt, Mainz and Wiesbaden stopped in Germany on Monday. Freight went through Brandenburg to reach Frankfurt.';
    expect(
      found(t, 'en')
        .filter((m) => m.text === 'Frankfurt')
        .map((m) => m.id),
    ).toEqual(['g-frankfurt-main', 'g-frankfurt-main']);
  });
});

// Namesakes among the GeoNames villages the world index leaves out (`buildIndex`'s `villages`).
const VILLAGES_WORLD: GazetteerEntry[] = [
  e('bergen', [], ['Bergen'], 'city', [5.32, 60.39], { country: 'NO' }),
  e('voss', [], ['Voss'], 'town', [6.42, 60.63], { country: 'NO' }),
  w('g-dale-us', [], ['Dale'], 'town', [-86.99, 38.17], 'US', 1600),
  e('cork', [], ['Cork'], 'city', [-8.47, 51.9], { country: 'IE' }),
  e('clonakilty', [], ['Clonakilty'], 'town', [-8.89, 51.62], { country: 'IE' }),
  w('g-bandon-us', [], ['Bandon'], 'town', [-124.41, 43.12], 'US', 3100),
  e('seattle', [], ['Seattle'], 'city', [-122.33, 47.61], { country: 'US' }),
  e('portland', [], ['Portland'], 'city', [-122.68, 45.52], { country: 'US' }),
];
const VILLAGES: GazetteerEntry[] = [
  w('v-dale-no', [], ['Dale'], 'village', [5.82, 60.58], 'NO', 1100),
  w('v-bandon-ie', [], ['Bandon'], 'village', [-8.74, 51.75], 'IE', 1000),
  w('v-bandon-za', [], ['Bandon'], 'village', [30.1, -29.6], 'ZA', 800),
];
const foundV = foundIn(buildIndex(VILLAGES_WORLD, [], VILLAGES));

describe('a left-out village near the article, not a namesake far away', () => {
  test('after a cue word, another country named', () => {
    const t =
      'Landslides closed roads around Bergen and Voss, and the village of Dale was cut off. A crew flew in from Seattle.';
    expect(foundV(t, 'en').find((m) => m.text.endsWith('Dale'))?.id).toBe('v-dale-no');
  });

  test('bare, among the places of its country, another country named', () => {
    const t =
      'The river flooded streets in Cork and Clonakilty, and shops in Bandon were emptied. Pumps were sent from Portland.';
    expect(foundV(t, 'en').find((m) => m.text === 'Bandon')?.id).toBe('v-bandon-ie');
  });
});

// Latin-only GeoNames places (no Arabic name in this fixture) spelled in Arabic.
const SPELLED: GazetteerEntry[] = [
  e('iran', ['إيران'], ['Iran'], 'country', [53, 32], { country: 'IR', bbox: [44, 25, 63.3, 39.8] }),
  w('g-azarshahr', [], ['Āz̄arshahr', 'Azarshahr'], 'town', [45.98, 37.76], 'IR', 40_000),
  e('yemen', ['اليمن'], ['Yemen'], 'country', [48, 15.5], { country: 'YE', bbox: [42.5, 12.1, 53.1, 19] }),
  w('g-dhamar', [], ['Dhamar'], 'city', [44.4, 14.54], 'YE', 160_000),
];
const foundS = foundIn(buildIndex(SPELLED));

describe('Arabic spellings of Latin-only names', () => {
  test('z̄ transliterates ذ (Persian, BGN/PCGN)', () => {
    expect(foundS('ضرب زلزال مدينة آذرشهر في إيران.', 'ar').find((m) => m.text.includes('آذرشهر'))?.id).toBe(
      'g-azarshahr',
    );
  });

  test('dh is ذ', () => {
    expect(foundS('سقطت قذائف على مدينة ذمار في اليمن.', 'ar').find((m) => m.text.includes('ذمار'))?.id).toBe(
      'g-dhamar',
    );
  });
});

// GeoNames places with no Arabic name in this fixture, near the article's places.
const PHRASES: GazetteerEntry[] = [
  e('ifrane', ['إفران'], ['Ifrane'], 'city', [-5.11, 33.53], { country: 'MA' }),
  w('g-ain-leuh', [], ['Aïn Leuh'], 'town', [-5.33, 33.28], 'MA', 6000),
  e('benghazi', ['بنغازي'], ['Benghazi'], 'city', [20.07, 32.12], { country: 'LY' }),
  w('g-marj', [], ['Al Marj'], 'town', [20.88, 32.49], 'LY', 85_000),
  w('g-madina-ly', [], ['Al Madinah'], 'village', [20.5, 32.3], 'LY', 900),
];
const foundP = foundIn(buildIndex(PHRASES));

describe('Arabic names of several words, or with the article, after a preposition of place', () => {
  test('two words', () => {
    const t = 'اندلعت الحرائق قرب إفران وامتدت إلى عين اللوح مساء الاثنين.';
    expect(foundP(t, 'ar').find((m) => m.text === 'عين اللوح')?.id).toBe('g-ain-leuh');
  });

  test('one word with the article, the Latin name with it too; later mentions follow', () => {
    const t = 'وصلت المساعدات من بنغازي إلى المرج. وقال سكان المرج إن الطريق أغلق.';
    expect(
      foundP(t, 'ar')
        .filter((m) => m.text.endsWith('المرج'))
        .map((m) => m.id),
    ).toEqual(['g-marj', 'g-marj']);
  });

  test('a common noun is no place', () => {
    const t = 'وصلت المساعدات من بنغازي إلى المدينة مساء الاثنين.';
    expect(foundP(t, 'ar').map((m) => m.id)).toEqual(['benghazi']);
  });
});

const VILLAGE_PLACES: GazetteerEntry[] = [
  e('barnstaple', [], ['Barnstaple'], 'town', [-4.06, 51.08], { country: 'GB' }),
  e('hellin', [], ['Hellín'], 'town', [-1.7, 38.51], { country: 'ES' }),
];
const VILLAGES_LEFT_OUT: GazetteerEntry[] = [
  w('v-lynmouth', [], ['Lynmouth'], 'village', [-3.83, 51.23], 'GB', 800),
  w('v-letur', [], ['Letur'], 'village', [-2.1, 38.36], 'ES', 900),
];
const foundL = foundIn(buildIndex(VILLAGE_PLACES, [], VILLAGES_LEFT_OUT));

describe('a left-out village found once is every mention of its name', () => {
  test('England', () => {
    const t =
      'Lynmouth cut off as the river bursts its banks. Water poured through homes in Lynmouth and Barnstaple, and the bridge above Lynmouth was closed.';
    expect(
      foundL(t, 'en')
        .filter((m) => m.text === 'Lynmouth')
        .map((m) => m.id),
    ).toEqual(['v-lynmouth', 'v-lynmouth', 'v-lynmouth']);
  });

  test('Spain, not the first word of a named feature', () => {
    const t =
      'Letur mourns as a flash flood kills five. The water swept through streets in Letur, residents of Hellín sent food, and the Letur bridge was closed.';
    expect(
      foundL(t, 'en')
        .filter((m) => m.id === 'v-letur')
        .map((m) => m.text),
    ).toEqual(['Letur', 'Letur']);
  });
});

// A large place whose alternate names hold a longer name of another place (as GeoNames lists "New
// Delhi" among Delhi's names).
const LONGER: GazetteerEntry[] = [
  w('g-mumbai-big', [], ['Mumbai', 'Navi Mumbai'], 'city', [72.88, 19.08], 'IN', 12_400_000),
  w('g-navi-mumbai', [], ['Navi Mumbai'], 'city', [73.02, 19.03], 'IN', 1_100_000),
  e('thane', [], ['Thane'], 'city', [72.97, 19.2], { country: 'IN' }),
  e('spain', [], ['Spain'], 'country', [-3.7, 40.4], { country: 'ES', bbox: [-18.2, 27.6, 4.3, 43.8] }),
  w('g-santa-cruz', [], ['Santa Cruz', 'Santa Cruz de Tenerife'], 'city', [-16.25, 28.47], 'ES', 200_000),
  unit('ne-es-tf', ['Santa Cruz de Tenerife'], 'ES', [-18.2, 27.6, -16.1, 28.9]),
];
const foundLonger = foundIn(buildIndex(LONGER));

describe('a name is the place whose own name it is, not one named by a part of it', () => {
  test('India', () => {
    expect(foundLonger('Flooding closed roads in Thane and Navi Mumbai on Monday.', 'en')[1]?.id).toBe(
      'g-navi-mumbai',
    );
  });

  test('Spain', () => {
    const t = 'In Spain, storms hit Santa Cruz de Tenerife on Monday.';
    expect(foundLonger(t, 'en').find((m) => m.text.endsWith('Tenerife'))?.id).toBe('ne-es-tf');
  });
});

// Namesakes named by the first part of a longer name (illustrative points).
const SHORTER: GazetteerEntry[] = [
  e('peru', [], ['Peru'], 'country', [-75, -9], { country: 'PE', bbox: [-81.3, -18.4, -68.7, -0.04] }),
  w('g-cerro', [], ['Cerro'], 'town', [-76.9, -12.1], 'PE', 6000),
  e('madrid', [], ['Madrid'], 'city', [-3.7, 40.42], { country: 'ES' }),
  w('g-alcala', [], ['Alcalá'], 'town', [-0.88, 39.5], 'ES', 9000),
];
const foundShorter = foundIn(buildIndex(SHORTER));

describe('a name that goes on after a particle is a longer, unknown name', () => {
  test('Peru, after a cue', () => {
    const t = 'In Peru, a landslide buried homes in the city of Cerro de Pasco on Monday.';
    expect(foundShorter(t, 'en').find((m) => m.text.includes('Cerro'))).toEqual({
      text: 'city of Cerro de Pasco',
      id: null,
      kind: 'city',
    });
  });

  test('Spain, bare', () => {
    const t = 'Trains between Madrid and Alcalá de Henares stopped on Monday.';
    expect(foundShorter(t, 'en').find((m) => m.text.includes('Alcalá'))).toEqual({
      text: 'Alcalá de Henares',
      id: null,
      kind: 'town',
    });
  });
});
