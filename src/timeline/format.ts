/**
 * Timeline labels in both languages: axis ticks, day labels and the filter notice. Arabic month names
 * come from Intl (`ar`), with Latin or Arabic-Indic digits; all in UTC, as the spans are.
 */
import { DAY } from '../model/time.ts';
import type { Lang, TimeSpan } from '../model/types.ts';
import type { Digits } from '../model/prefs.ts';
import { dateFormat, formatNumber } from '../ui/format.ts';

const fmt = dateFormat;

/** "20 Jan 2022" / "٢٠ يناير ٢٠٢٢" (or without the year). */
export function formatDay(t: number, lang: Lang, digits: Digits = 'latn', withYear = true): string {
  return fmt(lang, digits, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(t);
}

/**
 * An axis tick label: the year on 1 January, the month name on the 1st of a month, else the day and
 * month; hours when the tick is not at midnight.
 */
export function tickLabel(t: number, lang: Lang, digits: Digits = 'latn'): string {
  const d = new Date(t);
  if (d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0)
    return fmt(lang, digits, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t);
  if (d.getUTCDate() === 1 && d.getUTCMonth() === 0) return fmt(lang, digits, { year: 'numeric' }).format(t);
  if (d.getUTCDate() === 1) return fmt(lang, digits, { month: 'short', year: 'numeric' }).format(t);
  return fmt(lang, digits, { day: 'numeric', month: 'short' }).format(t);
}

/**
 * A half-open range of whole days as its first and last day: `[20 Jan, 27 Jan)` → ["20 Jan",
 * "26 Jan 2022"] (the first without its year when both share it).
 */
export function rangeDays(range: TimeSpan, lang: Lang, digits: Digits = 'latn'): [string, string] {
  const last = Math.max(range.start, range.end - DAY);
  const sameYear = new Date(range.start).getUTCFullYear() === new Date(last).getUTCFullYear();
  return [formatDay(range.start, lang, digits, !sameYear), formatDay(last, lang, digits)];
}

/** An integer in the interface's digits. */
export function formatCount(n: number, lang: Lang, digits: Digits = 'latn'): string {
  return formatNumber(Math.round(n), lang, digits, 0);
}
