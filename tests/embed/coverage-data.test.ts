import { describe, expect, it } from 'vitest';
import { coverageName, coverageView } from '../../src/embed/coverage-data.ts';
import type { PlaceRecord } from '../../src/collection/format.ts';

const item = (a: string, d: string, l: 'ar' | 'en' = 'ar') => ({
  a,
  p: `p-${a}`,
  l,
  t: { ...(l === 'ar' ? { ar: `عنوان ${a}` } : {}), en: `Title ${a}` },
  d,
  q: `quote ${a}`,
  ...(l === 'ar' ? { qe: `translation ${a}` } : {}),
});

const record: PlaceRecord = {
  name_ar: 'معبر سيمالكا',
  name_en: 'Semalka crossing',
  kind: 'crossing',
  point: [42.35, 37.09],
  items: [
    item('a', '2022-01-23'),
    item('b', '2024-05-01', 'en'),
    item('c', '2023-03-02'),
    item('d', '2021-01-01'),
  ],
  n: 5,
};

describe('coverageView', () => {
  it('counts every article, lists the newest three, each linking to the article at its own place id', () => {
    const v = coverageView('semalka_crossing', record, { lang: 'en' });
    expect(v.count).toBe(5);
    expect(v.items.map((i) => [i.article, i.date])).toEqual([
      ['b', '2024-05-01'],
      ['c', '2023-03-02'],
      ['a', '2022-01-23'],
    ]);
    expect(v.items[1]!.href).toBe('./?article=c&lang=en&place=p-c');
    expect(v.atlasHref).toBe('./atlas.html?lang=en&place=semalka_crossing');
    expect(v.feature.geometry).toEqual({ type: 'Point', coordinates: [42.35, 37.09] });
  });

  it('an English reader gets the English title and the translation of an Arabic quote; an Arabic one the originals', () => {
    const en = coverageView('k', record, { lang: 'en' }).items[1]!;
    expect([en.title, en.titleLang, en.quoteLang, en.translation]).toEqual([
      'Title c',
      'en',
      'ar',
      'translation c',
    ]);
    const ar = coverageView('k', record, { lang: 'ar', theme: 'dark' }).items[1]!;
    expect([ar.title, ar.titleLang, ar.translation]).toEqual(['عنوان c', 'ar', undefined]);
    expect(ar.href).toBe('./?article=c&lang=ar&theme=dark&place=p-c');
  });

  it("names the place in the other language when the reader's is empty (a world place without an Arabic name)", () => {
    expect(coverageName({ name_ar: '', name_en: 'Town' }, 'ar')).toBe('Town');
    expect(coverageName(record, 'ar')).toBe('معبر سيمالكا');
    expect(coverageName(record, 'en')).toBe('Semalka crossing');
  });
});
