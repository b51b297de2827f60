/** The article model → what the timeline draws (`TimelineInput`), in the interface language. */
import type { ArticleModel, Lang } from '../model/types.ts';
import { isIsoInterval, parseIsoSpan } from '../model/time.ts';
import type { Digits } from '../model/prefs.ts';
import { chronological, eventDateLabel, eventTitle } from './event-info.ts';
import { formatDay } from './format.ts';
import type { TimelineInput, TimelineItem } from './layout.ts';
import { t } from '../i18n.ts';

/** The model's events in chronological order, plus its publication day. */
export function timelineInput(model: ArticleModel, lang: Lang, digits: Digits = 'latn'): TimelineInput {
  const items: TimelineItem[] = [];
  for (const e of chronological(model)) {
    const span = model.eventSpan.get(e.id);
    if (!span) continue;
    const title = eventTitle(e, lang);
    items.push({
      id: e.id,
      label: title.text,
      labelLang: title.lang,
      dateLabel: eventDateLabel(model, e, lang, digits),
      start: span.start,
      end: span.end,
      range: isIsoInterval(e.date),
      certainty: e.certainty,
      origin: e.origin,
    });
  }
  const p = model.meta.published;
  const pspan = parseIsoSpan(p.date, p.precision);
  const published = pspan
    ? {
        ...pspan,
        label: `${t(lang, 'tlPublished')} ${formatDay(pspan.start, lang, digits, false)}${p.inferred ? ` (${t(lang, 'inferred')})` : ''}`,
      }
    : undefined;
  return { items, published };
}
