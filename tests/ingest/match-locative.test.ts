/**
 * Round 30 (issue 18), English: a name no source has, without a cue word, is a place where the
 * sentence places it ("on X", "across X", "between A and X") and the text vouches for it: it stands
 * there twice, it is joined with a place the matcher read, or a place read stands before its
 * preposition, and a plural name after "the" and such a preposition is a range or a group of islands
 * (`locativeNames`), and so is a far town's name twice after "the", ending its phrase, no river word after;
 * "X, the volcano …" and "X, a region …" give the kind (`APPOSITION_NOUNS`).
 * Names are made up, never a fixture's.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

/** Real countries; the towns are made up (points illustrative). */
const ENTRIES: GazetteerEntry[] = [
  e('grenada', [], ['Grenada'], 'country', [-61.7, 12.1], {
    country: 'GD',
    bbox: [-61.8, 11.9, -61.4, 12.6],
  }),
  e('indonesia', [], ['Indonesia'], 'country', [118, -2], { country: 'ID', bbox: [95, -11, 141, 6] }),
  e('fiji', [], ['Fiji'], 'country', [178, -18], { country: 'FJ', bbox: [177, -19.2, 180, -16] }),
  w('g-orlebay', [], ['Orlebay'], 'town', [-61.6, 12.4], 'GD', 3_000),
  w('g-sundaro', [], ['Sundaro'], 'town', [123.2, -8.4], 'ID', 20_000),
  w('g-vatuka', [], ['Vatuka'], 'town', [178.1, -17.4], 'FJ', 5_000),
  w('g-dersley', [], ['Dersley'], 'village', [-1.5, 53.1], 'GB', 800),
  w('g-varuna', [], ['Varuna'], 'village', [10.2, 45.1], 'IT', 700),
];

const found = foundIn(buildIndex(ENTRIES, []));
const texts = (got: ReturnType<typeof found>) => got.map((m) => `${m.text}${m.id ? '' : `:${m.kind}`}`);

describe('a name placed twice by "on" is a region no source has', () => {
  test('"on Velmora … on Velmora" (Grenada)', () => {
    const got = found(
      'The storm made landfall on Velmora as a Category 4 storm, and almost every house on Velmora was damaged, Grenada said.',
      'en',
    );
    expect(texts(got)).toEqual(['Velmora:region', 'Velmora:region', 'Grenada']);
  });
});

describe('a name joined with a place the matcher read', () => {
  test('"the search on Sundaro and Kelbata" (Indonesia)', () => {
    const got = found('Rough seas slowed the search on Sundaro and Kelbata, Indonesia said.', 'en');
    expect(texts(got)).toEqual(['Sundaro', 'Kelbata:town', 'Indonesia']);
  });
  test('"between Vatuka and Rimavo" takes the town’s kind (Fiji)', () => {
    const got = found('Roads between Vatuka and Rimavo were blocked by fallen trees in Fiji.', 'en');
    expect(texts(got)).toEqual(['Vatuka', 'Rimavo:town', 'Fiji']);
  });
  test('"Orlebay on Talsey": a town read before the preposition (Grenada)', () => {
    const got = found('Boats were piled up in the harbour of Orlebay on Talsey, Grenada said.', 'en');
    expect(texts(got)).toEqual(['Orlebay', 'Talsey:region', 'Grenada']);
  });
  test('every other mention of the name follows', () => {
    const got = found(
      'Kelbata was cut off. The search on Sundaro and Kelbata went on, Indonesia said.',
      'en',
    );
    expect(texts(got)).toEqual(['Kelbata:town', 'Sundaro', 'Kelbata:town', 'Indonesia']);
  });
});

describe('a plural name after "the" and a preposition of place is a region', () => {
  test('"flights to the Kelvasas" (Indonesia)', () => {
    const got = found('Airlines cancelled flights to the Kelvasas on Friday, Indonesia said.', 'en');
    expect(texts(got)).toEqual(['Kelvasas:region', 'Indonesia']);
  });
  test('not a people’s or a party’s plural (Indonesia)', () => {
    const got = found(
      'Aid went to the Morvanians and support came from the Democrats, Indonesia said.',
      'en',
    );
    expect(texts(got)).toEqual(['Indonesia']);
  });
  test('not a common word’s plural, nor one opening a longer name (Grenada)', () => {
    const got = found(
      'Gunmen struck a post of the Volunteers in Orlebay and a base of the Dravins for the Defence of Grenada.',
      'en',
    );
    expect(texts(got)).toEqual(['Orlebay', 'Grenada']);
  });
});

describe('a name twice after "the", ending its phrase each time, is a region', () => {
  test('"the Dersley" though a far town has its name (Fiji)', () => {
    const got = found(
      'The flood split the Dersley in two, and supplies for the Dersley, including Vatuka, went by air, Fiji said.',
      'en',
    );
    expect(texts(got)).toEqual(['Dersley:region', 'Dersley:region', 'Vatuka', 'Fiji']);
  });
  test('not a name no town has: "the Kremlin" (Fiji)', () => {
    const got = found(
      'Word came from the Kremlin, officials said, and more came from the Kremlin, near Vatuka, Fiji said.',
      'en',
    );
    expect(texts(got)).toEqual(['Vatuka', 'Fiji']);
  });
  test('not a river: "the Varuna, a tributary of …" (Fiji)', () => {
    const got = found(
      'Water surged into the Varuna, a tributary of the Kelu, and homes below the Varuna, near Vatuka, were lost, Fiji said.',
      'en',
    );
    expect(texts(got).filter((x) => x.startsWith('Varuna'))).toEqual([]);
  });
});

describe('an apposition says a name is a volcano or a region', () => {
  test('"part of Telmaru, the volcano that rose from the sea" (Indonesia)', () => {
    const got = found(
      'Scientists said part of Telmaru, the volcano that rose from the sea, had slid, Indonesia said.',
      'en',
    );
    expect(texts(got)).toEqual(['Telmaru:region', 'Indonesia']);
  });
});

describe('guards', () => {
  test('a person after a title', () => {
    const got = found(
      'Pressure grew on President Dravon, and on President Dravon alone, after Sundaro in Indonesia flooded.',
      'en',
    );
    expect(texts(got)).toEqual(['Sundaro', 'Indonesia']);
  });
  test('an organisation’s name', () => {
    const got = found(
      'Calls went on Velmora Police, then on Velmora Police again, in Orlebay, Grenada.',
      'en',
    );
    expect(texts(got)).toEqual(['Orlebay', 'Grenada']);
  });
  test('a month', () => {
    const got = found('Rain fell on Aug 4 and on Aug 9 in Orlebay and across Grenada.', 'en');
    expect(texts(got)).toEqual(['Orlebay', 'Grenada']);
  });
  test('a platform or an institution placed twice by "on"', () => {
    const got = found(
      'Officials posted on Telegram and on X, and called on Congress, then on Telegram and on X again, in Orlebay, Grenada.',
      'en',
    );
    expect(texts(got)).toEqual(['Orlebay', 'Grenada']);
  });
  test('a name that speaks is an actor, though joined with a country', () => {
    const got = found('Talks between Grenada and Morvath stalled, and Morvath said it would not sign.', 'en');
    expect(texts(got)).toEqual(['Grenada']);
  });
  test('a name placed once and vouched by nothing', () => {
    const got = found('The storm made landfall on Velmora on Monday, Grenada said.', 'en');
    expect(texts(got)).toEqual(['Grenada']);
  });
});
