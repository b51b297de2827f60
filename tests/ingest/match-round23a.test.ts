/**
 * Matching rules from round 23, part A (issue 18), on made-up sentences from countries other than
 * those of the articles that showed the cause. Points and populations are rough and illustrative
 * (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const country = (id: string, ar: string, en: string, code: string, point: [number, number]) =>
  e(id, [ar], [en], 'country', point, {
    country: code,
    actor: true,
    bbox: [point[0] - 5, point[1] - 5, point[0] + 5, point[1] + 5],
  });

const ENTRIES: GazetteerEntry[] = [
  country('pakistan', 'باكستان', 'Pakistan', 'PK', [69, 30]),
  country('india', 'الهند', 'India', 'IN', [79, 22]),
  country('venezuela', 'فنزويلا', 'Venezuela', 'VE', [-66, 7]),
  country('spain', 'إسبانيا', 'Spain', 'ES', [-3.7, 40]),
  country('united_kingdom', 'بريطانيا', 'United Kingdom', 'GB', [-2, 54]),
  country('canada', 'كندا', 'Canada', 'CA', [-100, 56]),
  w('g-leeds', ['ليدز'], ['Leeds'], 'city', [-1.55, 53.8], 'GB', 450_000),
  w('g-bradford', ['برادفورد'], ['Bradford'], 'city', [-1.75, 53.79], 'GB', 350_000),
  w('g-toronto', ['تورونتو'], ['Toronto'], 'city', [-79.38, 43.65], 'CA', 2_600_000),
  w('g-hamilton', ['هاملتون'], ['Hamilton'], 'city', [-79.87, 43.25], 'CA', 520_000),
  // A reviewed article's Hyderabad (India) is shipped; Pakistan's is GeoNames'.
  e('hyderabad_in', ['حيدر أباد'], ['Hyderabad'], 'city', [78.47, 17.38], {
    country: 'IN',
    population: 3_600_000,
  }),
  w('g-hyderabad-pk', ['حيدر أباد'], ['Hyderabad'], 'city', [68.37, 25.39], 'PK', 1_400_000),
  e('valencia_es', ['فالنسيا'], ['Valencia'], 'city', [-0.38, 39.47], { country: 'ES', population: 800_000 }),
  w('g-valencia-ve', ['فالنسيا'], ['Valencia'], 'city', [-68, 10.16], 'VE', 1_400_000),
];

const found = foundIn(buildIndex(ENTRIES));
const idOf = (text: string, lang: 'ar' | 'en', name: string) =>
  found(text, lang).find((m) => m.text === name)?.id;

describe('a shipped namesake in a country the article never names gives way to one in a country it names', () => {
  test('Arabic: Hyderabad in a report from Leeds that names Pakistan once', () => {
    const text =
      'ليدز — قالت الشرطة في بريطانيا يوم الثلاثاء إنها اعتقلت رجلين في برادفورد، في أعنف هجوم تشهده بريطانيا منذ سنوات. وفي حيدر أباد، قال مسؤولون إنهم اعتقلوا شقيق المنفذ، الذي عاد من باكستان قبل أيام.';
    expect(idOf(text, 'ar', 'حيدر أباد')).toBe('g-hyderabad-pk');
  });

  test('English: Valencia in a report from Toronto that names Venezuela once', () => {
    const text =
      'TORONTO — Police in Canada said on Tuesday they had arrested two men in Hamilton, the worst attack Canada has seen in years. In Valencia, officials said they had detained the attacker’s brother, who had come back from Venezuela days before.';
    expect(idOf(text, 'en', 'Valencia')).toBe('g-valencia-ve');
  });

  test('the shipped one stays when its own country is named', () => {
    const text =
      'TORONTO — Police in Canada said on Tuesday they had arrested two men in Hamilton, the worst attack Canada has seen in years. In Valencia, officials said they had detained the attacker’s brother, who had come back from Spain days before.';
    expect(idOf(text, 'en', 'Valencia')).toBe('valencia_es');
  });
});
