import { describe, expect, it } from 'vitest';
import { arabicCandidates, pickArabicName } from '../../tools/arabic-names.ts';

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

  it('leaves out Uyghur ى inside a word and a letter typed three times', () => {
    expect(arabicCandidates(['رىم', 'ااالخرطوم', 'روما'])).toEqual(['روما']);
  });

  it('a preferred spelling must be in the list: it chooses, never adds', () => {
    const london = ['لأندأن', 'لندن', 'لوندون', 'لەندەن'];
    expect(pickArabicName(london)).toBe('لأندأن'); // the rule alone: why PREFER_AR names London
    expect(pickArabicName(london, 'لندن')).toBe('لندن');
    expect(() => pickArabicName(london, 'لوندرة')).toThrow(/not among/);
  });
});
