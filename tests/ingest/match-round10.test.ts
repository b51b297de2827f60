/**
 * Matching rules from the tenth round (issue 18), general causes of held-out-9's misses and wrong
 * readings, on made-up sentences: a name inside a longer capitalised name, camps, neighbourhoods and
 * suburbs after a plural cue, numbered roads, a country before a facility word, a common Arabic word
 * read as clitic + name. Points are rough and illustrative (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

/** A place of the article's own country, as the bench's index holds it (no world flag). */
function us(
  id: string,
  name: string,
  kind: GazetteerEntry['kind'],
  point: [number, number],
  population: number,
) {
  return e(id, [], [name], kind, point, { country: 'US', population });
}

const ENTRIES: GazetteerEntry[] = [
  e('kenya', ['كينيا'], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  e('jamaica', ['جامايكا'], ['Jamaica'], 'country', [-77.3, 18.1], {
    country: 'JM',
    bbox: [-78.4, 17.7, -76.2, 18.5],
  }),
  e('united_states', ['الولايات المتحدة'], ['United States', 'US', 'U.S.'], 'country', [-98, 39], {
    country: 'US',
    bbox: [-125, 24, -66, 49],
  }),
  w('g-kingston', ['كينغستون'], ['Kingston'], 'city', [-76.79, 17.99], 'JM', 660_000),
  e('g-garissa', ['غاريسا'], ['Garissa'], 'town', [39.66, -0.45], { country: 'KE', population: 160_000 }),
  us('g-hurricane', 'Hurricane', 'town', [-113.29, 37.18], 20_000),
  us('g-beryl', 'Beryl', 'village', [-113.66, 37.89], 200),
  us('g-river', 'River', 'village', [-83.1, 38.2], 300),
  us('g-buffalo', 'Buffalo', 'city', [-78.88, 42.89], 260_000),
];
const found = foundIn(buildIndex(ENTRIES));

describe('tenth round: a name inside a longer capitalised name', () => {
  test('"Hurricane Beryl" names a storm, neither Hurricane nor Beryl', () => {
    expect(found('Relief flights reached Kingston after Hurricane Beryl struck Jamaica.', 'en')).toEqual([
      { text: 'Kingston', id: 'g-kingston' },
      { text: 'Jamaica', id: 'jamaica' },
    ]);
  });

  test('a common word after a capitalised word ("the Kipsang Wood Trust") is no village named Wood', () => {
    const withWood = foundIn(buildIndex([...ENTRIES, us('g-wood', 'Wood', 'village', [-77.4, 40.1], 400)]));
    expect(withWood('The Kipsang Wood Trust paid for tents in Garissa.', 'en')).toEqual([
      { text: 'Garissa', id: 'g-garissa' },
    ]);
  });

  test('"the County of Deer Buffalo" is no Buffalo; "to Buffalo" and "Kenya Red Cross" keep theirs', () => {
    expect(
      found(
        'The County of Deer Buffalo ordered an evacuation. Families drove to Buffalo, and the Kenya Red Cross sent tents.',
        'en',
      ),
    ).toEqual([
      { text: 'Buffalo', id: 'g-buffalo' },
      { text: 'Kenya', id: 'kenya' },
    ]);
  });

  test('a name after a sentence start, a modifier or a dash keeps its reading', () => {
    expect(found('North Garissa flooded. In Buffalo snow fell — Buffalo closed.', 'en')).toEqual([
      { text: 'Garissa', id: 'g-garissa' },
      { text: 'Buffalo', id: 'g-buffalo' },
      { text: 'Buffalo', id: 'g-buffalo' },
    ]);
  });
});

describe('tenth round: camps', () => {
  test('«مخيم نهر الذهب», «مخيم الرشيدي» and «مخيم عين السلطان» are camps (facilities since round 20), not a river or nothing', () => {
    expect(
      found(
        'نزح مئات إلى مخيم نهر الذهب ثم إلى مخيم الرشيدي القريب، وقالت فصائل في مخيم عين السلطان إنها لن تتدخل.',
        'ar',
      ),
    ).toEqual([
      { text: 'مخيم نهر الذهب', id: null, kind: 'facility' },
      { text: 'مخيم الرشيدي', id: null, kind: 'facility' },
      { text: 'مخيم عين السلطان', id: null, kind: 'facility' },
    ]);
  });

  test('«مخيم مؤقت» and «مخيم اللاجئين» name no camp', () => {
    expect(found('أقيم مخيم مؤقت قرب غاريسا، وزار الوفد مخيم اللاجئين في كينيا.', 'ar')).toEqual([
      { text: 'غاريسا', id: 'g-garissa' },
      { text: 'كينيا', id: 'kenya' },
    ]);
  });
});

describe('tenth round: neighbourhoods and suburbs named after a plural cue', () => {
  test('"the neighbourhoods of A, B and C" and "the suburbs of A and B" propose each as a neighbourhood', () => {
    const kinds = (s: string) => found(s, 'en').map((m) => [m.text.replace(/^\w+ of /u, ''), m.kind ?? m.id]);
    expect(kinds('Fire reached the neighbourhoods of Kibera Heights, Olmoti and Sagana in Kenya.')).toEqual([
      ['Kibera Heights', 'neighbourhood'],
      ['Olmoti', 'neighbourhood'],
      ['Sagana', 'neighbourhood'],
      ['Kenya', 'kenya'],
    ]);
    expect(kinds('Walls fell in the seaside suburbs of Olmoti and Sagana near Garissa.')).toEqual([
      ['Olmoti', 'neighbourhood'],
      ['Sagana', 'neighbourhood'],
      ['Garissa', 'g-garissa'],
    ]);
  });

  test('a town the gazetteer knows after "suburb of" keeps its reading', () => {
    expect(
      found('Rescuers searched the suburbs of Sagana and Garissa, and the suburb of Garissa.', 'en'),
    ).toEqual([
      { text: 'suburbs of Sagana', id: null, kind: 'neighbourhood' },
      { text: 'Garissa', id: 'g-garissa' },
      { text: 'Garissa', id: 'g-garissa' },
    ]);
  });
});

describe('tenth round: numbered roads', () => {
  test('"Highway 7", "Route 9" and «الطريق السريع رقم 5» are roads', () => {
    expect(found('Trucks drove north on Highway 7 and then Route 9 to Garissa.', 'en')).toEqual([
      { text: 'Highway 7', id: null, kind: 'road' },
      { text: 'Route 9', id: null, kind: 'road' },
      { text: 'Garissa', id: 'g-garissa' },
    ]);
    expect(found('أغلق الجيش الطريق السريع رقم 5 والطريق رقم 12 قرب غاريسا.', 'ar')).toEqual([
      { text: 'الطريق السريع رقم 5', id: null, kind: 'road' },
      { text: 'الطريق رقم 12', id: null, kind: 'road' },
      { text: 'غاريسا', id: 'g-garissa' },
    ]);
  });

  test('a lower-case "route" before a number names no road', () => {
    expect(found('The bus took route 9 to Garissa.', 'en')).toEqual([{ text: 'Garissa', id: 'g-garissa' }]);
  });
});

describe('tenth round: a country before a facility word', () => {
  test('"a Kenya dam" (a lower-case facility word) is the country; "the Kenya Dam" stays a facility', () => {
    expect(found('A Kenya dam is near failure.', 'en')).toEqual([{ text: 'Kenya', id: 'kenya' }]);
    expect(found('Water poured over the Kenya Dam.', 'en')).toEqual([
      { text: 'Kenya Dam', id: null, kind: 'facility' },
    ]);
  });
});

describe('tenth round: a common Arabic word is not split into a clitic and a name', () => {
  test('«كبرى» ("the largest") is no «برى» after «ك»', () => {
    const withBara = foundIn(
      buildIndex([
        ...ENTRIES,
        e('g-bara', ['برى'], ['Bara'], 'town', [38.2, 0.1], { country: 'KE', population: 9_000 }),
      ]),
    );
    expect(withBara('تعد غاريسا كبرى مدن الإقليم في كينيا.', 'ar')).toEqual([
      { text: 'غاريسا', id: 'g-garissa' },
      { text: 'كينيا', id: 'kenya' },
    ]);
  });
});
