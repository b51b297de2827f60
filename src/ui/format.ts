/** Display formatting shared by the views: dates and numbers in the interface language. */
import { intlLocale } from '../languages.ts';
import type { DatePrecision, Lang } from '../model/types.ts';
import type { Digits } from '../model/prefs.ts';

/** BCP 47 locale for a language and digit choice (from the language registry). */
export const locale: (lang: Lang, digits?: Digits) => string = intlLocale;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached UTC date formatter (building one is far slower than using it). */
export function dateFormat(
  lang: Lang,
  digits: Digits,
  opts: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${lang}|${digits}|${JSON.stringify(opts)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang, digits), { ...opts, timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/** A date at its precision: a day as "Sat 22 Jan 2022", a month as "January 2022", in UTC. */
export function formatDate(t: number, precision: DatePrecision, lang: Lang, digits: Digits = 'latn'): string {
  const opts: Intl.DateTimeFormatOptions =
    precision === 'year' || precision === 'fiscal-year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long' }
        : { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' };
  return dateFormat(lang, digits, opts).format(t);
}

/** A number in the interface language, at most `fractionDigits` decimals. */
export function formatNumber(n: number, lang: Lang, digits: Digits = 'latn', fractionDigits = 1): string {
  const key = `${lang}|${digits}|${fractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang, digits), { maximumFractionDigits: fractionDigits });
    numberFormats.set(key, f);
  }
  return f.format(n);
}
