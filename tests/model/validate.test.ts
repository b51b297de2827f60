import { describe, expect, it, vi } from 'vitest';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import type { RawArticleBundle, ValidationIssue } from '../../src/model/types.ts';
import { validateBundle, validateBundleAsync } from '../../src/model/validate.ts';
import {
  applyPatch,
  invalidBundle,
  patchFixtureNames,
  UNPARSEABLE_DIR,
  validBundle,
} from '../fixtures/fixtures.ts';

const error = (path: string, message: string): ValidationIssue => ({ path, message, severity: 'error' });
const warning = (path: string, message: string): ValidationIssue => ({ path, message, severity: 'warning' });

describe('the valid fixture', () => {
  it('has no issues, sha256 included', async () => {
    expect(await validateBundleAsync(validBundle(), { expectedId: 'valid' })).toEqual([]);
  });
});

const NOT_AN_ID = ' is not a valid id (a letter or digit, then up to 79 letters, digits, "_" or "-")';

/** One fault class per fixture `invalid/<name>.json`, with the exact issue it must produce. */
const FAULTS: Record<string, ValidationIssue> = {
  'bad-notice-kind': error('meta.notice.kind', 'expected one of "synthetic-demo", got "satire"'),
  'notice-missing-language': error('meta.notice.text.ar', 'expected an object, got undefined'),
  'bad-type': error('passages[0].start', 'expected an integer ≥ 0, got "17"'),
  'bad-enum': error(
    'places.features[0].properties.kind',
    'expected one of "city", "town", "village", "neighbourhood", "facility", "crossing", "district", "governorate", "region", "country", "river", "road", "border", got "planet"',
  ),
  'duplicate-id': error('mentions[1].id', 'duplicate id "m1" (first at mentions[0].id)'),
  'dangling-reference': error('mentions[0].placeId', 'no place with id "nowhere"'),
  'range-outside-text': error('passages[1].end', 'end 9999 beyond the end of the text (196 code points)'),
  'overlapping-passages': error(
    'passages[1].start',
    'start 100 is before the end of the previous passage (passages[0] ends at 109): passages must be in reading order and not overlap',
  ),
  'overlapping-mentions': error(
    'mentions[3].selector[0]',
    '[52, 63) overlaps mention "m1" [52, 63): mentions must not overlap',
  ),
  'mention-outside-passage': error(
    'mentions[2].selector[0]',
    '[163, 174) is not inside passage "p1" [15, 109)',
  ),
  'quote-exact': error(
    'mentions[0].selector[1].exact',
    '"Ulan Bator" does not match the text at [52, 63): "Ulaanbaatar"',
  ),
  'quote-prefix': error(
    'mentions[0].selector[1].prefix',
    '"officials in " does not match the text before 52: "Officials in "',
  ),
  'quote-suffix': error(
    'mentions[0].selector[1].suffix',
    '" said on Tuesday" does not match the text after 63: " said on Monday "',
  ),
  'coordinate-out-of-range': error(
    'places.features[0].geometry.coordinates',
    'longitude 400 out of range [-180, 180]',
  ),
  'swapped-lat-lon': error(
    'places.features[0].geometry.coordinates',
    'latitude 106.92 out of range [-90, 90]: [47.92,106.92] looks like [latitude, longitude]; GeoJSON positions are [longitude, latitude]',
  ),
  'ring-not-closed': error(
    'places.features[1].geometry.coordinates[0]',
    'ring not closed: first position [105,47] differs from last [105,47.5]',
  ),
  'missing-precision': error(
    'places.features[0].properties.precision_m',
    'required for Point geometry (a positive number of metres; or give an area geometry, Polygon or MultiPolygon), got undefined',
  ),
  'missing-certainty': error(
    'places.features[1].properties.certainty',
    'expected one of "high", "medium", "low", got undefined',
  ),
  'missing-licence': error(
    'places.features[1].properties.geometry_source.licence',
    'expected a non-empty string, got undefined',
  ),
  'not-project-text': error('passages[0].translation.en.by', 'expected "project", got "outlet"'),
  'bad-iso-date': error(
    'events[0].date',
    '"2022-02-30" is not a valid ISO 8601 date or interval at precision "day"',
  ),
  'missing-event-precision': error(
    'events[0].precision',
    'expected one of "minute", "hour", "day", "month", "year", "fiscal-year", got undefined',
  ),
  'missing-source': error('events[0].sources', 'expected at least one source, got []'),
  'sha-mismatch': error(
    'meta.textSha256',
    '0000000000000000000000000000000000000000000000000000000000000000 does not match the sha256 of the text, 89f34741fd0a568ddd866bbed804a5870cf6f30bda81c823d41526a86e772169',
  ),
  'proto-place-id': error('places.features[1].id', '"__proto__"' + NOT_AN_ID),
  'bad-passage-id': error('passages[0].id', '"p.1"' + NOT_AN_ID),
  'bad-mention-id': error('mentions[0].id', '"-m1"' + NOT_AN_ID),
  'bad-event-id': error('events[1].id', '"e statement"' + NOT_AN_ID),
  'bad-article-id': error('meta.id', '"../valid"' + NOT_AN_ID),
  'bad-gazetteer-id': error('places.features[0].properties.gazetteer_id', '"geonames:292223"' + NOT_AN_ID),
  'markup-attribution': error(
    'places.features[0].properties.geometry_source.attribution',
    '"<img src=\\"https://tracker.example/x.gif\\">" looks like markup: text fields are shown as text, never as HTML',
  ),
  'markup-link': error(
    'events[2].sources[0].title',
    '"<a href=\\"https://evil.example\\">" looks like markup: text fields are shown as text, never as HTML',
  ),
  'script-url': error('events[2].sources[0].url', 'expected an https URL, got "javascript:alert(1)"'),
  'http-url': error('events[2].sources[0].url', 'expected an https URL, got "http://example.org/fixture"'),
  'null-geometry-reviewed': error(
    'places.features[0].geometry',
    'null geometry is allowed only for a proposed place (properties.status "proposed"), got null',
  ),
  'bad-status': error('mentions[0].status', 'expected "proposed" or no status (reviewed), got "accepted"'),
  'unknown-key': warning('places.features[0].properties.colour', 'unknown property "colour"'),
  'proposed-mention': warning(
    'mentions[0]',
    'proposed mention by rule "gazetteer-exact" (candidates: ulaanbaatar, tuv): to be reviewed',
  ),
  'far-point': warning(
    'places.features[0].geometry.coordinates',
    "8,872 km from the median of the article's other places [106.5, 48] and outside the basemap's region: is the point right (sign, homonym)?",
  ),
  'swapped-in-region': warning(
    'places.features[0].geometry.coordinates',
    "[36.5, 40.75] is outside the basemap's study area but inside it as [40.75, 36.5]: GeoJSON positions are [longitude, latitude]; are they swapped?",
  ),
};

