/** The Arabic summary of a proposal's rule on the review page (src/review/rule-summary.ts). */
import { describe, expect, test } from 'vitest';
import { ruleSummaryAr } from '../../src/review/rule-summary.ts';

describe('ruleSummaryAr', () => {
  test('by the rule’s first word, whatever later rules appended', () => {
    expect(ruleSummaryAr('name')).toBe(ruleSummaryAr('name cue-after ambiguous namesake-unit-after'));
    expect(ruleSummaryAr('name')).toMatch(/المعجم الجغرافي/u);
  });
  test('a clitic rule by its head, whatever the clitic', () => {
    expect(ruleSummaryAr('clitic:ب')).toBe(ruleSummaryAr('clitic:ول'));
    expect(ruleSummaryAr('clitic:ب')).toMatch(/حرف/u);
  });
  test('an unknown name asks the editor to place it', () => {
    expect(ruleSummaryAr('cue-unknown-name latin-spelling')).toMatch(/حدّد موقعه/u);
  });
  test('every Latin-spelling reading says to check the place', () => {
    for (const r of ['latin-spelling', 'listed-latin-spelling', 'preposition-unit-latin-spelling'])
      expect(ruleSummaryAr(r)).toMatch(/تحقّق/u);
  });
  test('a rule it does not know has no summary (the English note stands alone)', () => {
    expect(ruleSummaryAr('some-future-rule')).toBeUndefined();
    expect(ruleSummaryAr('')).toBeUndefined();
    expect(ruleSummaryAr('constructor')).toBeUndefined();
  });
});
