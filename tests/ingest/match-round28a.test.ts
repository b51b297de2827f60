/**
 * Matching rules from round 28, part A (issue 18): a GeoNames town whose Arabic name is another
 * spelling or a misreading is read by the key of its Latin name. Towns are made up (no real place's
 * Arabic name is implied); the sentences are made up.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  e('chile', ['تشيلي'], ['Chile'], 'country', [-71, -35], {
    country: 'CL',
    bbox: [-75.6, -55.9, -66.4, -17.5],
  }),
  w('g-nakuru', ['ناكورو'], ['Nakuru'], 'city', [36.07, -0.3], 'KE', 570_000),
  w('g-talca', ['تالكا'], ['Talca'], 'city', [-71.66, -35.43], 'CL', 200_000),
  // A misread Arabic name (s for k), as GeoNames has for some towns abroad.
  w('g-korvandi', ['سورفاندي'], ['Korvandi'], 'town', [36.2, -0.4], 'KE', 60_000),
  w('g-pelmurano', ['بيلموزانو'], ['Pelmurano'], 'town', [-71.5, -35.3], 'CL', 40_000),
  // A great city GeoNames writes otherwise in Arabic, beside a small town of the same short key.
  w('g-kakata', ['ساساتا'], ['Kakata'], 'city', [36.9, -1.2], 'KE', 800_000),
  w('g-kata', [], ['Kata'], 'town', [37.1, -1.1], 'KE', 20_000),
  w('g-dodona', ['بوبونا'], ['Dodona'], 'city', [-70.9, -33.6], 'CL', 600_000),
  w('g-dona', [], ['Dona'], 'town', [-71.1, -33.9], 'CL', 15_000),
];
const found = foundIn(buildIndex(ENTRIES));
const ids = (text: string) => found(text, 'ar').map((m) => m.id);

describe('a town whose Arabic name misses the text is read by its Latin name (round 28a)', () => {
  test('a cue-named town whose Arabic name is a misreading', () => {
    expect(ids('وضربت السيول بلدة كورفاندي قرب ناكورو في كينيا')).toEqual([
      'g-korvandi',
      'g-nakuru',
      'kenya',
    ]);
    expect(ids('وانهارت منازل في مدينة بيلمورانو جنوب تالكا في تشيلي')).toEqual([
      'g-pelmurano',
      'g-talca',
      'chile',
    ]);
  });
});

describe('a great city written otherwise in Arabic is read by its short Latin key (round 28a)', () => {
  test('a cue-named great city and its later bare mentions', () => {
    expect(ids('ووصلت الشاحنات إلى مدينة كاكاتا في كينيا ثم غادرت كاكاتا')).toEqual([
      'g-kakata',
      'kenya',
      'g-kakata',
    ]);
    expect(ids('وفر السكان إلى مدينة دودونا في تشيلي')).toEqual(['g-dodona', 'chile']);
  });
  test('not in a country the article never names', () => {
    expect(ids('ووصلت الشاحنات إلى مدينة كاكاتا في تشيلي')).not.toContain('g-kakata');
  });
});
