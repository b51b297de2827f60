import { describe, expect, it } from 'vitest';
import {
  acceptAll,
  alikeOf,
  firstPosition,
  rejectAlike,
  acceptPassage,
  addEvent,
  datePrecision,
  passageProposals,
  proposalsLeft,
  removePlace,
  setPlaceName,
  setPublished,
  type ReviewFolder,
  type ReviewMention,
  type ReviewPlace,
} from '../../src/review/edit.ts';

const mention = (id: string, placeId: string, passageId: string, proposed = true): ReviewMention => ({
  id,
  placeId,
  passageId,
  role: 'place',
  selector: [
    { type: 'TextPositionSelector', start: 0, end: 1 },
    { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
  ],
  ...(proposed ? { status: 'proposed' as const, proposal: { rule: 'name' } } : {}),
});
const place = (id: string, geometry: ReviewPlace['geometry'] = { type: 'Point', coordinates: [1, 2] }) =>
  ({
    type: 'Feature',
    id,
    geometry,
    properties: { name_ar: '', name_en: id, kind: 'town', status: 'proposed', proposal: { rule: 'g' } },
  }) as ReviewPlace;
const folder = (): ReviewFolder => ({
  meta: { id: 'a', outlet: { asDelivered: 'Wire' }, published: { date: '2026-12-06', sources: [] } },
  passages: [
    { id: 'p01', start: 0, end: 5, translation: { en: { text: '', by: 'project' } } },
    {
      id: 'p02',
      start: 6,
      end: 9,
      translation: {
        en: {
          text: 'x',
          by: 'project',
          mentions: [{ ...mention('t1', 'b', 'p02'), passageId: undefined } as unknown as ReviewMention],
        },
      },
    },
  ],
  mentions: [
    mention('m1', 'a', 'p01'),
    mention('m2', 'b', 'p01'),
    mention('m3', 'b', 'p02'),
    mention('m4', 'c', 'p02'),
  ],
  places: { type: 'FeatureCollection', features: [place('a'), place('b'), place('c', null)] },
  events: [
    {
      id: 'e1',
      title: { en: { text: 'T', by: 'project' } },
      date: '2022-01-24',
      status: 'proposed',
      passageIds: ['p02'],
      placeIds: ['b', 'c'],
      sources: [{ title: 'Wire — the article itself' }],
    },
  ],
});

describe('datePrecision', () => {
  it.each([
    ['2023', 'year'],
    ['2023-02', 'month'],
    ['2023-02-06', 'day'],
    ['2024-02-29', 'day'],
    ['2022-02-30', null],
    ['2023-13', null],
    ['06/02/2023', null],
    ['', null],
  ] as const)('%s → %s', (date, want) => expect(datePrecision(date)).toBe(want));
});

describe('review edits for a publishable map', () => {
  it('sets the publication date as printed, with the article as its source', () => {
    const f = setPublished(folder(), '2023-02-07');
    expect(f.meta.published).toMatchObject({
      date: '2023-02-07',
      precision: 'day',
      certainty: 'high',
      inferred: false,
      sources: [{ title: 'Wire — the article itself' }],
    });
  });
  it('refuses an impossible publication date (nothing changes)', () => {
    const f = folder();
    expect(setPublished(f, '2022-02-30')).toBe(f);
  });
  it('corrects a proposed name in either language, trimmed, without accepting the place', () => {
    const f = setPlaceName(setPlaceName(folder(), 'a', 'ar', ' نورداغي '), 'a', 'en', 'Nurdağı');
    const a = f.places.features.find((p) => p.id === 'a')!;
    expect([a.properties.name_ar, a.properties.name_en, a.properties.status]).toEqual([
      'نورداغي',
      'Nurdağı',
      'proposed',
    ]);
  });
  it('removes a place with its mentions, translation mentions and event links', () => {
    const before = JSON.stringify(folder());
    const f = removePlace(folder(), 'b');
    expect(f.places.features.map((p) => p.id)).toEqual(['a', 'c']);
    expect(f.mentions.map((m) => m.id)).toEqual(['m1', 'm4']);
    expect(f.passages[1]!.translation.en.mentions).toBeUndefined();
    expect(f.events[0]!.placeIds).toEqual(['c']);
    expect(JSON.stringify(folder())).toBe(before);
  });
  it('adds a missed event as reviewed, with a fresh id, precision from the date and the article as source', () => {
    const { folder: f, id } = addEvent(folder(), {
      date: '2023-02',
      title: { en: 'Aid convoys cross', ar: '' },
      passageIds: ['p01'],
      placeIds: ['a'],
      certainty: 'medium',
    });
    expect(id).toBe('ev-ed01');
    expect(f.events.at(-1)).toMatchObject({
      id: 'ev-ed01',
      precision: 'month',
      origin: 'article',
      certainty: 'medium',
      sources: [{ title: 'Wire — the article itself' }],
      title: { en: { text: 'Aid convoys cross', by: 'project' } },
    });
    expect(f.events.at(-1)!.status).toBeUndefined();
    expect(
      addEvent(f, { date: 'x', title: {}, passageIds: [], placeIds: [], certainty: 'low' }).id,
    ).toBeNull();
    expect(addEvent(f, { date: '2023', title: {}, passageIds: [], placeIds: [], certainty: 'low' }).id).toBe(
      'ev-ed02',
    );
  });
  it('accepts every proposal of one passage in one action, leaving places without geometry', () => {
    const f0 = folder();
    expect(passageProposals(f0, 'p02')).toBe(4); // m3, m4, t1, e1
    const f = acceptPassage(f0, 'p02');
    expect(passageProposals(f, 'p02')).toBe(0);
    expect(f.mentions.filter((m) => m.status === 'proposed').map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(f.places.features.filter((p) => p.properties.status === 'proposed').map((p) => p.id)).toEqual([
      'a',
      'c',
    ]);
    expect(proposalsLeft(f)).toBe(proposalsLeft(f0) - 5);
  });
});

describe("firstPosition (where a place is, for the gazetteer search's nearness)", () => {
  it.each([
    [{ type: 'Point', coordinates: [40.7, 36.5] }, [40.7, 36.5]],
    [
      {
        type: 'LineString',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
      [1, 2],
    ],
    [
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [5, 6],
              [7, 8],
              [5, 8],
              [5, 6],
            ],
          ],
        ],
      },
      [5, 6],
    ],
    [{ type: 'GeometryCollection', geometries: [] }, null],
    [null, null],
  ] as const)('%j → %j', (g, want) => {
    expect(firstPosition(g as never)).toEqual(want);
  });
});

