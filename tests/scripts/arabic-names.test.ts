import { describe, expect, it } from 'vitest';
import { arabicCandidates, arabicNamesRanked, pickArabicName } from '../../scripts/gazetteer/arabic-names.ts';
import { arabicNameOf, type GeonamesLookup, type GeonamesRow } from '../../tools/basemap-world.ts';

// Alternate-name lists as GeoNames' cities500 gives them (the Arabic-script excerpts of real rows).
describe('pickArabicName', () => {
  it.each([
    ['Kyiv', ['Kiev', 'Київ', 'كىيېۋ', 'كييف', 'کیف', 'کیێڤ', 'کی\u200cیف'], 'كييف'],
    ['Gaza', ['Gaza', 'עזה', 'غزة', 'غزه', 'غزہ', 'غەززە'], 'غزة'],
    ['Cairo', ['Cairo', 'Cairo - القاهرة', 'القاهرة', 'قاهره', 'قاھىرە', 'قاہرہ'], 'القاهرة'],
    ['Khartoum', ['Khartún - الخرطوم', 'ااالخرطوم', 'خارطوم', 'خرطوم'], 'الخرطوم'],
    ['Rotterdam', ['راٹرڈیم', 'رتردام', 'روتردام'], 'روتردام'],
    ['Abu Dhabi', ['أبوظبي', 'ئەبووزەبی', 'ابو ظبى', 'ابوظبی', 'جزيرة أبوظبي وجزر داخلية اخرى'], 'أبوظبي'],
    ['Tripoli', ['ترابلس', 'ترىپولى', 'طرابلس', 'طرابلس، لیبیا', 'طَرَابُلُس'], 'طرابلس'],
    ['Jerusalem', ['أورسالم', 'القدس', 'القُدس', 'القُدْس'], 'القدس'],
  ])('%s: the Arabic spelling, not the Persian, Urdu, Kurdish or Uyghur one', (_, names, want) => {
    expect(pickArabicName(names)).toBe(want);
  });

  it('takes nothing when only other languages of the script spell the name', () => {
    expect(pickArabicName(['Karachi', 'کراچی', 'کراچى'])).toBeUndefined();
    expect(pickArabicName(['Paris', 'Париж'])).toBeUndefined();
    expect(pickArabicName([])).toBeUndefined();
  });

  it('leaves out Uyghur ى inside a word, a word that starts with ئ and a letter typed three times', () => {
    expect(arabicCandidates(['رىم', 'ااالخرطوم', 'روما', 'ئاممان', 'بئر'])).toEqual(['روما', 'بئر']);
  });

  it('a preferred spelling must be in the list: it chooses, never adds', () => {
    const london = ['لأندأن', 'لندن', 'لوندون', 'لەندەن'];
    expect(pickArabicName(london)).toBe('لأندأن'); // the rule alone: why PREFER_AR names London
    expect(pickArabicName(london, 'لندن')).toBe('لندن');
    expect(() => pickArabicName(london, 'لوندرة')).toThrow(/not among/);
  });
});

describe('arabicNamesRanked', () => {
  it('every Arabic spelling, the chosen one first and unvowelled, other languages left out', () => {
    expect(arabicNamesRanked(['Amman', 'ئاممان', 'امان', 'عمان', 'عمّان', 'عَمّان'])).toEqual([
      'عمان',
      'امان',
      'عمّان',
      'عَمّان',
    ]);
    expect(arabicNamesRanked(['بَيْرُوت'])).toEqual(['بيروت', 'بَيْرُوت']);
    expect(arabicNamesRanked(['Karachi', 'کراچی'])).toEqual([]);
  });

  it('PREFER_AR by GeoNames id: the preferred spelling first, or no name at all', () => {
    const london = ['لأندأن', 'لندن', 'لوندون'];
    expect(arabicNamesRanked(london, 2643743)).toEqual(['لندن', 'لأندأن', 'لوندون']);
    expect(arabicNamesRanked(london)[0]).toBe('لأندأن');
    expect(arabicNamesRanked(['ربك'], 371760)).toEqual([]);
    expect(arabicNamesRanked(['Amouda', 'عامودا', 'عامودة'])[0]).toBe('عامودة'); // the rule alone
    expect(arabicNamesRanked(['Amouda', 'عامودا', 'عامودة'], 173230)[0]).toBe('عامودا');
  });
});

describe("the basemap's city label (tools/basemap-world.ts) uses the same rule", () => {
  const row = (id: number, alternates: string[], lon = 0, lat = 0): GeonamesRow => ({
    id,
    lon,
    lat,
    alternates: alternates.join(','),
  });
  const lookup = (rows: GeonamesRow[], names: Record<string, GeonamesRow[]> = {}): GeonamesLookup => ({
    byId: new Map(rows.map((r) => [r.id, r])),
    byName: new Map(Object.entries(names)),
  });

  it('by GEONAMEID: the first of the ranked names, PREFER_AR applied', () => {
    const g = lookup([row(2643743, ['لأندأن', 'لندن']), row(371760, ['ربك']), row(1, ['غزة', 'غزه', 'غزہ'])]);
    expect(arabicNameOf(g, { GEONAMEID: 2643743 }, [0, 0])).toEqual({ ar: 'لندن', by: 'id' });
    expect(arabicNameOf(g, { GEONAMEID: 371760 }, [0, 0])).toEqual({});
    expect(arabicNameOf(g, { GEONAMEID: 1 }, [0, 0])).toEqual({ ar: 'غزة', by: 'id' });
  });

  it('by name within 25 km when the id is not in cities500; none farther away', () => {
    const kyiv = row(703448, ['كييف', 'کیف'], 30.52, 50.45);
    const g = lookup([], { kyiv: [kyiv] });
    expect(arabicNameOf(g, { GEONAMEID: 9, NAME: 'Kyiv' }, [30.5, 50.4])).toEqual({ ar: 'كييف', by: 'name' });
    expect(arabicNameOf(g, { GEONAMEID: 9, NAME: 'Kyiv' }, [20, 40])).toEqual({});
  });
});
