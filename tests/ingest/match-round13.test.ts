/**
 * Matching rules from the thirteenth round (issue 18), general causes of held-out-12's wrong readings,
 * on made-up sentences from other countries. Points are rough and illustrative (test fixture, never
 * shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('sudan', ['السودان'], ['Sudan'], 'country', [30, 15], { country: 'SD', bbox: [21.8, 8.7, 38.6, 22] }),
  e('jordan', ['الأردن'], ['Jordan'], 'country', [36.5, 31], {
    country: 'JO',
    bbox: [34.9, 29.2, 39.3, 33.4],
  }),
  w('g-kassala', ['كسلا'], ['Kassala'], 'city', [36.4, 15.45], 'SD', 400_000),
  w('g-irbid', ['إربد'], ['Irbid'], 'city', [35.85, 32.55], 'JO', 500_000),
  // Villages GeoNames writes only in Latin letters, whose names are common Arabic words: "centre",
  // "centres", "little houses".
  w('g-markaz', [], ['Markaz'], 'village', [36.3, 15.5], 'SD', 900),
  w('g-marakiz', [], ['Marakiz'], 'village', [35.9, 32.5], 'JO', 700),
  w('g-munayzilah', [], ['Al Munayzilah'], 'village', [36.5, 15.4], 'SD', 800),
  // A foreign town GeoNames writes only in Latin letters: still found after a preposition.
  w('g-wad-sharifey', [], ['Wad Sharifey'], 'town', [36.45, 15.5], 'SD', 20_000),
];
const found = foundIn(buildIndex(ENTRIES));

describe('thirteenth round: common Arabic nouns are no Latin-only village', () => {
  test('«إلى مركز»، «إلى مراكز» (a centre, centres) in Sudan and Jordan are no village Markaz', () => {
    expect(found('نُقل الجرحى إلى مركز للإيواء قرب كسلا في السودان.', 'ar')).toEqual([
      { text: 'كسلا', id: 'g-kassala' },
      { text: 'السودان', id: 'sudan' },
    ]);
    expect(found('نقل الجيش الأسر إلى مراكز إيواء في إربد بالأردن.', 'ar')).toEqual([
      { text: 'إربد', id: 'g-irbid' },
      { text: 'الأردن', id: 'jordan' },
    ]);
  });
  test('«في منازلها» (in their houses), a noun with a possessive suffix the text also writes with the article, is no village', () => {
    expect(found('علقت الأسر في منازلها قرب كسلا بعدما غمرت المياه المنازل في السودان.', 'ar')).toEqual([
      { text: 'كسلا', id: 'g-kassala' },
      { text: 'السودان', id: 'sudan' },
    ]);
  });
});