describe('one action for many proposals', () => {
  it('accepts every proposal left in the article; a place without geometry stays proposed', () => {
    const f = acceptAll(folder());
    expect(f.mentions.filter((m) => m.status === 'proposed')).toEqual([]);
    expect(f.passages[1]!.translation.en.mentions![0]!.status).toBeUndefined();
    expect(f.events[0]!.status).toBeUndefined();
    expect(f.places.features.map((p) => p.properties.status)).toEqual([undefined, undefined, 'proposed']);
    expect(proposalsLeft(f)).toBe(1);
  });
  it('rejects a proposed mention and the other proposed mentions of the same words and place', () => {
    const f = folder();
    expect(alikeOf(f, 'm2').map((m) => m.id)).toEqual(['m2', 'm3']);
    const next = rejectAlike(f, 'm2');
    expect(next.mentions.map((m) => m.id)).toEqual(['m1', 'm4']);
    // A reviewed mention of the same words and place is the reviewer's own: it stays.
    const kept = { ...f, mentions: f.mentions.map((m) => (m.id === 'm3' ? { ...m, status: undefined } : m)) };
    expect(alikeOf(kept, 'm2').map((m) => m.id)).toEqual(['m2']);
    expect(rejectAlike(kept, 'm2').mentions.map((m) => m.id)).toEqual(['m1', 'm3', 'm4']);
  });
});
