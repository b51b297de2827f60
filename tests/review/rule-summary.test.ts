/** The Arabic summary of a proposal's rule on the review page (src/review/rule-summary.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ruleSummaryAr } from '../../src/review/rule-summary.ts';

const INGEST = join(import.meta.dirname, '../../src/ingest');

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
  test('every rule the matcher writes by name has a summary (a new rule cannot drift past the page)', () => {
    const heads = new Set<string>();
    for (const f of readdirSync(INGEST).filter((f) => f.endsWith('.ts')))
      for (const m of readFileSync(join(INGEST, f), 'utf8').matchAll(/rule: '([a-z][a-z:-]*)/gu))
        heads.add(m[1]!);
    expect(heads.size).toBeGreaterThan(20);
    expect([...heads].filter((h) => !ruleSummaryAr(h))).toEqual([]);
  });
  test('a rule it does not know has no summary (the English note stands alone)', () => {
    expect(ruleSummaryAr('some-future-rule')).toBeUndefined();
    expect(ruleSummaryAr('')).toBeUndefined();
    expect(ruleSummaryAr('constructor')).toBeUndefined();
  });
});
