import { describe, expect, test } from 'vitest';
import { buildIndex, matchPlaces, splits, type PlaceMatch } from '../../src/ingest/match.ts';
import { ENTRIES, ORGS } from './gazetteer-fixture.ts';

const index = buildIndex(ENTRIES, ORGS);
const cp = (s: string) => Array.from(s);
/** The mentions of `text` as [exact, placeId, role]. */
function found(text: string, lang: 'ar' | 'en' = 'ar'): [string, string | null, string][] {
  return matchPlaces(text, index, { lang }).map((m) => [
    cp(text).slice(m.start, m.end).join(''),
    m.placeId,
    m.role,
  ]);
}
const one = (text: string, lang: 'ar' | 'en' = 'ar'): PlaceMatch => {
  const ms = matchPlaces(text, index, { lang });
  expect(ms).toHaveLength(1);
  return ms[0]!;
};

describe('clitics are stripped only where the rest is a known name', () => {
  test.each([
    ['في سوريا', 'سوريا', 'syria'],
    ['وسوريا', 'سوريا', 'syria'],
    ['فسوريا', 'سوريا', 'syria'],
    ['بسوريا', 'سوريا', 'syria'],
    ['لسوريا', 'سوريا', 'syria'],
    ['كسوريا', 'سوريا', 'syria'],
    ['وبسوريا', 'سوريا', 'syria'],
    ['ولسوريا', 'سوريا', 'syria'],
    ['والحسكة', 'الحسكة', 'hasakah_city'],
    ['بالحسكة', 'الحسكة', 'hasakah_city'],
    ['فالحسكة', 'الحسكة', 'hasakah_city'],
    ['وبالحسكة', 'الحسكة', 'hasakah_city'],
    ['كالحسكة', 'الحسكة', 'hasakah_city'],
    ['للحسكة', 'لحسكة', 'hasakah_city'],
    ['وللحسكة', 'لحسكة', 'hasakah_city'],
    ['ولواشنطن', 'واشنطن', 'washington'],
    ['بواشنطن', 'واشنطن', 'washington'],
  ])('%s → %s', (text, exact, placeId) => {
    expect(found(text)).toEqual([[exact, placeId, 'place']]);
  });

  test.each([['وارد'], ['بسورياتي'], ['سوريات'], ['الحسكاوي'], ['والي']])('no place in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  test('a bare name is preferred to a clitic reading', () => {
    expect(splits('واشنطن')[0]).toEqual({ skip: 0, rest: 'واشنطن', article: false, clitic: '' });
    expect(one('واشنطن').rule).toBe('name');
  });
});

