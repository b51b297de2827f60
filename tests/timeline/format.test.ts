import { describe, expect, it } from 'vitest';
import { formatCount, formatDay, rangeDays, tickLabel } from '../../src/timeline/format.ts';

const d = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);

describe('timeline labels', () => {
  it.each([
    ['en', 'latn', '2022-01-20', '20 Jan'],
    ['en', 'latn', '2022-01-01', '2022'],
    ['en', 'latn', '2021-12-01', 'Dec 2021'],
    ['ar', 'latn', '2022-01-20', '20 يناير'],
    ['ar', 'arab', '2022-01-20', '٢٠ يناير'],
    ['ar', 'arab', '2022-01-01', '٢٠٢٢'],
    ['en', 'latn', '2022-01-20T12:00Z', '12:00'],
  ] as const)('%s/%s tick %s → %s', (lang, digits, t, label) => {
    expect(tickLabel(d(t), lang, digits)).toBe(label);
  });

  it.each([
    ['en', 'latn', '20 Jan 2022'],
    ['ar', 'latn', '20 يناير 2022'],
    ['ar', 'arab', '٢٠ يناير ٢٠٢٢'],
  ] as const)('%s/%s day → %s', (lang, digits, label) => {
    expect(formatDay(d('2022-01-20'), lang, digits)).toBe(label);
  });

  it('shows a half-open range by its first and last day', () => {
    expect(rangeDays({ start: d('2022-01-20'), end: d('2022-01-27') }, 'en')).toEqual([
      '20 Jan',
      '26 Jan 2022',
    ]);
    expect(rangeDays({ start: d('2021-12-30'), end: d('2022-01-02') }, 'en')).toEqual([
      '30 Dec 2021',
      '1 Jan 2022',
    ]);
    expect(rangeDays({ start: d('2022-01-20'), end: d('2022-01-27') }, 'ar', 'arab')).toEqual([
      '٢٠ يناير',
      '٢٦ يناير ٢٠٢٢',
    ]);
  });

  it('counts in the chosen digits', () => {
    expect(formatCount(100000, 'en')).toBe('100,000');
    expect(formatCount(2022, 'ar', 'arab')).toMatch(/^٢٬?٠٢٢$/);
  });
});
