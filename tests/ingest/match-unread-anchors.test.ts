/**
 * A name read as nothing names no place, so it says nothing about where the article's other places
 * are (`readClaimed`, `anchorsAlone`): "Puget Sound" holds "Sound", Natural Earth's other name for
 * the Øresund, which no rule reads bare; before round 29 it still anchored the article in Denmark and
 * every American place of the text was dropped as far. Names are made up, never a fixture's.
 */
import { describe, expect, test } from 'vitest';
import { NE_PHYSICAL_TITLE } from '../../src/ingest/gazetteer.ts';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  // A strait with a shipped short name, as Natural Earth writes the Øresund's.
  e('strait-x', [], ['Norrsund', 'The Sound'], 'region', [12.6, 55.7], {
    bbox: [12.2, 55.3, 13, 56.1],
    source: { title: NE_PHYSICAL_TITLE },
  }),
  w('g-harlowe', [], ['Harlowe'], 'city', [-122.3, 47.6], 'US', 700_000),
  w('g-tamberly', [], ['Tamberly'], 'town', [-122.6, 47.2], 'US', 9_000),
];

const found = foundIn(buildIndex(ENTRIES, [], []));

describe('a name read as nothing does not anchor the article', () => {
  test('"Kittering Sound" does not take the city and town near it to a far strait', () => {
    const got = found('Ferries crossed Kittering Sound from Harlowe to Tamberly on Monday.', 'en');
    expect(got).toEqual([
      { text: 'Harlowe', id: 'g-harlowe' },
      { text: 'Tamberly', id: 'g-tamberly' },
    ]);
  });
  test('without the strait word the same sentence reads the same', () => {
    const got = found('Ferries crossed from Harlowe to Tamberly on Monday.', 'en');
    expect(got.map((m) => m.id)).toEqual(['g-harlowe', 'g-tamberly']);
  });
});
