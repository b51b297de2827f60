/** Pure helpers describing events for lists and the timeline. */
import type { ArticleEvent, ArticleModel, Lang } from '../model/types.ts';
import type { Digits } from '../model/prefs.ts';
import { DAY } from '../model/time.ts';
import { formatDate } from '../ui/format.ts';
import { contentLang } from '../languages.ts';
import { t } from '../i18n.ts';

/** Events in chronological order (by start, then end), ties kept in data order. */
export function chronological(model: ArticleModel): ArticleEvent[] {
  const span = (e: ArticleEvent) => model.eventSpan.get(e.id) ?? { start: Infinity, end: Infinity };
  return [...model.events].sort((a, b) => span(a).start - span(b).start || span(a).end - span(b).end);
}

/** "Thu 20 Jan 2022", or "Wed 15 Dec 2021 – Sun 23 Jan 2022" for a range (end shown inclusive). */
export function eventDateLabel(
  model: ArticleModel,
  e: ArticleEvent,
  lang: Lang,
  digits: Digits = 'latn',
): string {
  const span = model.eventSpan.get(e.id);
  if (!span) return e.date;
  if (e.precision === 'fiscal-year') {
    const fy = new Date(span.end - 1).getUTCFullYear();
    return t(lang, 'fiscalYear', { y: fy }, digits);
  }
  const isRange = e.date.includes('/');
  const start = formatDate(span.start, e.precision, lang, digits);
  if (!isRange) return start;
  const last = Math.max(span.start, e.precision === 'day' ? span.end - DAY : span.end - 1);
  return `${start} – ${formatDate(last, e.precision, lang, digits)}`;
}

export function eventTitle(e: ArticleEvent, lang: Lang): { text: string; lang: Lang } {
  if (contentLang(lang) === 'ar' && e.title.ar) return { text: e.title.ar.text, lang: 'ar' };
  return { text: e.title.en.text, lang: 'en' };
}
