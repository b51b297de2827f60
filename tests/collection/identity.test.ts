import { describe, expect, it } from 'vitest';
import { PlaceIdentity, type PlaceOccurrence } from '../../src/collection/identity.ts';

const keys = (occurrences: PlaceOccurrence[]) => {
  const identity = new PlaceIdentity();
  return occurrences.map((o) => identity.key(o));
};

describe('PlaceIdentity', () => {
  it.each<[string, PlaceOccurrence[], string[]]>([
    [
      'one gazetteer id is one place, whatever the article ids and points',
      [
        { id: 'amuda', point: [40.9, 37.1], gazetteerId: 'geonames-173230' },
        { id: 'amouda_town', point: [41.5, 37.5], gazetteerId: 'geonames-173230' },
      ],
      ['g-geonames-173230', 'g-geonames-173230'],
    ],
    [
      'a place without one stays its own: the same id near is one place, far is another',
      [
        { id: 'town', point: [40, 36] },
        { id: 'town', point: [40.05, 36.05] },
        { id: 'town', point: [10, 10] },
      ],
      ['town', 'town', 'town--2'],
    ],
    [
      'different gazetteer ids stay apart even with one article id',
      [
        { id: 'x', point: [40, 36], gazetteerId: 'geonames-1' },
        { id: 'x', point: [40, 36], gazetteerId: 'geonames-2' },
      ],
      ['g-geonames-1', 'g-geonames-2'],
    ],
    [
      'a later place without a gazetteer id joins the gazetteer place of its id nearby',
      [
        { id: 'semalka_crossing', point: [42.06, 37.15], gazetteerId: 'semalka_crossing' },
        { id: 'semalka_crossing', point: [42.07, 37.16] },
        { id: 'semalka_crossing', point: [30, 30] },
      ],
      ['g-semalka_crossing', 'g-semalka_crossing', 'semalka_crossing'],
    ],
    [
      'a gazetteer place joins an earlier place without one that has its id, nearby',
      [
        { id: 'semalka_crossing', point: [42.06, 37.15] },
        { id: 'semalka_crossing', point: [42.06, 37.15], gazetteerId: 'semalka_crossing' },
        { id: 'other', point: [10, 10], gazetteerId: 'semalka_crossing' },
      ],
      ['semalka_crossing', 'semalka_crossing', 'semalka_crossing'],
    ],
    [
      'but not when the earlier place of that id is far away',
      [
        { id: 'tell', point: [10, 10] },
        { id: 'tell', point: [40, 36], gazetteerId: 'tell' },
      ],
      ['tell', 'g-tell'],
    ],
  ])('%s', (_, occurrences, expected) => {
    expect(keys(occurrences)).toEqual(expected);
  });
});
