import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  identitiesOf,
  identityIssues,
  labelCountries,
  labelIssues,
  locate,
  samePlace,
  score,
  seatNamesakes,
  seatsOf,
  type Labels,
} from '../../bench/ingest-score.ts';
import { NE_SMALL_COUNTRIES_FILE } from '../../scripts/gazetteer/ne-small-countries.ts';
import { citiesFile, geonamesEntry, parseCities } from '../../scripts/gazetteer/geonames.ts';
import { admin1Entries, readAdmin1 } from '../../scripts/gazetteer/ne-admin1.ts';
import { NE_PHYSICAL_SOURCE } from '../../scripts/gazetteer/ne-physical.ts';
import { readWater, waterEntries } from '../../scripts/gazetteer/ne-physical.ts';
import { US_COUNTIES_SOURCE } from '../../scripts/gazetteer/us-counties.ts';
import { IDENTITIES_FILE } from '../../bench/ingest-score.ts';
import type { MatchIndex } from '../../src/ingest/match.ts';
import type { DraftFolder } from '../../src/ingest/pipeline.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';

const dir = 'tests/fixtures/ingest/bench';
const shipped = new Set(
  parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8'))).entries.map((e) => e.id),
);
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== IDENTITIES_FILE)
  .map((f) => f.replace(/\.json$/u, ''));

