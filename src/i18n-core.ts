/**
 * The string machinery behind `src/i18n.ts`, over any table: placeholders, plural forms by
 * `Intl.PluralRules`, numbers in the language's digits. Split out so a page that needs a dozen
 * strings (the embed, issue 9.2) can carry only those: `makeTranslator(subsetOfTheTable)`.
 */
import { FALLBACK, intlLocale, language, stringsOf } from './languages.ts';
import type { Digits } from './model/prefs.ts';
import type { ContentLang, Lang } from './model/types.ts';

export type Plural = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
/** One key of a built-in table: its text in each built-in language (the others bring their own table). */
export type Entry = Record<ContentLang, string | Plural>;
export type Vars = Record<string, string | number>;

/** A piece of a filled string: fixed interface text, or a filled value (to isolate with `<bdi>`). */
export interface Part {
  text: string;
  /** The name of the placeholder this part fills; absent for interface text. */
  name?: string;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
const isBuiltIn = (lang: Lang): lang is ContentLang => lang === 'ar' || lang === 'en';
/** An unregistered code reads the fallback language's strings, as `language()` reads its entry. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatVar(v: string | number, lang: Lang, digits: Digits): string {
  if (typeof v === 'string') return v;
  const key = `${lang}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    numberFormats.set(
      key,
      (f = new Intl.NumberFormat(intlLocale(lang, digits), { maximumFractionDigits: 6, useGrouping: false })),
    );
  }
  return f.format(v);
}

/** `t` and `tParts` over `table`; a key missing from the table renders as the key itself. */
export function makeTranslator<K extends string>(table: Readonly<Partial<Record<K, Entry>>>) {
  function template(lang: Lang, key: K, vars: Vars): string {
    const own = stringsOf(lang);
    const entry: string | Plural | undefined = own
      ? Object.hasOwn(own, key)
        ? own[key]
        : undefined
      : Object.hasOwn(table, key)
        ? table[key]![isBuiltIn(lang) ? lang : FALLBACK]
        : undefined;
    if (entry == null) return key;
    if (typeof entry === 'string') return entry;
    const n = typeof vars.n === 'number' ? vars.n : Number.NaN;
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(language(lang).locale)));
    return entry[rules.select(n)] ?? entry.other;
  }

  /**
   * The interface string `key` in `lang` as parts, so a view can isolate each filled value
   * (`<bdi>`): a URL value or a Latin name inside an Arabic sentence keeps its own direction.
   * Numbers are formatted in `lang` with `digits`; the plural form is chosen by `vars.n`.
   */
  function tParts(lang: Lang, key: K, vars: Vars = {}, digits: Digits = 'latn'): Part[] {
    const parts: Part[] = [];
    const re = /\{(\w+)\}/g;
    const s = template(lang, key, vars);
    let at = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m.index > at) parts.push({ text: s.slice(at, m.index) });
      const name = m[1]!;
      const v = Object.hasOwn(vars, name) ? vars[name] : undefined;
      parts.push(v == null ? { text: m[0] } : { text: formatVar(v, lang, digits), name });
      at = m.index + m[0].length;
    }
    if (at < s.length) parts.push({ text: s.slice(at) });
    return parts;
  }

  /** The interface string `key` in `lang`, with `{name}` placeholders filled from `vars`. */
  function t(lang: Lang, key: K, vars: Vars = {}, digits: Digits = 'latn'): string {
    return tParts(lang, key, vars, digits)
      .map((p) => p.text)
      .join('');
  }

  return { t, tParts };
}
