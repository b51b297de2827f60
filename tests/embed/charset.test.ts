import { describe, expect, it } from 'vitest';
import { splitCharset, unicodeRange } from '../../src/embed/charset.ts';

describe('poster font charset', () => {
  it('splits characters between the Arabic and the Latin file, deduplicated and sorted', () => {
    const { arabic, latin } = splitCharset('بابا ab\u200c1٣\n');
    expect(arabic).toEqual([0x0627, 0x0628, 0x0663, 0x200c]);
    expect(latin).toEqual([0x20, 0x31, 0x61, 0x62]);
  });

  it.each([
    [[0x41, 0x42, 0x43, 0x61], 'U+41-43, U+61'],
    [[0x627], 'U+627'],
    [[], ''],
  ])('unicode-range of %j is %s', (cps, want) => {
    expect(unicodeRange(cps)).toBe(want);
  });
});
