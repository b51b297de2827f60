/**
 * Matching rules from the twentieth round (issue 18), part A: the kind and the extent of a place a
 * cue word names, on made-up sentences from countries the tuning sets do not cover. Points and
 * populations are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { NE_PHYSICAL_TITLE } from '../../src/ingest/gazetteer.ts';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('liberia', ['ليبيريا'], ['Liberia'], 'country', [-9.4, 6.4], { country: 'LR' }),
  e('hungary', ['المجر'], ['Hungary'], 'country', [19.5, 47.2], { country: 'HU' }),
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE' }),
  e('jordan', ['الأردن'], ['Jordan'], 'country', [36.5, 31], { country: 'JO' }),
  e('somalia', ['الصومال'], ['Somalia'], 'country', [46, 6], { country: 'SO' }),
  e('iraq', ['العراق'], ['Iraq'], 'country', [44, 33], { country: 'IQ' }),
  e('libya', ['ليبيا'], ['Libya'], 'country', [17, 27], { country: 'LY' }),
  e('egypt', ['مصر'], ['Egypt'], 'country', [30, 27], { country: 'EG' }),
  e('sudan', ['السودان'], ['Sudan'], 'country', [30, 15], { country: 'SD' }),
  w('g-gbarnga', [], ['Gbarnga'], 'town', [-9.47, 7], 'LR', 45_000),
  // A county named after its seat.
  w('g-kisumu', [], ['Kisumu'], 'city', [34.76, -0.1], 'KE', 400_000),
  // Somali and Iraqi towns a district, a field or a refinery is named after.
  w('g-afgooye', ['أفجوي'], ['Afgooye'], 'town', [45.12, 2.14], 'SO', 0),
  w('g-mogadishu', ['مقديشو'], ['Mogadishu'], 'city', [45.34, 2.04], 'SO', 2_000_000),
  w('g-baiji', ['بيجي'], ['Baiji'], 'town', [43.49, 34.93], 'IQ', 100_000),
  w('g-zubair', ['الزبير'], ['Az Zubayr'], 'town', [47.7, 30.39], 'IQ', 120_000),
  w('g-basra', ['البصرة'], ['Basra'], 'city', [47.78, 30.51], 'IQ', 2_000_000),
  w('g-mosul', ['الموصل'], ['Mosul'], 'city', [43.13, 36.34], 'IQ', 1_400_000),
  w('g-asyut', ['أسيوط'], ['Asyut'], 'city', [31.18, 27.18], 'EG', 400_000),
  w('g-kassala', ['كسلا'], ['Kassala'], 'city', [36.4, 15.45], 'SD', 400_000),
];
const found = foundIn(buildIndex(ENTRIES));

describe('round 20a: the kind a cue word gives', () => {
  test('a county is a district, named after a town or not', () => {
    expect(found('Floods cut roads in Bong County and Nimba County, Liberia, on Monday.', 'en')).toEqual([
      { text: 'Bong County', id: null, kind: 'district' },
      { text: 'Nimba County', id: null, kind: 'district' },
      { text: 'Liberia', id: 'liberia' },
    ]);
    expect(found('Heavy rain flooded Kisumu County in western Kenya.', 'en')).toEqual([
      { text: 'Kisumu County', id: null, kind: 'district' },
      { text: 'Kenya', id: 'kenya' },
    ]);
    expect(found('Snow closed roads across Baranya County in Hungary.', 'en')).toEqual([
      { text: 'Baranya County', id: null, kind: 'district' },
      { text: 'Hungary', id: 'hungary' },
    ]);
  });

  test('a camp no source has is a facility, as the cue table says', () => {
    expect(found('وصلت عائلات جديدة إلى مخيم داداب في كينيا.', 'ar')).toEqual([
      { text: 'مخيم داداب', id: null, kind: 'facility' },
      { text: 'كينيا', id: 'kenya' },
    ]);
    expect(found('يعيش آلاف اللاجئين في مخيم الزعتري شمال الأردن.', 'ar')).toEqual([
      { text: 'مخيم الزعتري', id: null, kind: 'facility' },
      { text: 'الأردن', id: 'jordan' },
    ]);
  });

  test('«مديرية» names a district, even one named after a town; an office is no place', () => {
    expect(found('اندلعت اشتباكات في مديرية هودن جنوب مقديشو في الصومال.', 'ar')).toEqual([
      { text: 'مديرية هودن', id: null, kind: 'district' },
      { text: 'مقديشو', id: 'g-mogadishu' },
      { text: 'الصومال', id: 'somalia' },
    ]);
    expect(found('سيطرت القوات على مديرية أفجوي في الصومال.', 'ar')).toEqual([
      { text: 'مديرية أفجوي', id: null, kind: 'district' },
      { text: 'الصومال', id: 'somalia' },
    ]);
    expect(found('وقالت مديرية الصحة في أسيوط بمصر إن المستشفيات استقبلت المصابين.', 'ar')).toEqual([
      { text: 'أسيوط', id: 'g-asyut' },
      { text: 'مصر', id: 'egypt' },
    ]);
    expect(found('وأعلنت مديرية أمن كسلا في السودان إغلاق الطرق.', 'ar')).toEqual([
      { text: 'كسلا', id: 'g-kassala' },
      { text: 'السودان', id: 'sudan' },
    ]);
  });

  test('the districts after a dual cue are districts', () => {
    expect(found('امتدت المعارك إلى مديريتي بلعد وجوهر في الصومال.', 'ar')).toEqual([
      { text: 'بلعد', id: null, kind: 'district' },
      { text: 'جوهر', id: null, kind: 'district' },
      { text: 'الصومال', id: 'somalia' },
    ]);
  });

  test('a bare name near the district it names is the town', () => {
    expect(found('دارت المعارك في مديرية أفجوي بالصومال، وسقطت قذائف قرب أفجوي.', 'ar')).toEqual([
      { text: 'مديرية أفجوي', id: null, kind: 'district' },
      { text: 'الصومال', id: 'somalia' },
      { text: 'أفجوي', id: 'g-afgooye' },
    ]);
  });

  test('an oil field, a works and a refinery are facilities, even named after a town', () => {
    expect(found('توقف الإنتاج في حقل الشرارة جنوب ليبيا.', 'ar')).toEqual([
      { text: 'حقل الشرارة', id: null, kind: 'facility' },
      { text: 'ليبيا', id: 'libya' },
    ]);
    expect(found('استهدفت طائرة مسيرة حقل الزبير قرب البصرة.', 'ar')).toEqual([
      { text: 'حقل الزبير', id: null, kind: 'facility' },
      { text: 'البصرة', id: 'g-basra' },
    ]);
    expect(found('اندلع حريق في مصفاة بيجي شمال العراق.', 'ar')).toEqual([
      { text: 'مصفاة بيجي', id: null, kind: 'facility' },
      { text: 'العراق', id: 'iraq' },
    ]);
  });

  test('what a field or a works holds is no name', () => {
    expect(found('انفجر لغم في حقل ألغام قرب الموصل في العراق.', 'ar')).toEqual([
      { text: 'الموصل', id: 'g-mosul' },
      { text: 'العراق', id: 'iraq' },
    ]);
    expect(found('عمل عشرين عاماً في حقل التعليم في الموصل بالعراق.', 'ar')).toEqual([
      { text: 'الموصل', id: 'g-mosul' },
      { text: 'العراق', id: 'iraq' },
    ]);
    expect(found('توقف العمل في معمل الإسمنت في بيجي بالعراق.', 'ar')).toEqual([
      { text: 'بيجي', id: 'g-baiji' },
      { text: 'العراق', id: 'iraq' },
    ]);
  });
});

describe('round 20a: a cue word followed by no name', () => {
  test('an indefinite adjective or a participle of state after a cue word', () => {
    expect(found('لجأ السكان إلى حي قريب من وسط كسلا في السودان.', 'ar')).toEqual([
      { text: 'كسلا', id: 'g-kassala' },
      { text: 'السودان', id: 'sudan' },
    ]);
    expect(found('تجمع الناس في ساحة مزدحمة بالباعة في أسيوط بمصر.', 'ar')).toEqual([
      { text: 'أسيوط', id: 'g-asyut' },
      { text: 'مصر', id: 'egypt' },
    ]);
  });

  test('a verb clause after a cue word', () => {
    expect(found('قصفت الطائرات قرية يسكنها رعاة قرب كسلا في السودان.', 'ar')).toEqual([
      { text: 'كسلا', id: 'g-kassala' },
      { text: 'السودان', id: 'sudan' },
    ]);
    expect(found('نزحت العائلات إلى مدينة تقع على الساحل جنوب مقديشو في الصومال.', 'ar')).toEqual([
      { text: 'مقديشو', id: 'g-mogadishu' },
      { text: 'الصومال', id: 'somalia' },
    ]);
    // A name stays a name.
    expect(found('وصلت القافلة إلى بلدة تل تمر.', 'ar')).toEqual([
      { text: 'بلدة تل تمر', id: null, kind: 'town' },
    ]);
  });
});

const island = (id: string, en: string, country: string, bbox: [number, number, number, number]) =>
  e(id, [], [en], 'region', [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2], {
    country,
    bbox,
    source: { title: NE_PHYSICAL_TITLE },
  });

const FEATURES: GazetteerEntry[] = [
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE' }),
  e('sweden', ['السويد'], ['Sweden'], 'country', [16, 62], { country: 'SE' }),
  e('greece', ['اليونان'], ['Greece'], 'country', [22, 39], { country: 'GR' }),
  e('indonesia', ['إندونيسيا'], ['Indonesia'], 'country', [118, -2], { country: 'ID' }),
  e('oman', ['عمان'], ['Oman'], 'country', [57, 21], { country: 'OM' }),
  island('lamu-island', 'Lamu', 'KE', [40.8, -2.35, 40.95, -2.2]),
  island('gotland', 'Gotland', 'SE', [18.1, 56.9, 19.35, 57.95]),
  island('crete', 'Crete', 'GR', [23.5, 34.9, 26.3, 35.7]),
  island('sumba', 'Sumba', 'ID', [118.9, -10.35, 120.85, -9.2]),
  w('g-chania', [], ['Chania'], 'city', [24.02, 35.51], 'GR', 110_000),
  w('g-west', [], ['West'], 'town', [-97.09, 31.8], 'US', 2_800),
  w('g-waingapu', [], ['Waingapu'], 'town', [120.26, -9.66], 'ID', 50_000),
  e('ne-om-dhofar', ['محافظة ظفار', 'ظفار'], ['Dhofar'], 'governorate', [54, 18], { country: 'OM' }),
  w('g-salalah', ['صلالة'], ['Salalah'], 'city', [54.09, 17.01], 'OM', 200_000),
];
const foundFeatures = foundIn(buildIndex(FEATURES));

describe('round 20a: the unit or the part an island names', () => {
  test('a unit cue on an island names the unit', () => {
    expect(foundFeatures('Floods cut the ferry to Lamu County in Kenya.', 'en')).toEqual([
      { text: 'Lamu County', id: null, kind: 'district' },
      { text: 'Kenya', id: 'kenya' },
    ]);
    expect(foundFeatures('Storms closed schools across Gotland County, Sweden.', 'en')).toEqual([
      { text: 'Gotland County', id: null, kind: 'district' },
      { text: 'Sweden', id: 'sweden' },
    ]);
  });

  test('a compass word before an island names its part', () => {
    expect(
      foundFeatures('Officials urged tourists to leave West Crete, near Chania in Greece.', 'en'),
    ).toEqual([
      { text: 'West Crete', id: null, kind: 'region' },
      { text: 'Chania', id: 'g-chania' },
      { text: 'Greece', id: 'greece' },
    ]);
    expect(
      foundFeatures(
        'Rescuers from Waingapu, the main town of East Sumba regency in Indonesia, arrived.',
        'en',
      ),
    ).toEqual([
      { text: 'Waingapu', id: 'g-waingapu' },
      { text: 'East Sumba regency', id: null, kind: 'district' },
      { text: 'Indonesia', id: 'indonesia' },
    ]);
  });

  test('a name that opens with its own unit cue takes no physical cue before it', () => {
    expect(foundFeatures('وقعت غارات في جبال محافظة ظفار قرب صلالة في عمان.', 'ar')).toEqual([
      { text: 'محافظة ظفار', id: 'ne-om-dhofar' },
      { text: 'صلالة', id: 'g-salalah' },
      { text: 'عمان', id: 'oman' },
    ]);
  });
});

const NAMES: GazetteerEntry[] = [
  e('brazil', ['البرازيل'], ['Brazil'], 'country', [-50, -10], { country: 'BR' }),
  e('philippines', ['الفلبين'], ['Philippines'], 'country', [122, 12], { country: 'PH' }),
  e('uganda', ['أوغندا'], ['Uganda'], 'country', [32, 1], { country: 'UG' }),
  e('sudan', ['السودان'], ['Sudan'], 'country', [30, 15], { country: 'SD' }),
  w('g-eldorado', [], ['Eldorado do Sul'], 'town', [-51.6, -30.08], 'BR', 40_000),
  w('g-porto', ['بورتو أليغري'], ['Porto Alegre'], 'city', [-51.2, -30.03], 'BR', 1_400_000),
  w('g-manila', ['مانيلا'], ['Manila'], 'city', [120.98, 14.6], 'PH', 1_600_000),
  // A namesake of the last word of a longer name.
  w('g-monte', ['مونتي'], ['Monte'], 'town', [-8.4, 43.3], 'ES', 10_000),
  w('g-fasher', ['الفاشر'], ['El Fasher'], 'city', [25.35, 13.63], 'SD', 260_000),
];
const foundNames = foundIn(buildIndex(NAMES));

describe('round 20a: where a name after a cue word ends', () => {
  test('a Romance name in Arabic letters goes on across its connective', () => {
    expect(foundNames('غمرت المياه بلدة إلدورادو دو سول قرب بورتو أليغري في البرازيل.', 'ar')).toEqual([
      { text: 'بلدة إلدورادو دو سول', id: 'g-eldorado' },
      { text: 'بورتو أليغري', id: 'g-porto' },
      { text: 'البرازيل', id: 'brazil' },
    ]);
    expect(foundNames('اجتاحت الفيضانات مدينة سان خوسيه ديل مونتي شمال مانيلا في الفلبين.', 'ar')).toEqual([
      { text: 'مدينة سان خوسيه ديل مونتي', id: null, kind: 'city' },
      { text: 'مانيلا', id: 'g-manila' },
      { text: 'الفلبين', id: 'philippines' },
    ]);
  });

  test('a camp named by two foreign words takes both; a verb after a camp is no name', () => {
    expect(foundNames('نزح آلاف إلى مخيم بيدي بيدي في أوغندا.', 'ar')).toEqual([
      { text: 'مخيم بيدي بيدي', id: null, kind: 'facility' },
      { text: 'أوغندا', id: 'uganda' },
    ]);
    expect(foundNames('وقالت إن مخيم زمزم شهد قصفاً قرب الفاشر في السودان.', 'ar')).toEqual([
      { text: 'مخيم زمزم', id: null, kind: 'facility' },
      { text: 'الفاشر', id: 'g-fasher' },
      { text: 'السودان', id: 'sudan' },
    ]);
  });
});

const WORKS: GazetteerEntry[] = [
  e('bulgaria', ['بلغاريا'], ['Bulgaria'], 'country', [25, 42.7], { country: 'BG' }),
  e('bangladesh', ['بنغلاديش'], ['Bangladesh'], 'country', [90, 24], { country: 'BD' }),
  e('australia', ['أستراليا'], ['Australia'], 'country', [134, -25], { country: 'AU' }),
  e('canada', ['كندا'], ['Canada'], 'country', [-100, 58], { country: 'CA' }),
  w('g-kozloduy', [], ['Kozloduy'], 'town', [23.73, 43.78], 'BG', 13_000),
  w('g-pabna', [], ['Pabna'], 'city', [89.23, 24.01], 'BD', 150_000),
  w('g-moree', [], ['Moree'], 'town', [149.84, -29.47], 'AU', 7_000),
  // Towns named like the creeks the sentences name.
  w('g-mehi', [], ['Mehi'], 'village', [149.5, -29.5], 'AU', 600),
  w('g-kamloops', [], ['Kamloops'], 'city', [-120.33, 50.67], 'CA', 90_000),
  w('g-peterson', [], ['Peterson'], 'village', [-120.5, 50.6], 'CA', 700),
];
const foundWorks = foundIn(buildIndex(WORKS));

describe('round 20a: facilities and creeks named after places', () => {
  test('a plant named after a town, with what it makes between', () => {
    expect(foundWorks('Inspectors visited the Kozloduy nuclear power plant in Bulgaria.', 'en')).toEqual([
      { text: 'Kozloduy nuclear power plant', id: null, kind: 'facility' },
      { text: 'Bulgaria', id: 'bulgaria' },
    ]);
    expect(
      foundWorks('Work resumed at the Rooppur nuclear power plant near Pabna, Bangladesh.', 'en'),
    ).toEqual([
      { text: 'Rooppur nuclear power plant', id: null, kind: 'facility' },
      { text: 'Pabna', id: 'g-pabna' },
      { text: 'Bangladesh', id: 'bangladesh' },
    ]);
    // A people's word names no plant.
    expect(foundWorks('A Russian nuclear power plant was built in Bangladesh.', 'en')).toEqual([
      { text: 'Bangladesh', id: 'bangladesh' },
    ]);
  });

  test('a creek is a river, not the village named like it', () => {
    expect(foundWorks('The Mehi Creek flooded streets in Moree, Australia.', 'en')).toEqual([
      { text: 'Mehi Creek', id: null, kind: 'river' },
      { text: 'Moree', id: 'g-moree' },
      { text: 'Australia', id: 'australia' },
    ]);
    expect(foundWorks('Peterson Creek rose through Kamloops in Canada.', 'en')).toEqual([
      { text: 'Peterson Creek', id: null, kind: 'river' },
      { text: 'Kamloops', id: 'g-kamloops' },
      { text: 'Canada', id: 'canada' },
    ]);
  });
});

const UNITS: GazetteerEntry[] = [
  e('sudan', ['السودان'], ['Sudan'], 'country', [30, 15], { country: 'SD' }),
  e('nigeria', ['نيجيريا'], ['Nigeria'], 'country', [8, 9.5], { country: 'NG' }),
  w('ne-sd-kassala', [], ['Kassala'], 'governorate', [36, 15.5], 'SD'),
  w('ne-ng-borno', [], ['Borno'], 'governorate', [13, 11.5], 'NG'),
];
const foundUnits = foundIn(buildIndex(UNITS));

describe('round 20a: the names a plural unit cue lists', () => {
  test('a name after a dual unit cue spelled like a world unit is that unit', () => {
    expect(foundUnits('ضربت السيول ولايتي كسلا والقضارف في السودان.', 'ar')).toEqual([
      { text: 'كسلا', id: 'ne-sd-kassala' },
      { text: 'القضارف', id: null, kind: 'governorate' },
      { text: 'السودان', id: 'sudan' },
    ]);
    expect(foundUnits('امتدت الهجمات إلى ولايتي بورنو وأداماوا في نيجيريا.', 'ar')).toEqual([
      { text: 'بورنو', id: 'ne-ng-borno' },
      { text: 'أداماوا', id: null, kind: 'governorate' },
      { text: 'نيجيريا', id: 'nigeria' },
    ]);
  });
});

const SEAS: GazetteerEntry[] = [
  e('saudi', ['السعودية'], ['Saudi Arabia'], 'country', [45, 24], { country: 'SA' }),
  e('egypt', ['مصر'], ['Egypt'], 'country', [30, 27], { country: 'EG' }),
  e('uae', ['الإمارات'], ['United Arab Emirates'], 'country', [54, 24], { country: 'AE' }),
  e('gulf', ['الخليج العربي'], ['Persian Gulf'], 'region', [51, 27]),
  w('g-riyadh', ['الرياض'], ['Riyadh'], 'city', [46.72, 24.69], 'SA', 4_000_000),
  w('g-alexandria', ['الإسكندرية'], ['Alexandria'], 'city', [29.92, 31.2], 'EG', 4_000_000),
  w('g-dubai', ['دبي'], ['Dubai'], 'city', [55.3, 25.27], 'AE', 3_000_000),
];
const foundSeas = foundIn(buildIndex(SEAS));

describe('round 20a: a sea named by an adjective of another noun', () => {
  test('a feminine adjective after a masculine sea word describes the noun before', () => {
    expect(foundSeas('عقدت قمة دول الخليج العربية في الرياض بالسعودية.', 'ar')).toEqual([
      { text: 'الرياض', id: 'g-riyadh' },
      { text: 'السعودية', id: 'saudi' },
    ]);
    expect(foundSeas('سبح الأطفال في مياه البحر الدافئة قبالة الإسكندرية في مصر.', 'ar')).toEqual([
      { text: 'الإسكندرية', id: 'g-alexandria' },
      { text: 'مصر', id: 'egypt' },
    ]);
    // An adjective that agrees names the sea.
    expect(foundSeas('عبرت السفن البحر الأحمر نحو الإسكندرية في مصر.', 'ar')).toEqual([
      { text: 'البحر الأحمر', id: null, kind: 'region' },
      { text: 'الإسكندرية', id: 'g-alexandria' },
      { text: 'مصر', id: 'egypt' },
    ]);
  });

  test('a known name a guard turned down is not proposed again as a sea', () => {
    expect(foundSeas('وذكرت صحيفة الخليج العربي أن السفن عادت إلى دبي في الإمارات.', 'ar')).toEqual([
      { text: 'دبي', id: 'g-dubai' },
      { text: 'الإمارات', id: 'uae' },
    ]);
  });
});

const OTHERS: GazetteerEntry[] = [
  e('tanzania', ['تنزانيا'], ['Tanzania'], 'country', [35, -6], { country: 'TZ' }),
  e('philippines', ['الفلبين'], ['Philippines'], 'country', [122, 12], { country: 'PH' }),
  w('g-mtwara', [], ['Mtwara'], 'town', [40.18, -10.27], 'TZ', 100_000),
  // A village named like a river.
  w('g-rufiji', [], ['Rufiji'], 'village', [38.5, -7.9], 'TZ', 2_000),
  w('g-dumaguete', [], ['Dumaguete'], 'city', [123.3, 9.3], 'PH', 130_000),
];
const foundOthers = foundIn(buildIndex(OTHERS));

describe('round 20a: "X and other rivers"', () => {
  test('an unknown name before "and other" and a plural cue is of that kind, with its other mentions', () => {
    expect(
      foundOthers(
        'Near Mtwara the Ruvuma rose overnight, as the Ruvuma and other rivers did in Tanzania.',
        'en',
      ),
    ).toEqual([
      { text: 'Mtwara', id: 'g-mtwara' },
      { text: 'Ruvuma', id: null, kind: 'river' },
      { text: 'Ruvuma', id: null, kind: 'river' },
      { text: 'Tanzania', id: 'tanzania' },
    ]);
    expect(
      foundOthers('Ferries to Siquijor and other islands near Dumaguete, Philippines, stopped.', 'en'),
    ).toEqual([
      { text: 'Siquijor', id: null, kind: 'region' },
      { text: 'Dumaguete', id: 'g-dumaguete' },
      { text: 'Philippines', id: 'philippines' },
    ]);
  });

  test('a known place of another family is that kind, named after it', () => {
    expect(foundOthers('The Rufiji and other rivers burst their banks in Tanzania.', 'en')).toEqual([
      { text: 'Rufiji', id: null, kind: 'river' },
      { text: 'Tanzania', id: 'tanzania' },
    ]);
  });
});

const ROADS: GazetteerEntry[] = [
  e('pakistan', ['باكستان'], ['Pakistan'], 'country', [70, 30], { country: 'PK' }),
  e('singapore', ['سنغافورة'], ['Singapore'], 'country', [103.8, 1.35], { country: 'SG' }),
  w('g-gilgit', [], ['Gilgit'], 'city', [74.31, 35.92], 'PK', 200_000),
];
const foundRoads = foundIn(buildIndex(ROADS));

describe('round 20a: roads named by a capitalised road word', () => {
  test('"X Highway", "X Road" are roads; a lower-case road word names none', () => {
    expect(foundRoads('Landslides blocked the Karakoram Highway near Gilgit, Pakistan.', 'en')).toEqual([
      { text: 'Karakoram Highway', id: null, kind: 'road' },
      { text: 'Gilgit', id: 'g-gilgit' },
      { text: 'Pakistan', id: 'pakistan' },
    ]);
    expect(foundRoads('Water flooded shops on Orchard Road in Singapore.', 'en')).toEqual([
      { text: 'Orchard Road', id: null, kind: 'road' },
      { text: 'Singapore', id: 'singapore' },
    ]);
    // A road word inside a longer name: a newspaper, a business.
    expect(foundRoads('The Orchard Road Business Association in Singapore said shops shut.', 'en')).toEqual([
      { text: 'Singapore', id: 'singapore' },
    ]);
    expect(foundRoads('Landslides blocked the Gilgit road in Pakistan.', 'en')).toEqual([
      { text: 'Gilgit', id: 'g-gilgit' },
      { text: 'Pakistan', id: 'pakistan' },
    ]);
  });
});

const MOSQUES: GazetteerEntry[] = [
  e('syria', ['سوريا'], ['Syria'], 'country', [38, 35], { country: 'SY' }),
  e('egypt', ['مصر'], ['Egypt'], 'country', [30, 27], { country: 'EG' }),
  w('g-damascus', ['دمشق'], ['Damascus'], 'city', [36.29, 33.51], 'SY', 2_000_000),
  w('g-cairo', ['القاهرة'], ['Cairo'], 'city', [31.24, 30.04], 'EG', 9_000_000),
];
const foundMosques = foundIn(buildIndex(MOSQUES));

describe('round 20a: a mosque named by its adjective', () => {
  test('«الجامع الأموي», «الجامع الأزهر» are facilities; a describing adjective names none', () => {
    expect(foundMosques('احتشد المصلون في الجامع الأموي وسط دمشق في سوريا.', 'ar')).toEqual([
      { text: 'الجامع الأموي', id: null, kind: 'facility' },
      { text: 'دمشق', id: 'g-damascus' },
      { text: 'سوريا', id: 'syria' },
    ]);
    expect(foundMosques('وصلت القافلة إلى الجامع الأزهر في القاهرة بمصر.', 'ar')).toEqual([
      { text: 'الجامع الأزهر', id: null, kind: 'facility' },
      { text: 'القاهرة', id: 'g-cairo' },
      { text: 'مصر', id: 'egypt' },
    ]);
    expect(
      foundMosques('تضرر المسجد الكبير وامتلأت ساحة المسجد الداخلية بالمياه في دمشق بسوريا.', 'ar'),
    ).toEqual([
      { text: 'دمشق', id: 'g-damascus' },
      { text: 'سوريا', id: 'syria' },
    ]);
  });
});

const APPOSED: GazetteerEntry[] = [
  e('india', ['الهند'], ['India'], 'country', [79, 22], { country: 'IN' }),
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE' }),
  e('tanzania', ['تنزانيا'], ['Tanzania'], 'country', [35, -6], { country: 'TZ' }),
];
const foundApposed = foundIn(buildIndex(APPOSED));

describe('round 20a: the kind an apposition gives', () => {
  test('"X, a small island off …", "X, a camp near …", "X, a river along …"', () => {
    expect(foundApposed('Boats reached Kadmat, a small island off the coast of India.', 'en')).toEqual([
      { text: 'Kadmat', id: null, kind: 'region' },
      { text: 'India', id: 'india' },
    ]);
    expect(foundApposed('Families moved to Kakuma, a camp near the border in Kenya.', 'en')).toEqual([
      { text: 'Kakuma', id: null, kind: 'facility' },
      { text: 'Kenya', id: 'kenya' },
    ]);
    expect(
      foundApposed('Water rose on the Ruvuma, a river along the southern border of Tanzania.', 'en'),
    ).toEqual([
      { text: 'Ruvuma', id: null, kind: 'river' },
      { text: 'Tanzania', id: 'tanzania' },
    ]);
  });
});

const FORKS: GazetteerEntry[] = [
  e('canada', ['كندا'], ['Canada'], 'country', [-100, 58], { country: 'CA' }),
  e('usa', ['الولايات المتحدة'], ['United States'], 'country', [-98, 39], { country: 'US' }),
  e('ne-river-susquehanna', [], ['Susquehanna'], 'river', [-76.5, 40.5], { world: true, country: 'US' }),
  w('g-williamsport', [], ['Williamsport'], 'city', [-77, 41.24], 'US', 28_000),
  w('g-fernie', [], ['Fernie'], 'town', [-115.06, 49.5], 'CA', 5_000),
];
const foundForks = foundIn(buildIndex(FORKS));

describe("round 20a: a river's fork or branch", () => {
  test('"the West Branch of the X River" is a river of its own, known river or not', () => {
    expect(
      foundForks('The West Branch of the Susquehanna River flooded Williamsport in the United States.', 'en'),
    ).toEqual([
      { text: 'West Branch of the Susquehanna River', id: null, kind: 'river' },
      { text: 'Williamsport', id: 'g-williamsport' },
      { text: 'United States', id: 'usa' },
    ]);
    expect(
      foundForks('Crews watched the North Fork of the Flathead River near Fernie, Canada.', 'en'),
    ).toEqual([
      { text: 'North Fork of the Flathead River', id: null, kind: 'river' },
      { text: 'Fernie', id: 'g-fernie' },
      { text: 'Canada', id: 'canada' },
    ]);
  });
});

const PROVINCES: GazetteerEntry[] = [
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE' }),
  e('zambia', ['زامبيا'], ['Zambia'], 'country', [28, -14], { country: 'ZM' }),
  w('g-kisumu', ['كيسومو'], ['Kisumu'], 'city', [34.76, -0.1], 'KE', 400_000),
];
const foundProvinces = foundIn(buildIndex(PROVINCES));

describe('round 20a: «مقاطعة» names a province or a county', () => {
  test('the unit, even when a town has its name', () => {
    expect(foundProvinces('غمرت السيول قرى في مقاطعة كيسومو غرب كينيا.', 'ar')).toEqual([
      { text: 'مقاطعة كيسومو', id: null, kind: 'governorate' },
      { text: 'كينيا', id: 'kenya' },
    ]);
    expect(foundProvinces('تفشت الكوليرا في مقاطعة لوابولا شمال زامبيا.', 'ar')).toEqual([
      { text: 'مقاطعة لوابولا', id: null, kind: 'governorate' },
      { text: 'زامبيا', id: 'zambia' },
    ]);
  });
});

const LISTS: GazetteerEntry[] = [
  e('mozambique', ['موزمبيق'], ['Mozambique'], 'country', [35, -18], { country: 'MZ' }),
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE' }),
  w('g-buzi', [], ['Buzi'], 'town', [34.6, -19.87], 'MZ', 10_000),
  w('g-beira', [], ['Beira'], 'city', [34.84, -19.84], 'MZ', 500_000),
  w('g-kisumu', [], ['Kisumu'], 'city', [34.76, -0.1], 'KE', 400_000),
];
const foundLists = foundIn(buildIndex(LISTS));

describe('round 20a: a list closed by a plural cue', () => {
  test('each name of "A, B and C rivers" is a river, a town named like one too', () => {
    expect(
      foundLists('Near Beira the Pungwe, Buzi and Save rivers burst their banks in Mozambique.', 'en'),
    ).toEqual([
      { text: 'Beira', id: 'g-beira' },
      { text: 'Pungwe', id: null, kind: 'river' },
      { text: 'Buzi', id: null, kind: 'river' },
      { text: 'Save rivers', id: null, kind: 'river' },
      { text: 'Mozambique', id: 'mozambique' },
    ]);
  });

  test('a list of three or more under its cue needs no "the"', () => {
    expect(foundLists('Floods hit villages in Kisumu, Siaya and Busia counties, Kenya.', 'en')).toEqual([
      { text: 'Kisumu', id: null, kind: 'district' },
      { text: 'Siaya', id: null, kind: 'district' },
      { text: 'Busia counties', id: null, kind: 'district' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });
});

const PAIRS: GazetteerEntry[] = [
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE' }),
  e('indonesia', ['إندونيسيا'], ['Indonesia'], 'country', [118, -2], { country: 'ID' }),
  w('g-siaya', [], ['Siaya'], 'town', [34.29, 0.06], 'KE', 30_000),
  // A village named like an island.
  w('g-rote', [], ['Rote'], 'village', [123.1, -10.7], 'ID', 1_000),
];
const foundPairs = foundIn(buildIndex(PAIRS));

describe('round 20a: "A and B, the two other districts"', () => {
  test('a plural apposition after two names says what both are', () => {
    expect(foundPairs('Rain also fell on Siaya and Busia, two counties on the lake in Kenya.', 'en')).toEqual(
      [
        { text: 'Siaya', id: null, kind: 'district' },
        { text: 'Busia', id: null, kind: 'district' },
        { text: 'Kenya', id: 'kenya' },
      ],
    );
    expect(
      foundPairs('Boats reached Rote and Sabu, the two islands south of Timor in Indonesia.', 'en'),
    ).toEqual([
      { text: 'Rote', id: null, kind: 'region' },
      { text: 'Sabu', id: null, kind: 'region' },
      { text: 'Indonesia', id: 'indonesia' },
    ]);
  });
});

const BOYCOTTS: GazetteerEntry[] = [
  e('qatar', ['قطر'], ['Qatar'], 'country', [51.2, 25.3], { country: 'QA' }),
  e('france', ['فرنسا'], ['France'], 'country', [2, 46], { country: 'FR' }),
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE' }),
  e('pakistan', ['باكستان'], ['Pakistan'], 'country', [70, 30], { country: 'PK' }),
];
const foundBoycotts = foundIn(buildIndex(BOYCOTTS));

describe('round 20a: «مقاطعة», a province and a boycott', () => {
  test('before a country or what one boycotts, it is the act', () => {
    expect(foundBoycotts('دعت أربع دول إلى مقاطعة قطر اقتصادياً.', 'ar')).toEqual([
      { text: 'قطر', id: 'qatar' },
    ]);
    expect(foundBoycotts('انتشرت دعوات لمقاطعة فرنسا ومقاطعة المنتجات الفرنسية في باكستان.', 'ar')).toEqual([
      { text: 'فرنسا', id: 'france' },
      { text: 'باكستان', id: 'pakistan' },
    ]);
    expect(foundBoycotts('قررت المعارضة مقاطعة الانتخابات في كينيا.', 'ar')).toEqual([
      { text: 'كينيا', id: 'kenya' },
    ]);
  });
});
