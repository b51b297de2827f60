import { describe, expect, test } from 'vitest';
import { norm, normalise, tokens } from '../../src/ingest/normalize.ts';

describe('normalise for matching', () => {
  test.each([
    ['أحمد', 'احمد', 'hamza on alef'],
    ['إقليم', 'اقليم', 'hamza below alef'],
    ['آذار', 'اذار', 'madda'],
    ['ٱلله', 'الله', 'wasla'],
    ['مصطفى', 'مصطفي', 'final alef maqsura'],
    ['الحسكة', 'الحسكه', 'ta marbuta'],
    ['سـوريـا', 'سوريا', 'tatweel'],
    ['سُورِيَا', 'سوريا', 'diacritics'],
    ['٢٠٢٢', '2022', 'Arabic-Indic digits'],
    ['۲۰۲۲', '2022', 'extended Arabic-Indic digits'],
    ['Syria’s', "syria's", 'case and curly apostrophe'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  test('the map points back to original code points', () => {
    const text = '😀 سُوريا';
    const n = normalise(text);
    expect(n.chars.join('')).toBe('😀 سوريا');
    const s = n.chars.indexOf('س');
    expect(n.map[s]).toBe(2); // the emoji is one code point (two UTF-16 units)
    expect(n.map[s + 1]).toBe(4); // و after the dropped damma at 3
  });

  test('tokens carry original code-point ranges, diacritics on the last letter included', () => {
    const t = tokens(normalise('😀 في سُورِيَا.'));
    expect(t.map((x) => [x.n, x.start, x.end])).toEqual([
      ['في', 2, 4],
      ['سوريا', 5, 13],
    ]);
  });

  test('English possessive is not part of the word', () => {
    const t = tokens(normalise("Syria's north"));
    expect(t[0]).toMatchObject({ n: 'syria', start: 0, end: 5 });
  });
});
