/**
 * Matching rules from round 18, part A (issue 18): precision and name boundaries, general causes of
 * held-out-19's to -22's wrong readings, on made-up sentences from other countries. Points and
 * populations are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  // Places whose Arabic names, once hamza and alef are folded, spell a particle («وإن», «إنه»).
  w('g-anhee', ['أنه'], ['Anhée'], 'town', [4.88, 50.31], 'BE', 7000),
  e('belgium', ['بلجيكا'], ['Belgium'], 'country', [4.5, 50.6], {
    country: 'BE',
    bbox: [2.5, 49.5, 6.4, 51.5],
  }),
];
const found = foundIn(buildIndex(ENTRIES));

describe('round 18, part A', () => {
  test('an Arabic particle spelled with its hamza is no place, whatever it folds to', () => {
    // Belgium: Anhée is «أنه» in GeoNames; «إنه» ("that he") folds to it.
    expect(found('غمرت الفيضانات جنوب بلجيكا، وقال رئيس بلدية نامور إنه طلب مساعدة الجيش.', 'ar')).toEqual([
      { text: 'بلجيكا', id: 'belgium' },
    ]);
    // Iran: Van, named with its cue word, then «وإن» ("and that") in the minister's words.
    expect(
      found(
        'شعر سكان تبريز بالزلزال كما شعر به سكان ولاية وان التركية، وقال الوزير إن المدارس أغلقت وإن الطرق سالكة.',
        'ar',
      ),
    ).toEqual([{ text: 'ولاية وان', id: null, kind: 'governorate' }]);
    // A place named with its cue word stays a place.
    expect(found('غمرت المياه بلدة أنه جنوب بلجيكا.', 'ar')).toEqual([
      { text: 'بلدة أنه', id: 'g-anhee' },
      { text: 'بلجيكا', id: 'belgium' },
    ]);
  });
});
