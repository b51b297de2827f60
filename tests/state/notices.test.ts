import { describe, expect, it } from 'vitest';
import { capText, makeNotice, MAX_ECHO } from '../../src/state/notices.ts';
import { noticeParts, noticeText } from '../../src/ui/notice-text.ts';

describe('capText', () => {
  const cases: [string, string, number, boolean][] = [
    ['short', 'abc', 3, false],
    ['exactly the cap', 'x'.repeat(MAX_ECHO), MAX_ECHO, false],
    ['one over', 'x'.repeat(MAX_ECHO + 1), MAX_ECHO, true],
    ['huge', 'y'.repeat(14_805), MAX_ECHO, true],
    ['supplementary characters count once', '😀'.repeat(MAX_ECHO), MAX_ECHO, false],
    ['supplementary characters over the cap', '😀'.repeat(MAX_ECHO + 5), MAX_ECHO, true],
  ];
  it.each(cases)('%s', (_, input, codePoints, cut) => {
    const r = capText(input);
    expect(Array.from(r.text)).toHaveLength(codePoints);
    expect(r.cut).toBe(cut);
    expect(input.startsWith(r.text)).toBe(true);
  });
});

describe('notices', () => {
  it('stores a key and values, rendered in the language asked for', () => {
    const n = makeNotice(1, 'styleFallback');
    expect(noticeText(n, 'en')).toContain('could not be loaded');
    expect(noticeText(n, 'ar')).toContain('تعذّر');
  });

  it('caps an echoed value and says it was cut, in each language', () => {
    const n = makeNotice(1, 'ignoredParam', { param: `lang=${'A'.repeat(14_805)}` }, { key: 'url_badLang' });
    const en = noticeText(n, 'en');
    expect(en.length).toBeLessThan(150);
    expect(en).toContain('…(cut)');
    expect(en).toMatch(/language must be ar or en$/);
    expect(noticeText(n, 'ar')).toContain('…(مقتطع)');
  });

  it('isolates each filled value as its own part', () => {
    const n = makeNotice(
      1,
      'ignoredParam',
      { param: 'view=400,36,8' },
      { key: 'url_lonRange', vars: { n: 400 } },
    );
    const parts = noticeParts(n, 'ar');
    expect(parts.filter((p) => p.name).map((p) => p.name)).toEqual(['param', 'reason']);
    expect(parts.find((p) => p.name === 'param')?.text).toBe('view=400,36,8');
  });

  it('does not turn a value that looks like a placeholder into another value', () => {
    const n = makeNotice(1, 'ignoredParam', { param: 'x={reason}' }, { key: 'url_noPlace' });
    expect(noticeText(n, 'en')).toBe('Ignored URL parameter x={reason}: no such place');
  });
});