describe('one fault per invalid fixture', () => {
  it('every fixture has an expected issue, and every expected issue a fixture', () => {
    expect(patchFixtureNames()).toEqual(Object.keys(FAULTS).sort());
  });

  it.each(Object.entries(FAULTS))('%s', async (name, expected) => {
    expect(await validateBundleAsync(invalidBundle(name))).toEqual([expected]);
  });

  it('unparseable-json: the file is named and the bundle is not built', () => {
    const { bundle, issues } = readArticleFromDisk(UNPARSEABLE_DIR);
    expect(bundle).toBeNull();
    expect(issues).toEqual([
      error('passages.json', expect.stringMatching(/^not valid JSON \(.+\)$/) as unknown as string),
    ]);
  });
});

describe('other checks', () => {
  const patch = (ops: Parameters<typeof applyPatch>[1]) => validateBundle(applyPatch(validBundle(), ops));

  it('offsets are code points: the emoji before the first passage counts as one', () => {
    const bundle = validBundle();
    expect(bundle.text.indexOf('FIXTURE')).toBe(16);
    expect((bundle.passages as { start: number }[])[0]!.start).toBe(15);
    expect(validateBundle(bundle)).toEqual([]);
  });

  it('skips the sha256 check when the caller gives no hash', () => {
    expect(validateBundle(invalidBundle('sha-mismatch'))).toEqual([]);
  });

  it('accepts a synthetic-demo reader notice in both languages', () => {
    const b = validBundle();
    (b.meta as Record<string, unknown>).notice = {
      kind: 'synthetic-demo',
      text: { ar: { text: 'نص تجريبي', by: 'project' }, en: { text: 'Demo text', by: 'project' } },
    };
    expect(validateBundle(b)).toEqual([]);
  });

  it("accepts a place's gazetteer id (GeoNames or a shipped entry)", () => {
    expect(
      patch([
        { op: 'add', path: '/places/features/0/properties/gazetteer_id', value: 'geonames-2028462' },
        { op: 'add', path: '/places/features/1/properties/gazetteer_id', value: 'hasakah_city' },
      ]),
    ).toEqual([]);
  });

  it('meta.id must match the folder name when given', () => {
    expect(validateBundle(validBundle(), { expectedId: 'other' })).toEqual([
      error('meta.id', '"valid" does not match the folder name "other"'),
    ]);
  });

  it('a passage may not overlap an excluded range', () => {
    expect(patch([{ op: 'replace', path: '/passages/0/start', value: 10 }])).toEqual([
      error('passages[0]', '[10, 109) overlaps the excluded range [0, 14)'),
    ]);
  });

  describe('placeholders are warnings until a person fills them', () => {
    it.each([
      [
        'the publication date defaulting to the ingest day',
        [
          {
            op: 'replace',
            path: '/meta/published/reasoning',
            value: 'PLACEHOLDER: no publication date was given',
          },
        ],
        warning(
          'meta.published.date',
          'placeholder: 2022-01-25 is the day the text was ingested, not the publication date; write the real date',
        ),
      ],
      [
        'a date in the text the ingest tool could not resolve',
        [
          {
            op: 'add',
            path: '/meta/draft',
            value: {
              tool: 'scripts/ingest.ts',
              note: 'Draft',
              unresolvedDates: ['"Thursday 12 March" (p1): no year in the text and no publication date'],
            },
          },
        ],
        warning(
          'meta.draft.unresolvedDates[0]',
          'a date in the text was not resolved: "Thursday 12 March" (p1): no year in the text and no publication date; add it as an event if it is one',
        ),
      ],
      [
        'the English title',
        [{ op: 'replace', path: '/meta/title/en/text', value: '(draft: title to be translated) valid' }],
        warning(
          'meta.title.en.text',
          'placeholder "(draft: title to be translated) valid": write the English title',
        ),
      ],
      [
        'an event title',
        [
          {
            op: 'replace',
            path: '/events/0/title/en/text',
            value: 'Date in the text (p1): 2022-01-25 — title to be written by the reviewer',
          },
        ],
        warning(
          'events[0].title.en.text',
          'placeholder "Date in the text (p1): 2022-01-25 — title to be written by the reviewer": write the event\'s title',
        ),
      ],
      [
        "a place's name",
        [
          {
            op: 'replace',
            path: '/places/features/0/properties/name_ar',
            value: '(English name to be written) x',
          },
        ],
        warning(
          'places.features[0].properties.name_ar',
          'placeholder "(English name to be written) x": write the name (the review page\'s place fields)',
        ),
      ],
    ] as const)('%s', (_, ops, issue) => {
      expect(patch(ops as unknown as Parameters<typeof applyPatch>[1])).toEqual([issue]);
    });
  });

  it('a place needs a name only in the article’s language (English article: name_ar may be empty)', () => {
    expect(patch([{ op: 'replace', path: '/places/features/0/properties/name_ar', value: '' }])).toEqual([]);
    expect(
      patch([{ op: 'replace', path: '/places/features/0/properties/name_en', value: '' }]).map((i) => i.path),
    ).toEqual(['places.features[0].properties.name_en']);
  });

  it('the headline passage: role "title" on the first passage only', () => {
    expect(patch([{ op: 'add', path: '/passages/0/role', value: 'title' }])).toEqual([]);
    expect(patch([{ op: 'add', path: '/passages/1/role', value: 'title' }])).toEqual([
      error('passages[1].role', 'only the first passage can be the title'),
    ]);
    expect(patch([{ op: 'add', path: '/passages/0/role', value: 'lede' }])).toEqual([
      error('passages[0].role', 'expected "title" or no role, got "lede"'),
    ]);
  });

  it('meta.reports.eventId must resolve', () => {
    expect(patch([{ op: 'replace', path: '/meta/reports/eventId', value: 'e-none' }])).toEqual([
      error('meta.reports.eventId', 'no event with id "e-none"'),
    ]);
  });

  it('event references must resolve', () => {
    expect(patch([{ op: 'replace', path: '/events/0/passageIds/1', value: 'p9' }])).toEqual([
      error('events[0].passageIds[1]', 'no passage with id "p9"'),
    ]);
  });

  it('unsupported geometry types are named', () => {
    expect(
      patch([{ op: 'replace', path: '/places/features/1/geometry/type', value: 'GeometryCollection' }]),
    ).toEqual([
      error(
        'places.features[1].geometry.type',
        'expected one of "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", got "GeometryCollection"',
      ),
    ]);
  });

  it('a non-numeric coordinate is named', () => {
    expect(
      patch([{ op: 'replace', path: '/places/features/0/geometry/coordinates', value: ['106.92', 47.92] }]),
    ).toEqual([
      error('places.features[0].geometry.coordinates', 'expected numeric coordinates, got ["106.92",47.92]'),
    ]);
  });

  it('precision_m must be positive', () => {
    expect(patch([{ op: 'replace', path: '/places/features/0/properties/precision_m', value: 0 }])).toEqual([
      error('places.features[0].properties.precision_m', 'expected a positive number of metres, got 0'),
    ]);
  });

  it('published must be a valid DateClaim', () => {
    expect(patch([{ op: 'replace', path: '/meta/published/date', value: '2022-01' }])).toEqual([
      error('meta.published.date', '"2022-01" is not a valid ISO 8601 date or interval at precision "day"'),
    ]);
  });

  it('warns about a place no mention refers to', () => {
    expect(patch([{ op: 'replace', path: '/mentions/1/placeId', value: 'ulaanbaatar' }])).toEqual([
      warning('places.features[1]', 'place "tuv" is not referred to by any mention'),
    ]);
  });

  it('warns about an empty translation, saying how to write it', () => {
    expect(
      patch([
        { op: 'replace', path: '/meta/language', value: 'ar' },
        { op: 'replace', path: '/meta/direction', value: 'rtl' },
        { op: 'replace', path: '/passages/1/translation/en/text', value: '' },
      ]),
    ).toEqual([
      warning(
        'passages[1].translation.en.text',
        'empty translation (write it on the review page, or ingest with --translation en.txt)',
      ),
    ]);
  });

  it('an English article needs no English translation: an empty one is no warning', () => {
    expect(patch([{ op: 'replace', path: '/passages/1/translation/en/text', value: '' }])).toEqual([]);
  });

  it('knows the ingest tool\'s draft block (no "unknown property" warning)', () => {
    const draft = { tool: 'scripts/ingest.ts', note: 'Draft written by the ingestion tool.' };
    expect(patch([{ op: 'add', path: '/meta/draft', value: draft }])).toEqual([]);
  });

  it('warns about an event with no place and no passage', () => {
    expect(patch([{ op: 'replace', path: '/events/2/passageIds', value: [] }])).toEqual([
      warning('events[2]', 'event "e-season" has no place and no passage'),
    ]);
  });

  it('accepts the anaphor role (a reference such as "this crossing")', () => {
    expect(patch([{ op: 'replace', path: '/mentions/2/role', value: 'anaphor' }])).toEqual([]);
  });

  it('accepts every geometry type of the contract, line places included', () => {
    const line = [
      [106.5, 47.8],
      [107, 47.9],
    ];
    const cases: [string, unknown][] = [
      [
        'MultiPoint',
        [
          [106.92, 47.92],
          [106.9, 47.9],
        ],
      ],
      ['LineString', line],
      [
        'MultiLineString',
        [
          line,
          [
            [106, 48],
            [106.2, 48.1],
          ],
        ],
      ],
    ];
    for (const [type, coordinates] of cases) {
      expect(
        patch([{ op: 'replace', path: '/places/features/0/geometry', value: { type, coordinates } }]),
      ).toEqual([]);
    }
  });

  it('a MultiLineString needs precision_m and lines of two positions', () => {
    expect(
      patch([
        {
          op: 'replace',
          path: '/places/features/1/geometry',
          value: { type: 'MultiLineString', coordinates: [[[106, 48]]] },
        },
      ]),
    ).toEqual([
      error(
        'places.features[1].geometry.coordinates[0]',
        'expected an array of positions (at least 2), got [[106,48]]',
      ),
      error(
        'places.features[1].properties.precision_m',
        'required for MultiLineString geometry (a positive number of metres; or give an area geometry, Polygon or MultiPolygon), got undefined',
      ),
    ]);
  });

  it('a proposed place may have no geometry yet: one warning, no error', () => {
    expect(
      patch([
        { op: 'replace', path: '/places/features/0/geometry', value: null },
        { op: 'add', path: '/places/features/0/properties/status', value: 'proposed' },
        { op: 'add', path: '/places/features/0/properties/proposal', value: { rule: 'cue-word' } },
      ]),
    ).toEqual([
      warning('places.features[0].properties', 'proposed place by rule "cue-word": to be reviewed'),
    ]);
  });

  it('a proposed event is a warning; a proposal needs a rule', () => {
    expect(
      patch([
        { op: 'add', path: '/events/0/status', value: 'proposed' },
        { op: 'add', path: '/events/0/proposal', value: { note: 'from "Monday"' } },
      ]),
    ).toEqual([
      error('events[0].proposal.rule', 'expected a non-empty string, got undefined'),
      warning('events[0]', 'proposed event: to be reviewed'),
    ]);
  });

  it('warns about unknown keys at every level, with their path', () => {
    expect(
      patch([
        { op: 'add', path: '/meta/publisher', value: 'x' },
        { op: 'add', path: '/passages/0/translation/fr', value: { text: 'x', by: 'project' } },
        { op: 'add', path: '/mentions/0/selector/1/Exact', value: 'x' },
        { op: 'add', path: '/events/0/sources/0/link', value: 'https://example.org/' },
      ]),
    ).toEqual([
      warning('meta.publisher', 'unknown property "publisher"'),
      warning('passages[0].translation.fr', 'unknown property "fr"'),
      warning('mentions[0].selector[1].Exact', 'unknown property "Exact"'),
      warning('events[0].sources[0].link', 'unknown property "link"'),
    ]);
  });

  it('ids that are Object.prototype names are ordinary ids', () => {
    expect(
      patch([
        { op: 'replace', path: '/places/features/1/id', value: 'constructor' },
        { op: 'replace', path: '/mentions/1/placeId', value: 'constructor' },
        { op: 'replace', path: '/events/0/placeIds/0', value: 'constructor' },
        { op: 'replace', path: '/mentions/0/placeId', value: 'toString' },
      ]),
    ).toEqual([error('mentions[0].placeId', 'no place with id "toString"')]);
  });

  it('markup in the article text itself is left alone: it is verbatim and shown as text', () => {
    const bundle = validBundle();
    bundle.text = bundle.text.replace('Comments', '<b>Comm</b>');
    const issues = validateBundle(bundle);
    expect(issues.some((i) => /markup/.test(i.message))).toBe(false);
  });

  it('a deeply nested value gives one clear issue, not a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const issues = patch([{ op: 'add', path: '/meta/extra', value: deep }]);
    expect(issues).toEqual([
      warning('meta.extra', 'unknown property "extra"'),
      error('meta.extra' + '[0]'.repeat(31), 'nested deeper than 32 levels: not part of the data contract'),
    ]);
  });

  it('caps position issues per geometry', () => {
    const ring = [
      [500, 0],
      [501, 0],
      [502, 0],
      [503, 0],
      [500, 0],
    ];
    expect(
      patch([{ op: 'replace', path: '/places/features/1/geometry/coordinates', value: [ring] }]),
    ).toEqual([
      error('places.features[1].geometry.coordinates[0][0]', 'longitude 500 out of range [-180, 180]'),
      error('places.features[1].geometry.coordinates[0][1]', 'longitude 501 out of range [-180, 180]'),
      error('places.features[1].geometry.coordinates[0][2]', 'longitude 502 out of range [-180, 180]'),
      error('places.features[1].geometry.coordinates', '2 more bad positions not listed'),
    ]);
  });
});

