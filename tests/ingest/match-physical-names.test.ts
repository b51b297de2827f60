/**
 * A sea's or a river's Arabic name from the Natural Earth v5 table (scripts/gazetteer/ne-physical.ts,
 * joinArabicNames, withRiverArabicNames) meets an Arabic article through the index the fixture bench
 * builds: the shipped gazetteer merged with the world index. The sentences are made up.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { worldParts } from '../../scripts/gazetteer/geonames.ts';
import { isRiverRow, readV5Names } from '../../scripts/gazetteer/ne-v5-names.ts';
import { subdivisionNames } from '../../scripts/gazetteer/subdivisions.ts';
import { parseGazetteer, withWorld } from '../../src/ingest/gazetteer.ts';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('a Natural Earth sea or river named in Arabic', () => {
  const g = parseGazetteer(JSON.parse(readFileSync(resolve(ROOT, 'geodata/gazetteer.json'), 'utf8')));
  const { entries: world, villages } = worldParts();
  const found = foundIn(
    buildIndex(withWorld(g.entries, world), g.organisations, villages, subdivisionNames()),
  );

  test('«البحر الأحمر» is the Red Sea of the shipped gazetteer', () => {
    expect(found('سفينة جنحت في البحر الأحمر قرب السويس', 'ar')).toContainEqual({
      text: 'البحر الأحمر',
      id: 'red_sea',
    });
  });

  test("the world index's Nile has the table's Arabic name, and a sentence meets it", () => {
    const rows = (readV5Names(ROOT) ?? []).filter((r) => isRiverRow(r) && r.name_en === 'Nile');
    expect(rows.length).toBeGreaterThan(0);
    const nile = world.find((x) => x.id === 'ne-river-nile');
    expect(nile?.names.ar).toEqual([rows[0]!.name_ar]);
    expect(found('فاض نهر النيل في مصر', 'ar')).toContainEqual({ text: 'نهر النيل', id: 'ne-river-nile' });
    expect(found('فاض نهر الكونغو قرب مدينة كينشاسا', 'ar')).toContainEqual({
      text: 'نهر الكونغو',
      id: 'ne-river-congo',
    });
  });
});

describe("an ocean lends no box to the article's context", () => {
  // Illustrative entries: an ocean with its box, and a small town inside that box, in a country the
  // sentence does not name.
  const ENTRIES: GazetteerEntry[] = [
    {
      ...e('indian_ocean', ['المحيط الهندي'], ['Indian Ocean'], 'region', [80, -20]),
      bbox: [20, -60, 146, 10],
    },
    w('g-kudat', [], ['Kudat'], 'town', [116.84, 6.88], 'MY', 30_000),
  ];
  const found = foundIn(buildIndex(ENTRIES));

  test('a town is not near the article because the ocean it lies by is named', () => {
    const got = found('Fishermen in the Indian Ocean said the boats from Kudat were safe.', 'en');
    expect(got).toContainEqual({ text: 'Indian Ocean', id: 'indian_ocean' });
    expect(got.map((m) => m.id)).not.toContain('g-kudat');
  });
});
