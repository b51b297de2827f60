/** The timeline's counts read grammatically in both languages (the noun agrees with the total). */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n.ts';
import type { Lang } from '../../src/model/types.ts';

describe('tlShowingCount', () => {
  it.each<[Lang, number, number, string]>([
    ['ar', 5, 8, '5 من 8 أحداث'],
    ['ar', 1, 2, '1 من حدثين'],
    ['ar', 1, 1, '1 من حدث واحد'],
    ['ar', 3, 11, '3 من 11 حدثًا'],
    ['ar', 40, 100, '40 من 100 حدث'],
    ['en', 1, 1, '1 of 1 event'],
    ['en', 5, 8, '5 of 8 events'],
  ])('%s: %i in range of %i → %s', (lang, k, n, want) =>
    expect(t(lang, 'tlShowingCount', { n, k: String(k), total: String(n) })).toBe(want),
  );
});

describe('tlLarge', () => {
  it.each<[Lang, number, string]>([
    ['ar', 2005, '2005 أحداث (مجمّعة لكل عمود بكسل)'],
    ['ar', 2500, '2500 حدث (مجمّعة لكل عمود بكسل)'],
    ['en', 100000, '100,000 events (binned per pixel column)'],
  ])('%s: %i', (lang, n, want) =>
    expect(t(lang, 'tlLarge', { n, total: n >= 10000 ? n.toLocaleString('en-GB') : String(n) })).toBe(want),
  );
});