describe('never throws', () => {
  const deep: unknown = {
    meta: [],
    text: 5,
    passages: {},
    mentions: [null, 3, []],
    places: { features: [1, { geometry: { type: 'Point', coordinates: {} }, properties: [] }] },
    events: 'x',
  };
  const hostile = {
    get meta(): unknown {
      throw new Error('boom');
    },
  };
  const garbage: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'article'],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
    ['deeply wrong shapes', deep],
    ['a throwing getter', hostile],
  ];
  it.each(garbage)('%s gives issues, not an exception', async (_, raw) => {
    const issues = validateBundle(raw as RawArticleBundle);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => typeof i.path === 'string' && typeof i.message === 'string')).toBe(true);
    await expect(validateBundleAsync(raw as RawArticleBundle)).resolves.toBeInstanceOf(Array);
  });

  it('names the top-level shape error', () => {
    expect(validateBundle(null as unknown as RawArticleBundle)).toEqual([
      error('bundle', 'expected an object, got null'),
    ]);
  });
});

describe('without Web Crypto (a page served over plain http)', () => {
  it('still validates everything else and warns that the hash was not checked', async () => {
    vi.stubGlobal('crypto', undefined);
    try {
      const issues = await validateBundleAsync(validBundle(), { expectedId: 'valid' });
      expect(issues).toEqual([
        warning('meta.textSha256', 'not checked: Web Crypto is unavailable (page not served over https)'),
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
