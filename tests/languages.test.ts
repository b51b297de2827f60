import { afterEach, describe, expect, it } from 'vitest';
import { t, tParts } from '../src/i18n.ts';
import {
  contentLang,
  dir,
  intlLocale,
  isLanguage,
  isRtl,
  language,
  languages,
  nextLanguage,
  registerLanguage,
  type Language,
  type LanguageStrings,
} from '../src/languages.ts';
import type { StringKey } from '../src/i18n.ts';
import { formatNumber, formatDate } from '../src/ui/format.ts';
import { PSEUDO, PSEUDO_CODE, pseudo, pseudoStrings, registerPseudo } from './i18n/pseudo.ts';

describe('the built-in languages', () => {
  it.each([
    ['ar', 'rtl', true, 'ar', 'ar-u-nu-latn', 'ar-u-nu-arab'],
    ['en', 'ltr', false, 'en', 'en-GB', 'en-GB'],
  ] as const)('%s writes %s', (code, d, rtl, content, latn, arab) => {
    expect(dir(code)).toBe(d);
    expect(isRtl(code)).toBe(rtl);
    expect(contentLang(code)).toBe(content);
    expect(intlLocale(code, 'latn')).toBe(latn);
    expect(intlLocale(code, 'arab')).toBe(arab);
  });
  it('an unknown code reads as English and is not a language', () => {
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage('__proto__')).toBe(false);
    expect(language('fr').code).toBe('en');
  });
  it('the switch cycles through the registered languages', () => {
    expect(nextLanguage('ar').code).toBe('en');
    expect(nextLanguage('en').code).toBe('ar');
  });
  it('formats numbers in the digits the language offers', () => {
    expect(formatNumber(1234.5, 'ar', 'arab')).toBe('١٬٢٣٤٫٥');
    expect(formatNumber(12, 'en', 'arab')).toBe('12');
  });
});

describe('a new interface language is one registry entry plus a strings file', () => {
  let remove: (() => void) | undefined;
  afterEach(() => remove?.());

  it('a complete strings table type-checks against every key', () => {
    // Type-level: a table missing a key or with an unknown key does not compile.
    const table: LanguageStrings<StringKey> = pseudoStrings();
    // @ts-expect-error a table without `appName` is incomplete
    const missing: LanguageStrings<StringKey> = { ...table, appName: undefined };
    expect(missing.appName).toBeUndefined();
    const entry: Language = PSEUDO;
    expect(entry.dir).toBe('rtl');
  });

  it('registered, it drives direction, strings, plurals and formatting', () => {
    expect(isLanguage(PSEUDO_CODE)).toBe(false);
    remove = registerPseudo();
    expect(isLanguage(PSEUDO_CODE)).toBe(true);
    expect(languages().map((l) => l.code)).toEqual(['ar', 'en', PSEUDO_CODE]);
    expect(nextLanguage('en').code).toBe(PSEUDO_CODE);
    expect(nextLanguage(PSEUDO_CODE).code).toBe('ar');
    expect(dir(PSEUDO_CODE)).toBe('rtl');
    expect(contentLang(PSEUDO_CODE)).toBe('en');
    expect(t(PSEUDO_CODE, 'appName')).toBe(pseudo('Article Atlas'));
    expect(t(PSEUDO_CODE, 'appName')).toMatch(/^⟦Àŕţîçĺé Àţĺàš·+⟧$/);
    // Plural forms by the language's locale; placeholders filled, not accented.
    expect(t(PSEUDO_CODE, 'mentionsCount', { n: 1 })).not.toBe(t(PSEUDO_CODE, 'mentionsCount', { n: 2 }));
    expect(tParts(PSEUDO_CODE, 'withinKm', { n: 2 }).find((p) => p.name === 'n')?.text).toBe('2');
    expect(formatDate(Date.UTC(2022, 0, 22), 'month', PSEUDO_CODE)).toBe('January 2022');
    remove();
    remove = undefined;
    expect(isLanguage(PSEUDO_CODE)).toBe(false);
    expect(t(PSEUDO_CODE, 'appName')).toBe('Article Atlas');
  });

  it('a key the new table lacks renders as the key, never as another language', () => {
    const partial = { appName: 'X' } as unknown as LanguageStrings<StringKey>;
    remove = registerLanguage({ ...PSEUDO, code: 'qps-partial' }, partial);
    expect(t('qps-partial', 'appName')).toBe('X');
    expect(t('qps-partial', 'places')).toBe('places');
  });
});