describe('longest match first, organisations excluded', () => {
  test.each([
    ['في شمال شرقي سوريا.', [['شمال شرقي سوريا', 'northeast_syria', 'place']]],
    ['في شمال شرق سوريا', [['شمال شرق سوريا', 'northeast_syria', 'place']]],
    ['بإقليم كردستان العراق', [['إقليم كردستان العراق', 'kurdistan_region', 'place']]],
    ['قوات سوريا الديمقراطية', []],
    ['لقوات سوريا الديمقراطية في سوريا', [['سوريا', 'syria', 'place']]],
    ['مجلس سوريا الديموقراطية', []],
    ['أشادت الخارجية الأمريكية', []],
    ['فريق الاستجابة والمساعدة للانتقال في سوريا', [['سوريا', 'syria', 'name-part']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('cue words decide readings', () => {
  test.each([
    ['في محافظة الحسكة', 'محافظة الحسكة', 'hasakah_governorate'],
    ['في مدينة الحسكة', 'مدينة الحسكة', 'hasakah_city'],
    ['في الحسكة', 'الحسكة', 'hasakah_city'],
    ['داخل حي غويران', 'حي غويران', 'ghwayran'],
    ['بمحافظة الحسكة', 'محافظة الحسكة', 'hasakah_governorate'],
    ['على نهر دجلة', 'نهر دجلة', 'tigris'],
  ])('%s → %s', (text, exact, placeId) => {
    expect(found(text)).toEqual([[exact, placeId, 'place']]);
  });

  test('an ambiguous name keeps its candidates', () => {
    const m = one('في الحسكة');
    expect(m.candidates).toEqual(['hasakah_city', 'hasakah_governorate']);
    expect(m.rule).toContain('ambiguous');
  });

  test('ريف X: the countryside of X ranks the area (the governorate) first, with a note', () => {
    const m = one('في ريف الحسكة');
    expect(m.placeId).toBe('hasakah_governorate');
    expect(m.candidates).toEqual(['hasakah_governorate', 'hasakah_city']);
    expect(m.note).toContain('countryside');
  });

  test.each([
    ['في حي النشوة الغربي', 'حي النشوة', 'neighbourhood', 'حي النشوة'],
    ['قرب ساحة الرئيس', 'ساحة الرئيس', 'facility', 'ساحة الرئيس'],
    ['عبر معبر الوليد', 'معبر الوليد', 'crossing', 'معبر الوليد'],
    ['داخل سجن الصناعة في', 'سجن الصناعة', 'facility', 'سجن الصناعة'],
    ['في بلدة تل تمر', 'بلدة تل تمر', 'town', 'بلدة تل تمر'],
    ['من قرية خربة', 'قرية خربة', 'village', 'قرية خربة'],
    ['على نهر الخابور', 'نهر الخابور', 'river', 'نهر الخابور'],
    ['طلاب كلية الهندسة', 'كلية الهندسة', 'facility', 'كلية الهندسة'],
  ])('cue + unknown name: %s → proposed %s, the cue kept in its name', (text, exact, kind, name) => {
    const m = one(text);
    expect([cp(text).slice(m.start, m.end).join(''), m.placeId, m.kind, m.name, m.rule]).toEqual([
      exact,
      null,
      kind,
      name,
      'cue-unknown-name',
    ]);
  });

  test.each([['في حي كبير'], ['هذا المعبر'], ['في مدينة في']])('no proposal: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a place name standing for a government is an actor', () => {
  test.each([
    ['وأكد البيان على أن واشنطن تستمر بالوقوف', 'واشنطن', 'washington', 'actor'],
    ['على دعوات أمريكا السابقة', 'أمريكا', 'united_states', 'actor'],
    ['أولويات سياسة الولايات المتحدة تجاه سوريا', 'الولايات المتحدة', 'united_states', 'actor'],
    ['وستستمر واشنطن وقوات التحالف', 'واشنطن', 'washington', 'actor'],
    ['وصل إلى واشنطن أمس', 'واشنطن', 'washington', 'place'],
    ['عاد من أمريكا', 'أمريكا', 'united_states', 'place'],
  ])('%s', (text, exact, placeId, role) => {
    expect(found(text).find((f) => f[0] === exact)).toEqual([exact, placeId, role]);
  });
});

describe('English', () => {
  test.each([
    ["Syria's north", [['Syria', 'syria', 'place']]],
    ['in northeast Syria.', [['northeast Syria', 'northeast_syria', 'place']]],
    ['the Semalka crossing', [['Semalka crossing', 'semalka_crossing', 'place']]],
    ['in al-Hasakah governorate', [['al-Hasakah governorate', 'hasakah_governorate', 'place']]],
    ['in the city of Qamishli', [['city of Qamishli', 'qamishli', 'place']]],
    ['the Syrian Democratic Forces', []],
    ['the US State Department said', []],
    ['a turkey and syria in lower case', []],
    ['Washington said it would', [['Washington', 'washington', 'actor']]],
    ["America's calls on countries", [['America', 'united_states', 'actor']]],
    ['flew to Washington on', [['Washington', 'washington', 'place']]],
    [
      'the policy of the United States towards Syria',
      [
        ['United States', 'united_states', 'actor'],
        ['Syria', 'syria', 'place'],
      ],
    ],
    ['inside the Ghwayran neighbourhood', [['Ghwayran neighbourhood', 'ghwayran', 'place']]],
    ["inside al-Sina'a prison in", [["al-Sina'a prison", null, 'place']]],
    ['the Tigris River', [['Tigris River', 'tigris', 'place']]],
  ])('%s', (text, expected) => {
    expect(found(text, 'en')).toEqual(expected);
  });
});

describe('offsets are code points', () => {
  test('an emoji (two UTF-16 units) before a mention', () => {
    const text = '😀 في شمال شرقي سوريا 𝐀 والحسكة';
    const ms = matchPlaces(text, index, { lang: 'ar' });
    const cps = cp(text);
    expect(ms.map((m) => [m.start, m.end, cps.slice(m.start, m.end).join('')])).toEqual([
      [5, 20, 'شمال شرقي سوريا'],
      [24, 30, 'الحسكة'],
    ]);
    // In UTF-16 units the first mention starts one later.
    expect(text.indexOf('شمال')).toBe(6);
  });

  test('diacritics and tatweel inside a name stay inside the span', () => {
    const text = 'في سُـورِيَا';
    const [m] = matchPlaces(text, index, { lang: 'ar' });
    expect(cp(text).slice(m!.start, m!.end).join('')).toBe('سُـورِيَا');
  });

  test('only spans inside `within` are reported', () => {
    const text = 'سوريا\nالحسكة';
    expect(
      matchPlaces(text, index, { lang: 'ar', within: [{ start: 6, end: 12 }] }).map((m) => m.placeId),
    ).toEqual(['hasakah_city']);
  });
});
