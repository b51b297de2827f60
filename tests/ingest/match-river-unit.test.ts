/**
 * A river and a first-level unit named after it (issue 18, round 23): «نهر X» with no unit word before
 * it is the river, «بولاية نهر X» the unit. Made-up sentences from Nigeria and Sudan, over the index
 * the fixture bench builds (the shipped gazetteer with the world index) and over illustrative entries.
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

describe('a river and the unit named after it', () => {
  const g = parseGazetteer(JSON.parse(readFileSync(resolve(ROOT, 'geodata/gazetteer.json'), 'utf8')));
  const { entries: world, villages } = worldParts();
  const found = foundIn(
    buildIndex(withWorld(g.entries, world), g.organisations, villages, subdivisionNames()),
  );

  test.each([
    ['غمرت مياه نهر النيل منازل في الدامر وعطبرة بالسودان.'],
    ['فاض نهر النيل قرب عطبرة في السودان.'],
  ])('%s: the river', (text) => {
    expect(found(text, 'ar')).toContainEqual({ text: 'نهر النيل', id: 'ne-river-nile' });
  });

  test('after its unit word, the unit', () => {
    const got = found('وصلت المساعدات إلى عطبرة بولاية نهر النيل في السودان.', 'ar');
    expect(got.map((m) => m.id)).toContain('ne-admin1-sdn-877');
    expect(got.map((m) => m.id)).not.toContain('ne-river-nile');
  });
});
