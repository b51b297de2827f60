/**
 * The shipped ocean halves (issue 18, round 29, `shippedOceans`): an ocean the text names is Natural
 * Earth's North or South Pacific or Atlantic, by the side of the equator two thirds of the article's
 * places lie on. Towns are made up; the ocean halves carry Natural Earth's English names.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const half = (id: string, name: string, bbox: [number, number, number, number]) =>
  e(id, [], [name], 'region', [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2], { bbox });

const ENTRIES: GazetteerEntry[] = [
  half('north_pacific_ocean', 'North Pacific Ocean', [-180, -0.06, 180, 58.2]),
  half('south_pacific_ocean', 'South Pacific Ocean', [-180, -60.5, 180, 3.65]),
  half('north_atlantic_ocean', 'North Atlantic Ocean', [-81.5, 0.02, 6.6, 68.4]),
  half('south_atlantic_ocean', 'South Atlantic Ocean', [-69.1, -60.5, 19.6, 0.03]),
  e('mexico', ['المكسيك'], ['Mexico'], 'country', [-102, 23.6], {
    country: 'MX',
    bbox: [-118, 14.5, -86.7, 32.7],
  }),
  e('senegal', ['السنغال'], ['Senegal'], 'country', [-14.5, 14.5], {
    country: 'SN',
    bbox: [-17.6, 12.3, -11.4, 16.7],
  }),
  e('brazil', ['البرازيل'], ['Brazil'], 'country', [-52, -10], {
    country: 'BR',
    bbox: [-74, -33.8, -34.8, 5.3],
  }),
  w('g-tolvaro', [], ['Tolvaro'], 'city', [-101.2, 17.6], 'MX', 300_000),
  w('g-quemba', ['كيمبا'], ['Quemba'], 'city', [-16.9, 14.6], 'SN', 200_000),
  w('g-itarema', ['إيتاريما'], ['Itarema'], 'city', [-40.3, -20.1], 'BR', 250_000),
  w('g-piraba', ['بيرابا'], ['Piraba'], 'city', [-43.9, -19.9], 'BR', 400_000),
  w('g-norte', [], ['Puerto Norte'], 'town', [-79.9, 1.1], 'EC', 20_000),
  half('med_west', 'Mediterranean Sea', [-5.6, 35, 9.5, 44.4]),
  half('med_east', 'Mediterranean Sea', [9.5, 30.2, 36.2, 41]),
  e('egypt', ['مصر'], ['Egypt'], 'country', [30, 26], { country: 'EG', bbox: [24.7, 22, 36.9, 31.7] }),
  w('g-qantara', [], ['Qantarra'], 'city', [32.3, 30.9], 'EG', 300_000),
  w('g-sur', [], ['Puerto Sur'], 'town', [-80.7, -1], 'EC', 20_000),
];

const found = foundIn(buildIndex(ENTRIES, [], []));
const oceans = (text: string, lang: 'ar' | 'en') =>
  found(text, lang).filter((m) => /ocean/u.test(m.id ?? '') || m.kind === 'region');

describe('an ocean named is the shipped half on the article’s side of the equator', () => {
  test('"across the Atlantic" in a story from Brazil: the South Atlantic', () => {
    expect(
      oceans('Waste from Piraba in Brazil flowed down the river past Itarema and on to the Atlantic.', 'en'),
    ).toEqual([{ text: 'Atlantic', id: 'south_atlantic_ocean' }]);
  });
  test('«المحيط الأطلسي» from Senegal, and «ساحل الأطلسي»: the North Atlantic', () => {
    expect(
      oceans('أبحر القارب من كيمبا في السنغال عبر المحيط الأطلسي، وبلغ ساحل الأطلسي بعد أسبوع.', 'ar'),
    ).toEqual([
      { text: 'المحيط الأطلسي', id: 'north_atlantic_ocean' },
      { text: 'الأطلسي', id: 'north_atlantic_ocean' },
    ]);
  });
  test('"Mexico\'s Pacific coast" and "out over the Pacific early": the North Pacific, the word alone', () => {
    expect(
      oceans(
        "The storm hit Tolvaro on Mexico's Pacific coast, then moved out over the Pacific early on Sunday.",
        'en',
      ),
    ).toEqual([
      { text: 'Pacific', id: 'north_pacific_ocean' },
      { text: 'Pacific', id: 'north_pacific_ocean' },
    ]);
  });
  test('a name that only begins with the adjective is no ocean', () => {
    const got = found(
      'Pacific Gas and Electric cut power in Tolvaro; the Canadian Pacific coast line and Atlantic City were spared.',
      'en',
    );
    expect(got.filter((m) => /ocean/u.test(m.id ?? ''))).toEqual([]);
  });
  test('«حلف شمال الأطلسي» (NATO) is no ocean', () => {
    const got = found('قال حلف شمال الأطلسي إن قواته في كيمبا بالسنغال.', 'ar');
    expect(got.filter((m) => /ocean/u.test(m.id ?? ''))).toEqual([]);
  });
  test('"the Mediterranean" bare is the shipped sea’s basin nearest the places (Egypt)', () => {
    const got = found('Ships waited at Qantarra in Egypt to sail into the Mediterranean.', 'en');
    expect(got.find((m) => m.text === 'Mediterranean')).toEqual({ text: 'Mediterranean', id: 'med_east' });
  });
  test('places on both sides of the equator in like numbers: the ocean stays for the editor', () => {
    expect(
      oceans('Homes fell in Puerto Norte and Puerto Sur, along the Pacific coast.', 'en'),
    ).not.toContainEqual(expect.objectContaining({ id: expect.stringMatching(/ocean/u) }));
  });
});
