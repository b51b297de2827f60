/** Display formatting shared by the views: dates and numbers in the interface language. */
import type { DatePrecision, Lang } from '../model/types.ts';
import type { Digits } from '../state/url-state.ts';

/** BCP 47 locale for a language and digit choice (Arabic month names; Latin or Arabic-Indic digits). */
export function locale(lang: Lang, digits: Digits = 'latn'): string {
  return lang === 'ar' ? `ar-u-nu-${digits}` : 'en-GB';
}

/** A date at its precision: a day as "Sat 22 Jan 2022", a month as "January 2022", in UTC. */
export function formatDate(t: number, precision: DatePrecision, lang: Lang, digits: Digits = 'latn'): string {
  const opts: Intl.DateTimeFormatOptions =
    precision === 'year' || precision === 'fiscal-year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale(lang, digits), opts).format(t);
}

export function formatNumber(n: number, lang: Lang, digits: Digits = 'latn'): string {
  return new Intl.NumberFormat(locale(lang, digits), { maximumFractionDigits: 1 }).format(n);
}