/** A draft mention of `exact` at `start`, proposed as `placeId` (the shape `score` reads). */
const mention = (start: number, exact: string, placeId: string) => ({
  id: `m${start}`,
  placeId,
  passageId: 'p1',
  role: 'place',
  selector: [
    { type: 'TextPositionSelector', start, end: start + exact.length },
    { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  ],
});

describe('labelIssues', () => {
  it.each(articles)('the bench article %s has sound labels', (id) => {
    const text = readFileSync(`${dir}/${id}.txt`, 'utf8');
    expect(labelIssues(text, JSON.parse(readFileSync(`${dir}/${id}.json`, 'utf8')), shipped)).toEqual([]);
  });

  const text = 'Floods in Obrenovac and Belgrade on May 17, 2014.';
  const good = {
    set: 'held-out-6',
    lang: 'en',
    published: '2014-05-20',
    mentions: [
      ['Obrenovac', 'geonames-787516'],
      ['Belgrade', 'serbia'],
    ],
    dates: [['May 17, 2014', '2014-05-17']],
  };
  it('finds a label where a word ends, never inside a longer word', () => {
    const ar = 'قالت النيابة الأذربيجانية إن أربعة قتلوا في أذربيجان.';
    const [span] = locate(ar, [['أذربيجان', 'azerbaijan']]);
    expect(
      Array.from(ar)
        .slice(span!.start, span!.end + 1)
        .join(''),
    ).toBe('أذربيجان.');
    expect(locate("Ishikawa's coast", [['Ishikawa', 'x']])[0]).toMatchObject({ start: 0, end: 8 });
    expect(() => locate('the Azerbaijani army', [['Azerbaijan', 'x']])).toThrow(/not found/u);
  });
  it('accepts sound labels', () => {
    expect(labelIssues(text, good, new Set(['serbia']))).toEqual([]);
  });
  it("accepts the world index's Natural Earth unit, river and lake ids and its US Census county ids", () => {
    for (const id of ['ne-admin1-srb-1', 'ne-river-sava', 'ne-lake-lake_assal', 'us-county-21193'])
      expect(labelIssues(text, { ...good, mentions: [['Obrenovac', id]] }, new Set(['serbia']))).toEqual([]);
  });
  it.each([
    [{ set: 'held-out-six' }, 'set: "held-out-six" is not tuned or held-out[-N]'],
    [{ lang: 'fr' }, 'lang: "fr" is not ar or en'],
    [{ published: '2014-02-30' }, 'published: "2014-02-30" is not a YYYY-MM-DD date'],
    [{ published: '2014-05' }, 'published: "2014-05" is not a YYYY-MM-DD date'],
    [{ mentions: [['Obrenovac', 'obrenovac']] }, 'mentions[0]: "obrenovac" is not a place'],
    [{ mentions: [['Obrenovac', 'new:lake']] }, 'mentions[0]: "new:lake" is not a place'],
    [{ mentions: [['Obrenovac', 'ne-admin2-srb-1']] }, 'mentions[0]: "ne-admin2-srb-1" is not a place'],
    [{ mentions: [['Obrenovac', 'us-county-2119']] }, 'mentions[0]: "us-county-2119" is not a place'],
    [{ mentions: [['Obrenovac']] }, 'mentions: not a list of [exact text, label] pairs'],
    [
      {
        mentions: [
          ['Belgrade', 'serbia'],
          ['Obrenovac', 'geonames-787516'],
        ],
      },
      'mentions: label "Obrenovac" not found after offset 32',
    ],
    [{ mentions: [['Šabac', 'geonames-3191376']] }, 'mentions: label "Šabac" not found after offset 0'],
    [{ dates: [['May 17, 2014', '2014-5-17']] }, 'dates[0]: "2014-5-17" is not an ISO date'],
    [{ dates: [['May 17, 2014', '2014-13']] }, 'dates[0]: "2014-13" is not an ISO date'],
  ])('%j → %s', (change, issue) => {
    expect(labelIssues(text, { ...good, ...change }, new Set(['serbia']))).toEqual([issue]);
  });
  it('says when the labels are not an object', () => {
    expect(labelIssues(text, null, new Set())).toEqual(['labels: not an object']);
  });
});

describe('samePlace: a new place a later source has', () => {
  const river = (
    id: string,
    en: string[],
    kind: GazetteerEntry['kind'] = 'river',
  ): [string, GazetteerEntry] => [
    id,
    {
      id,
      names: { ar: [], en },
      kind,
      point: [0, 0],
      precision_m: 1,
      certainty: 'medium',
      source: { title: 't' },
    },
  ];
  const index = {
    entries: new Map<string, GazetteerEntry>([
      river('ne-river-sava', ['Sava River', 'River Sava']),
      river('ne-lake-lake_tama', ['Lake Tama'], 'region'),
      river('g-sava', ['Sava'], 'town'),
    ]),
  } as unknown as MatchIndex;
  const folder = { places: { features: [] } } as unknown as DraftFolder;

  it.each([
    ['new:river', 'ne-river-sava', 'Sava', true],
    ['new:river', 'ne-river-sava', 'Drina', false],
    ['new:town', 'ne-river-sava', 'Sava', false],
    ['new:river', 'g-sava', 'Sava', false],
    ['new:region', 'ne-lake-lake_tama', 'Lake Tama', true],
  ] as const)('%s met by %s at "%s": %s', (label, id, exact, want) => {
    expect(samePlace(label, id, folder, index, exact)).toBe(want);
  });
});

describe('samePlace: a sea, island or range Natural Earth physical labels have', () => {
  const physical = (id: string, en: string[], bbox: [number, number, number, number]): GazetteerEntry => ({
    id,
    names: { ar: [], en },
    kind: 'region',
    point: [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2],
    bbox,
    precision_m: 1,
    certainty: 'medium',
    source: NE_PHYSICAL_SOURCE,
  });
  // Illustrative places, not real ones: an island by a labelled town, and its namesake far away.
  const index = {
    entries: new Map<string, GazetteerEntry>([
      ['orvane', physical('orvane', ['Orvane'], [120, -9, 121, -8])],
      ['orvane_sea', physical('orvane_sea', ['Orvane Sea'], [118, -7, 122, -5])],
      // Natural Earth v5 gives some features an Arabic name (ne_v5_physical_names_ar.tsv).
      [
        'orvane_ar',
        {
          ...physical('orvane_ar', ['Orvane Gulf'], [118, -7, 122, -5]),
          names: { ar: ['خليج أورفان'], en: ['Orvane Gulf'] },
        },
      ],
      ['tesk', physical('tesk', ['Tesk'], [-60, 10, -59, 11])],
      ['g-orvane', { ...physical('g-orvane', ['Orvane'], [120, -9, 121, -8]), source: { title: 't' } }],
    ]),
  } as unknown as MatchIndex;
  const folder = { places: { features: [] } } as unknown as DraftFolder;
  const near: [number, number][] = [[121.5, -8.5]]; // about 55 km east of Orvane's box

  it.each([
    ['new:region', 'orvane', 'Orvane', true],
    ['new:region', 'orvane', 'Orvane Island', true],
    ['new:region', 'orvane', 'the island of Orvane', false],
    ['new:region', 'orvane_sea', 'the Orvane Sea', true],
    ['new:region', 'orvane_sea', 'Orvane', false],
    ['new:region', 'orvane_ar', 'خليج أورفان', true], // its Arabic name
    ['new:region', 'orvane_ar', 'أورفان', false],
    ['new:region', 'tesk', 'Tesk', false], // a namesake far from the article's places
    ['new:town', 'orvane', 'Orvane', false], // a wrong kind
    ['new:region', 'g-orvane', 'Orvane', false], // not a physical label
  ] as const)('%s met by %s at "%s": %s', (label, id, exact, want) => {
    expect(samePlace(label, id, folder, index, exact, undefined, undefined, near)).toBe(want);
  });

  it('without another labelled place near it, no physical entry meets a label', () => {
    expect(samePlace('new:region', 'orvane', folder, index, 'Orvane', undefined, undefined, [])).toBe(false);
  });
});

describe('samePlace: a county the US Census counties have', () => {
  const county = (id: string, en: string, bbox: [number, number, number, number]): GazetteerEntry => ({
    id,
    names: { ar: [], en: [en] },
    kind: 'district',
    point: [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2],
    bbox,
    precision_m: 1,
    certainty: 'medium',
    source: US_COUNTIES_SOURCE,
    country: 'US',
    world: true,
  });
  // Illustrative counties, not real ones: one by a labelled town, its namesake far away, a parish.
  const index = {
    entries: new Map<string, GazetteerEntry>([
      ['c-near', county('c-near', 'Wexler County', [-84, 37, -83.5, 37.5])],
      ['c-far', county('c-far', 'Wexler County', [-77, 40, -76.5, 40.5])],
      ['c-parish', county('c-parish', 'Arden Parish', [-84, 36, -83.5, 36.5])],
      [
        'g-wexler',
        { ...county('g-wexler', 'Wexler County', [-84, 37, -83.5, 37.5]), source: { title: 't' } },
      ],
    ]),
  } as unknown as MatchIndex;
  const folder = { places: { features: [] } } as unknown as DraftFolder;
  const near: [number, number][] = [[-83.2, 37.3]]; // about 30 km east of the near county's box

  it.each([
    ['new:district', 'c-near', 'Wexler County', true],
    ['new:district', 'c-near', 'Wexler', true], // listed: "Wexler and Morrow counties"
    ['new:district', 'c-near', 'Wexler counties', true],
    ['new:district', 'c-parish', 'Arden Parish', true],
    ['new:district', 'c-parish', 'Arden County', false], // another suffix is another name
    ['new:district', 'c-far', 'Wexler County', false], // a namesake far from the article's places
    ['new:governorate', 'c-near', 'Wexler County', false], // a wrong kind
    ['new:district', 'g-wexler', 'Wexler County', false], // not a Census county
  ] as const)('%s met by %s at "%s": %s', (label, id, exact, want) => {
    expect(samePlace(label, id, folder, index, exact, undefined, undefined, near)).toBe(want);
  });
});

describe('samePlace and labelCountries: a first-level unit Natural Earth has', () => {
  const unit = (id: string, ar: string[], en: string[], country: string): [string, GazetteerEntry] => [
    id,
    {
      id,
      names: { ar, en },
      kind: 'governorate',
      point: [0, 0],
      precision_m: 1,
      certainty: 'medium',
      source: { title: 't' },
      country,
      world: true,
    },
  ];
  const index = {
    entries: new Map<string, GazetteerEntry>([
      unit('ne-admin1-bra-1', ['ميناس'], ['Minas Gerais'], 'BR'),
      unit('ne-admin1-nld-1', [], ['Limburg'], 'NL'),
      unit('ne-admin1-bel-1', [], ['Limburg'], 'BE'),
      ['netherlands', { ...unit('netherlands', [], ['Netherlands'], 'NL')[1], kind: 'country' }],
      ['belgium', { ...unit('belgium', [], ['Belgium'], 'BE')[1], kind: 'country' }],
    ]),
  } as unknown as MatchIndex;
  const folder = { places: { features: [] } } as unknown as DraftFolder;

  it.each([
    ['new:region', 'ne-admin1-bra-1', 'Minas Gerais', true],
    ['new:region', 'ne-admin1-bra-1', 'state of Minas Gerais', true],
    ['new:governorate', 'ne-admin1-bra-1', 'ولاية ميناس', true],
    ['new:governorate', 'ne-admin1-bra-1', 'Bahia', false],
    ['new:town', 'ne-admin1-bra-1', 'Minas Gerais', false],
  ] as const)('%s met by %s at "%s": %s', (label, id, exact, want) => {
    expect(samePlace(label, id, folder, index, exact, new Set(['BR']))).toBe(want);
  });

  it.each([
    ['new:country', 'dominica', 'Dominica', true],
    ['new:region', 'dominica', 'Dominica', true],
    ['new:town', 'dominica', 'Dominica', false],
    ['new:country', 'dominica', 'Grenada', false],
    ['new:country', 'netherlands', 'Netherlands', false], // at 1:110m already: a new: label there was wrong
  ] as const)('%s met by the 1:10m-only country %s at "%s": %s', (label, id, exact, want) => {
    const dominica: GazetteerEntry = {
      ...unit('dominica', ['دومينيكا'], ['Dominica'], 'DM')[1],
      kind: 'country',
      ref: { file: NE_SMALL_COUNTRIES_FILE, id: '212' },
    };
    const withDominica = {
      entries: new Map([...index.entries, ['dominica', dominica]]),
    } as unknown as MatchIndex;
    expect(samePlace(label, id, folder, withDominica, exact)).toBe(want);
  });

  it('a unit outside the countries of the labelled places is not the labelled one', () => {
    expect(samePlace('new:region', 'ne-admin1-bra-1', folder, index, 'Minas Gerais', new Set(['PT']))).toBe(
      false,
    );
  });

  it('between namesake units in the labelled countries, the country of the nearest labelled place', () => {
    const spans = [
      { start: 0, end: 7, label: 'belgium', exact: 'Belgium' },
      { start: 50, end: 61, label: 'netherlands', exact: 'Netherlands' },
      { start: 70, end: 89, label: 'new:governorate', exact: 'province of Limburg' },
    ];
    const c = labelCountries(spans, index);
    expect([...c[2]!]).toEqual(['NL']);
    expect([...c[0]!].sort()).toEqual(['BE', 'NL']);
  });
});

describe('identities: a new: label whose place a source has', () => {
  const entry = (
    id: string,
    en: string,
    kind: GazetteerEntry['kind'],
    geonames?: number,
  ): [string, GazetteerEntry] => [
    id,
    {
      id,
      names: { ar: [], en: [en] },
      kind,
      point: [0, 0],
      precision_m: 1,
      certainty: 'medium',
      source: { title: 't' },
      ...(geonames ? { geonames } : {}),
    },
  ];
  const index = {
    entries: new Map<string, GazetteerEntry>([
      entry('geonames-101', 'Tolmara', 'city', 101),
      entry('tolmara_city', 'Tolmara', 'city', 101),
      entry('geonames-102', 'Vessk', 'town', 102),
      entry('ne-admin1-xx-1', 'Orvane', 'governorate'),
    ]),
  } as unknown as MatchIndex;
  const folder = {
    places: {
      features: [{ type: 'Feature', id: 'new_tolmara', geometry: null, properties: { kind: 'city' } }],
    },
  } as unknown as DraftFolder;

  it.each([
    ['geonames-101', 'geonames-101', true],
    ['tolmara_city', 'geonames-101', true], // the same GeoNames place under a shipped id
    ['geonames-101', 'tolmara_city', true],
    ['geonames-102', 'geonames-101', false],
    ['new_tolmara', 'geonames-101', false], // an empty new place where a source has the place
    ['ne-admin1-xx-1', 'ne-admin1-xx-1', true],
    ['geonames-101', 'ne-admin1-xx-1', false],
  ] as const)('new:city with identity %s… proposed %s: %s', (placeId, identity, want) => {
    expect(samePlace('new:city', placeId, folder, index, 'Tolmara', undefined, identity)).toBe(want);
  });

  it('without an identity a new: label is met as labelled', () => {
    expect(samePlace('new:city', 'new_tolmara', folder, index, 'Tolmara')).toBe(true);
    expect(samePlace('new:city', 'geonames-101', folder, index, 'Tolmara')).toBe(false);
  });

  it('an identity changes nothing for a label that names its place', () => {
    expect(samePlace('geonames-102', 'geonames-102', folder, index, 'Vessk', undefined, 'geonames-101')).toBe(
      true,
    );
  });

  const text = 'Floods in Tolmara and Vessk.';
  const labels: Labels = {
    set: 'held-out-9',
    lang: 'en',
    published: '2020-01-01',
    mentions: [
      ['Tolmara', 'new:city'],
      ['Vessk', 'geonames-102'],
    ],
    dates: [],
  };
  const draft = (tolmara: string) =>
    ({
      ...folder,
      mentions: [mention(10, 'Tolmara', tolmara), mention(22, 'Vessk', 'geonames-102')],
    }) as unknown as DraftFolder;

  it('scores with the identities and, beside them, as labelled', () => {
    const ids = new Map([[0, 'geonames-101']]);
    const source = score(text, labels, draft('geonames-101'), [], index, ids).mentions;
    expect(source).toMatchObject({ want: 2, got: 2, found: 2, correct: 2 });
    expect(source.asLabelled).toEqual({ found: 1, correct: 1 });
    const empty = score(text, labels, draft('new_tolmara'), [], index, ids).mentions;
    expect(empty).toMatchObject({ found: 1, correct: 1, asLabelled: { found: 2, correct: 2 } });
    expect(score(text, labels, draft('new_tolmara'), [], index).mentions).toMatchObject({
      found: 2,
      asLabelled: { found: 2, correct: 2 },
    });
  });

  const articleLabels = new Map([['en-tolmara', labels]]);
  const known = new Set(['geonames-101', 'geonames-102']);
  const good = {
    article: 'en-tolmara',
    mention: 0,
    exact: 'Tolmara',
    label: 'new:city',
    id: 'geonames-101',
    name: 'Tolmara',
    country: 'XX',
    reason: 'the city of Tolmara: GeoNames has it',
  };
  const file = (...identities: unknown[]) => ({ identities });

  it('accepts sound identities and reads them per article', () => {
    const none = { ...good, mention: 0, id: null, reason: 'no source' };
    expect(identityIssues(file(good), articleLabels, known)).toEqual([]);
    expect(identityIssues(file(none), articleLabels, known)).toEqual([]);
    expect([...identitiesOf(file(good, none), 'en-tolmara')]).toEqual([[0, 'geonames-101']]);
    expect(identitiesOf(file(good), 'en-other').size).toBe(0);
  });
  it.each([
    [{ article: 'en-vessk' }, 'identities[0]: article "en-vessk" has no labels'],
    [{ mention: 5 }, 'identities[0]: en-tolmara has no mentions[5]'],
    [
      { mention: 1, exact: 'Vessk' },
      'identities[0]: en-tolmara mentions[1] is "geonames-102", not a new: label',
    ],
    [{ exact: 'Tolmara city' }, 'identities[0]: en-tolmara mentions[0] is "Tolmara", not "Tolmara city"'],
    [{ label: 'new:town' }, 'identities[0]: en-tolmara mentions[0] is labelled "new:city", not "new:town"'],
    [{ id: 'geonames-999' }, 'identities[0]: "geonames-999" is not in the index'],
    [{ reason: '' }, 'identities[0]: no reason'],
  ])('%j → %s', (change, issue) => {
    expect(identityIssues(file({ ...good, ...change }), articleLabels, known)).toEqual([issue]);
  });
  it('says when an identity is given twice or the file is no list', () => {
    expect(identityIssues(file(good, good), articleLabels, known)).toEqual([
      'identities[1]: en-tolmara mentions[0] already has an identity',
    ]);
    expect(identityIssues({ identities: 'x' }, articleLabels, known)).toEqual(['identities: not a list']);
  });
});

describe('seat-city readings: a bare name that is a first-level unit and its seat city', () => {
  const place = (
    id: string,
    en: string[],
    kind: GazetteerEntry['kind'],
    country: string,
    geonames?: number,
  ): [string, GazetteerEntry] => [
    id,
    {
      id,
      names: { ar: [], en },
      kind,
      point: [0, 0],
      precision_m: 1,
      certainty: 'medium',
      source: { title: 't' },
      country,
      ...(geonames ? { geonames } : {}),
    },
  ];
  const entries = new Map<string, GazetteerEntry>([
    place('geonames-301', ['Orvane'], 'city', 'XX', 301),
    place('orvane_city', ['Orvane'], 'city', 'XX', 301),
    place('ne-admin1-xx-7', ['Orvane Province'], 'governorate', 'XX'),
    place('geonames-302', ['Kessa'], 'town', 'XX', 302),
    place('ne-admin1-yy-1', ['Orvane'], 'governorate', 'YY'),
    place('ne-admin1-xx-8', ['Al Dumra'], 'governorate', 'XX'),
    place('geonames-303', ['Dumra'], 'city', 'XX', 303),
  ]);
  const index = { entries } as unknown as MatchIndex;
  const folder = { places: { features: [] } } as unknown as DraftFolder;
  const text = 'Floods hit Orvane and Kessa.';
  const labels: Labels = {
    set: 'held-out-4',
    lang: 'en',
    published: '2020-01-01',
    mentions: [
      ['Orvane', 'geonames-301'],
      ['Kessa', 'geonames-302'],
    ],
    dates: [],
  };
  const draft = (orvane: string) =>
    ({
      ...folder,
      mentions: [mention(11, 'Orvane', orvane), mention(22, 'Kessa', 'geonames-302')],
    }) as unknown as DraftFolder;
  const means = new Map([[0, ['ne-admin1-xx-7']]]);
  const either = new Map([[0, ['geonames-301', 'ne-admin1-xx-7']]]);

  it('a label with `means` is met only by that place; as labelled, only by the label', () => {
    const unit = score(text, labels, draft('ne-admin1-xx-7'), [], index, new Map(), means).mentions;
    expect(unit).toMatchObject({ found: 2, correct: 2, asLabelled: { found: 1, correct: 1 } });
    const city = score(text, labels, draft('geonames-301'), [], index, new Map(), means).mentions;
    expect(city).toMatchObject({ found: 1, correct: 1, asLabelled: { found: 2, correct: 2 } });
    // the same GeoNames place under a shipped id is still the city, not the unit
    expect(score(text, labels, draft('orvane_city'), [], index, new Map(), means).mentions.found).toBe(1);
  });
  it('a label with `either` is met by the label or by the other place', () => {
    for (const id of ['geonames-301', 'orvane_city', 'ne-admin1-xx-7'])
      expect(score(text, labels, draft(id), [], index, new Map(), either).mentions).toMatchObject({
        found: 2,
        correct: 2,
      });
    expect(score(text, labels, draft('ne-admin1-yy-1'), [], index, new Map(), either).mentions.found).toBe(1);
  });

  it.each([
    ['geonames-301', 'ne-admin1-xx-7', true], // "Orvane Province": the cue word is no part of the name
    ['ne-admin1-xx-7', 'orvane_city', true],
    ['ne-admin1-xx-8', 'geonames-303', true], // "Al Dumra": the article is no part of the name
    ['geonames-301', 'ne-admin1-yy-1', false], // another country
    ['geonames-302', 'ne-admin1-xx-7', false], // another name
    ['geonames-301', 'orvane_city', false], // two cities
    ['ne-admin1-xx-7', 'ne-admin1-yy-1', false], // two units
    ['geonames-301', 'geonames-999', false], // not in the index
  ] as const)('seatNamesakes(%s, %s): %s', (a, b, want) => {
    expect(seatNamesakes(a, b, entries)).toBe(want);
  });

  const articleLabels = new Map([['en-orvane', labels]]);
  const known = new Set(entries.keys());
  const good = {
    article: 'en-orvane',
    mention: 0,
    exact: 'Orvane',
    label: 'geonames-301',
    means: 'ne-admin1-xx-7',
    reason: '"floods hit Orvane and Kessa": a list of provinces',
  };
  const undecided = {
    article: 'en-orvane',
    mention: 0,
    exact: 'Orvane',
    label: 'geonames-301',
    either: ['geonames-301', 'ne-admin1-xx-7'],
    reason: '"in Orvane": the town or its province',
  };
  const file = (...seats: unknown[]) => ({ identities: [], seats });

  it('accepts sound seat readings and reads them per article', () => {
    expect(identityIssues(file(good), articleLabels, known, entries)).toEqual([]);
    expect(identityIssues(file(undecided), articleLabels, known, entries)).toEqual([]);
    expect([...seatsOf(file(good), 'en-orvane')]).toEqual([[0, ['ne-admin1-xx-7']]]);
    expect([...seatsOf(file(undecided), 'en-orvane')]).toEqual([[0, ['geonames-301', 'ne-admin1-xx-7']]]);
    expect(seatsOf(file(good), 'en-other').size).toBe(0);
    expect(seatsOf({ identities: [] }, 'en-orvane').size).toBe(0);
  });
  it.each([
    [{ article: 'en-kessa' }, 'seats[0]: article "en-kessa" has no labels'],
    [{ mention: 4 }, 'seats[0]: en-orvane has no mentions[4]'],
    [{ exact: 'Orvane Province' }, 'seats[0]: en-orvane mentions[0] is "Orvane", not "Orvane Province"'],
    [
      { label: 'geonames-302' },
      'seats[0]: en-orvane mentions[0] is labelled "geonames-301", not "geonames-302"',
    ],
    [{ means: 'ne-admin1-xx-9' }, 'seats[0]: "ne-admin1-xx-9" is not in the index'],
    [
      { means: 'ne-admin1-yy-1' },
      'seats[0]: geonames-301 and ne-admin1-yy-1 are not a unit and its namesake city',
    ],
    [{ means: 'geonames-301' }, 'seats[0]: means the label itself'],
    [{ either: ['geonames-301', 'ne-admin1-xx-7'] }, 'seats[0]: has both means and either'],
    [{ means: undefined }, 'seats[0]: has neither means nor either'],
    [{ reason: ' ' }, 'seats[0]: no reason'],
  ])('%j → %s', (change, issue) => {
    expect(identityIssues(file({ ...good, ...change }), articleLabels, known, entries)).toEqual([issue]);
  });
  it.each([
    [{ either: ['ne-admin1-xx-7', 'geonames-301'] }, 'seats[0]: either must be [the label, the other place]'],
    [{ either: ['geonames-301'] }, 'seats[0]: either must be [the label, the other place]'],
    [
      { either: ['geonames-301', 'geonames-302'] },
      'seats[0]: geonames-301 and geonames-302 are not a unit and its namesake city',
    ],
  ])('either %j → %s', (change, issue) => {
    expect(identityIssues(file({ ...undecided, ...change }), articleLabels, known, entries)).toEqual([issue]);
  });
  it('says when a label has two seat readings, or a new: label has one', () => {
    expect(identityIssues(file(good, undecided), articleLabels, known, entries)).toEqual([
      'seats[1]: en-orvane mentions[0] already has a seat reading',
    ]);
    const fresh = new Map([
      ['en-orvane', { ...labels, mentions: [['Orvane', 'new:city']] as [string, string][] }],
    ]);
    expect(identityIssues(file({ ...good, label: 'new:city' }), fresh, known, entries)).toEqual([
      'seats[0]: en-orvane mentions[0] is "new:city": a new: label takes an identity, not a seat reading',
    ]);
    expect(identityIssues({ identities: [], seats: 'x' }, articleLabels, known, entries)).toEqual([
      'seats: not a list',
    ]);
  });
});

describe(`the bench's ${IDENTITIES_FILE}`, () => {
  it('names only new: labels of the fixtures, and ids the world index has', { timeout: 60_000 }, () => {
    const labelsOf = new Map(
      articles.map((id) => [id, JSON.parse(readFileSync(`${dir}/${id}.json`, 'utf8')) as Labels]),
    );
    // The index's ids (`worldParts` and the shipped gazetteer) without building its entries: every
    // GeoNames row (a line `parseCities` reads: 15 columns or more) is a place or a village.
    const water = readWater('.');
    const admin1 = readAdmin1('.');
    const known = new Set([
      ...shipped,
      ...readFileSync(citiesFile(), 'utf8')
        .split('\n')
        .filter((line) => line.split('\t', 15).length === 15)
        .map((line) => `geonames-${Number(line.slice(0, line.indexOf('\t')))}`),
      ...(water ? waterEntries(water.rivers, water.lakes) : []).map((e) => e.id),
      ...(admin1 ? admin1Entries(admin1) : []).map((e) => e.id),
    ]);
    const raw = JSON.parse(readFileSync(`${dir}/${IDENTITIES_FILE}`, 'utf8'));
    // The places of the seat readings, with their names and countries, for the namesake check.
    const seatIds = new Set<string>(
      (raw.seats ?? []).flatMap((x: { label: string; means?: string; either?: string[] }) => [
        x.label,
        ...(x.means ? [x.means] : []),
        ...(x.either ?? []),
      ]),
    );
    const gn = new Set([...seatIds].filter((id) => id.startsWith('geonames-')).map((id) => id.slice(9)));
    const entries = new Map<string, GazetteerEntry>([
      ...parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8'))).entries.map(
        (e) => [e.id, e] as const,
      ),
      ...(admin1 ? admin1Entries(admin1) : []).map((e) => [e.id, e] as const),
      ...parseCities(
        readFileSync(citiesFile(), 'utf8')
          .split('\n')
          .filter((line) => gn.has(line.slice(0, line.indexOf('\t'))))
          .join('\n'),
      ).map((r) => [`geonames-${r.id}`, geonamesEntry(r)] as const),
    ]);
    expect(identityIssues(raw, labelsOf, known, entries)).toEqual([]);
    expect(raw.identities.filter((x: { id: unknown }) => x.id).length).toBeGreaterThan(100);
  });
});
