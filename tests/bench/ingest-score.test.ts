import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelCountries, labelIssues, locate, samePlace } from '../../bench/ingest-score.ts';
import { NE_SMALL_COUNTRIES_FILE } from '../../scripts/gazetteer/ne-small-countries.ts';
import type { MatchIndex } from '../../src/ingest/match.ts';
import type { DraftFolder } from '../../src/ingest/pipeline.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';

const dir = 'tests/fixtures/ingest/bench';
const shipped = new Set(
  parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8'))).entries.map((e) => e.id),
);
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/u, ''));

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
  it.each([
    [{ set: 'held-out-six' }, 'set: "held-out-six" is not tuned or held-out[-N]'],
    [{ lang: 'fr' }, 'lang: "fr" is not ar or en'],
    [{ published: '2014-02-30' }, 'published: "2014-02-30" is not a YYYY-MM-DD date'],
    [{ published: '2014-05' }, 'published: "2014-05" is not a YYYY-MM-DD date'],
    [{ mentions: [['Obrenovac', 'obrenovac']] }, 'mentions[0]: "obrenovac" is not a place'],
    [{ mentions: [['Obrenovac', 'new:lake']] }, 'mentions[0]: "new:lake" is not a place'],
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
  it('accepts a Natural Earth unit, river or lake of the world index as the place itself', () => {
    const mentions = [
      ['Obrenovac', 'ne-admin1-srb-1234'],
      ['Belgrade', 'ne-river-sava'],
    ];
    expect(labelIssues(text, { ...good, mentions }, new Set(['serbia']))).toEqual([]);
    expect(labelIssues(text, { ...good, mentions: [['Obrenovac', 'ne-lake-lake_x']] }, new Set())).toEqual(
      [],
    );
    expect(labelIssues(text, { ...good, mentions: [['Obrenovac', 'ne-sea-x']] }, new Set())).toEqual([
      'mentions[0]: "ne-sea-x" is not a place',
    ]);
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
