/**
 * A sea's Arabic name from the Natural Earth v5 table (scripts/gazetteer/ne-physical.ts,
 * joinArabicNames) meets an Arabic article through the index the fixture bench builds: the shipped
 * gazetteer merged with the world index. The sentence is made up.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { worldParts } from '../../scripts/gazetteer/geonames.ts';
import { subdivisionNames } from '../../scripts/gazetteer/subdivisions.ts';
import { parseGazetteer, withWorld } from '../../src/ingest/gazetteer.ts';
import { buildIndex } from '../../src/ingest/match.ts';
import { foundIn } from './found.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('a Natural Earth sea named in Arabic', () => {
  test('«البحر الأحمر» is the Red Sea of the shipped gazetteer', { timeout: 120_000 }, () => {
    const g = parseGazetteer(JSON.parse(readFileSync(resolve(ROOT, 'geodata/gazetteer.json'), 'utf8')));
    const { entries: world, villages } = worldParts();
    const found = foundIn(
      buildIndex(withWorld(g.entries, world), g.organisations, villages, subdivisionNames()),
    );
    expect(found('سفينة جنحت في البحر الأحمر قرب السويس', 'ar')).toContainEqual({
      text: 'البحر الأحمر',
      id: 'red_sea',
    });
  });
});
