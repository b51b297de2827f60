/**
 * Matching rules from round 20, part B (issue 18): which reading of a name the article means (common
 * words, a unit and its seat, namesakes), general causes of held-out-23's to -25's misses, on made-up
 * sentences from other countries. Points and populations are rough and illustrative (test fixture,
 * never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const unit = (
  id: string,
  ar: string[],
  en: string[],
  country: string,
  bbox: [number, number, number, number],
) => ({
  ...w(id, ar, en, 'governorate', [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2], country),
  bbox,
});

/** A capital as the world index has it (GeoNames' PPLC: an actor). */
const capital = (id: string, ar: string[], en: string[], point: [number, number], country: string) =>
  e(id, ar, en, 'city', point, { country, world: true, actor: true, population: 500_000 });

const ENTRIES: GazetteerEntry[] = [
  e('mali', ['مالي'], ['Mali'], 'country', [-2, 17], { country: 'ML', bbox: [-12.2, 10.1, 4.2, 25] }),
  // Malian regions with Arabic names; their namesake towns have none (as GeoNames often does).
  unit('ne-ml-segou', ['سيغو'], ['Ségou Region', 'Ségou'], 'ML', [-7.5, 12, -4, 15.5]),
  unit('ne-ml-mopti', ['موبتي'], ['Mopti'], 'ML', [-5, 13.5, -1.5, 16]),
  w('g-segou', [], ['Ségou', 'Segou'], 'city', [-6.27, 13.43], 'ML', 130_000),
  w('g-mopti', [], ['Mopti'], 'city', [-4.2, 14.48], 'ML', 110_000),
  e('madagascar', ['مدغشقر'], ['Madagascar'], 'country', [46.9, -19], {
    country: 'MG',
    bbox: [43.2, -25.6, 50.5, -11.9],
  }),
  unit('ne-mg-toliara', ['توليارا'], ['Toliara Province', 'Toliara'], 'MG', [43.2, -25.6, 47.5, -19]),
  w('g-toliara', [], ['Toliara', 'Toliary'], 'city', [43.67, -23.35], 'MG', 115_000),
  // A region named like a town that is not its seat (the seat is another city).
  e('kazakhstan', ['كازاخستان'], ['Kazakhstan'], 'country', [67, 48], {
    country: 'KZ',
    bbox: [46.5, 40.6, 87.3, 55.4],
  }),
  unit('ne-kz-turkistan', ['تركستان'], ['Turkistan'], 'KZ', [66, 40.6, 71.3, 46]),
  w('g-turkistan', [], ['Turkistan'], 'town', [68.25, 43.3], 'KZ', 20_000),
  // Capitals named like their countries.
  e('kuwait', ['الكويت'], ['Kuwait'], 'country', [47.6, 29.3], {
    country: 'KW',
    bbox: [46.5, 28.5, 48.4, 30.1],
  }),
  capital('g-kuwait-city', ['الكويت', 'مدينة الكويت'], ['Kuwait City', 'Kuwait'], [47.98, 29.37], 'KW'),
  e('djibouti', ['جيبوتي'], ['Djibouti'], 'country', [42.6, 11.8], {
    country: 'DJ',
    bbox: [41.7, 10.9, 43.4, 12.7],
  }),
  capital('g-djibouti', ['جيبوتي'], ['Djibouti'], [43.14, 11.59], 'DJ'),
  e('panama', ['بنما'], ['Panama'], 'country', [-80, 8.5], { country: 'PA', bbox: [-83, 7.2, -77.2, 9.6] }),
  capital('g-panama', ['بنما', 'مدينة بنما'], ['Panama City', 'Panama'], [-79.52, 8.99], 'PA'),
];
const found = foundIn(buildIndex(ENTRIES));

describe('round 20b: a unit and its seat', () => {
  test('a bare name whose unit and town the article both name with their cue words is the town', () => {
    expect(
      found(
        'اشتدت المعارك قرب مدينة سيغو في مالي. وتستضيف منطقة سيغو آلاف النازحين، وقال سكان إن سيغو باتت مكشوفة.',
        'ar',
      ).filter((m) => m.text === 'سيغو'),
    ).toEqual([{ text: 'سيغو', id: 'g-segou' }]);
    expect(
      found(
        'غمرت المياه شوارع مدينة توليارا في مدغشقر، وأعلنت السلطات الطوارئ في منطقة توليارا، ووصلت المساعدات إلى توليارا.',
        'ar',
      ).filter((m) => m.text === 'توليارا'),
    ).toEqual([{ text: 'توليارا', id: 'g-toliara' }]);
    // A town of the unit that is not its seat, named with its cue word, leaves the bare name the unit.
    expect(
      found(
        'أجلت السلطات آلاف السكان في منطقة تركستان في كازاخستان، ووصل الوزير إلى تركستان، وقال سكان بلدة تركستان إن المياه لم تصل.',
        'ar',
      ).filter((m) => m.text === 'تركستان'),
    ).toEqual([{ text: 'تركستان', id: 'ne-kz-turkistan' }]);
    // The unit named with its cue word, and no city cue: the unit bare too (round 17).
    expect(
      found('هاجم مسلحون قرية في منطقة موبتي في مالي، وتشهد موبتي هجمات متكررة.', 'ar').filter(
        (m) => m.text === 'موبتي',
      ),
    ).toEqual([{ text: 'موبتي', id: 'ne-ml-mopti' }]);
  });

  test('a capital named like its country, right after «العاصمة» or "the capital", is the city', () => {
    expect(found('وفي العاصمة الكويت، تظاهر المئات أمام مجلس الأمة.', 'ar')).toEqual([
      { text: 'الكويت', id: 'g-kuwait-city' },
    ]);
    expect(found('وصل الوفد إلى العاصمة جيبوتي مساء الأحد.', 'ar')).toEqual([
      { text: 'جيبوتي', id: 'g-djibouti' },
    ]);
    expect(found('Hundreds marched in the capital, Djibouti, on Sunday.', 'en')).toEqual([
      { text: 'Djibouti', id: 'g-djibouti' },
    ]);
    // The country elsewhere stays the country.
    expect(found('وقالت حكومة بنما إن العاصمة لم تتضرر.', 'ar')).toEqual([{ text: 'بنما', id: 'panama' }]);
  });
});
