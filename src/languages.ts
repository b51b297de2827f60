/**
 * The interface languages as data: one entry per language says which way it writes, how it
 * formats numbers and dates, which digits it shows by default, its font, and which of the
 * article's two data languages it reads names and titles in. Direction, formatting, digits and
 * fonts derive from here, so no view asks `lang === 'ar'`.
 *
 * Adding an interface language is one entry here plus a strings file (a complete
 * {@link LanguageStrings} table for `src/i18n.ts`'s keys) passed to {@link registerLanguage}; the
 * right-to-left pseudo-locale in `tests/i18n/pseudo.ts` is registered that way by the tests.
 * The article's own text (quotes, names, titles) stays in Arabic and English: a language's
 * `content` chooses between them.
 */
import type { Digits } from './model/prefs.ts';
import type { ContentLang, Direction, Lang } from './model/types.ts';

export interface Language {
  /** BCP 47 tag: the `lang` attribute and the URL's `lang=` value. */
  code: Lang;
  /** The language's name in itself, shown on the switch that leads to it. */
  name: string;
  dir: Direction;
  /** The locale `Intl` formats numbers, dates and plural forms in (`-u-nu-…` is added for digits). */
  locale: string;
  /** The digits shown until the reader chooses; `digits` lists the choices (one: no choice). */
  defaultDigits: Digits;
  digits: readonly Digits[];
  /** CSS `font-family` for interface text in this language (a bundled font first: nothing downloads). */
  font: string;
  /** Which of the article's data languages names, titles and quotes are read in. */
  content: ContentLang;
  /** Opening and closing quotation marks around a quoted passage. */
  quotes: readonly [string, string];
  /** Between items of a short inline list ("A, B"). */
  listSeparator: string;
}

const FONT = "'Noto Sans Arabic', system-ui, sans-serif";

const BUILT_IN: readonly Language[] = [
  {
    code: 'ar',
    name: 'العربية',
    dir: 'rtl',
    locale: 'ar',
    defaultDigits: 'latn',
    digits: ['latn', 'arab'],
    font: FONT,
    content: 'ar',
    quotes: ['«', '»'],
    listSeparator: '، ',
  },
  {
    code: 'en',
    name: 'English',
    dir: 'ltr',
    locale: 'en-GB',
    defaultDigits: 'latn',
    digits: ['latn'],
    font: FONT,
    content: 'en',
    quotes: ['“', '”'],
    listSeparator: ', ',
  },
];

/** A complete strings table for one language: every key of `src/i18n.ts`, plain or plural. */
export type LanguageStrings<K extends string = string> = Readonly<
  Record<K, string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>)>
>;

const registry = new Map<Lang, Language>(BUILT_IN.map((l) => [l.code, l]));
const extraStrings = new Map<Lang, LanguageStrings>();

/** The language the registry falls back to for an unknown code. */
export const FALLBACK = 'en' satisfies ContentLang;

/**
 * Adds an interface language with its strings table (the table of a built-in language lives in
 * `src/i18n.ts`). Returns a function that removes it again.
 */
export function registerLanguage(language: Language, strings: LanguageStrings): () => void {
  registry.set(language.code, language);
  extraStrings.set(language.code, strings);
  return () => {
    registry.delete(language.code);
    extraStrings.delete(language.code);
  };
}

/** True when `code` is a registered interface language (for codes that arrive as data, e.g. the URL). */
export function isLanguage(code: string): code is Lang {
  return registry.has(code);
}

/** The registered languages, in the order the language switch cycles through them. */
export function languages(): Language[] {
  return [...registry.values()];
}

/** The entry for `lang`; an unknown code reads as the fallback language. */
export function language(lang: Lang): Language {
  return registry.get(lang) ?? registry.get(FALLBACK)!;
}

/** The strings table registered with a language beyond the built-in two, if any. */
export function stringsOf(lang: Lang): LanguageStrings | undefined {
  return extraStrings.get(lang);
}

export const dir = (lang: Lang): Direction => language(lang).dir;
export const isRtl = (lang: Lang): boolean => language(lang).dir === 'rtl';
/** Which of the article's data languages `lang` reads names, titles and quotes in. */
export const contentLang = (lang: Lang): ContentLang => language(lang).content;

/** The `Intl` locale for `lang` with `digits` (a digit system the language does not offer is ignored). */
export function intlLocale(lang: Lang, digits: Digits = 'latn'): string {
  const l = language(lang);
  return l.digits.includes(digits) && l.digits.length > 1 ? `${l.locale}-u-nu-${digits}` : l.locale;
}

/** The language after `lang` in the switch's cycle. */
export function nextLanguage(lang: Lang): Language {
  const all = languages();
  const i = all.findIndex((l) => l.code === lang);
  return all[(i + 1) % all.length]!;
}
