/**
 * Placeholders left in an article (see `../placeholders.ts`): the publication date the ingest tool
 * put in (the ingest day), the English title, event titles, and the dates of the text the ingest tool
 * could not resolve (`meta.draft.unresolvedDates`). Each is a warning until a person writes the real
 * thing (the draft block goes once no proposal is left); place names are checked with the places.
 */
import { isPlaceholder } from '../placeholders.ts';
import type { Checker } from './checker.ts';

type Loose = Record<string, unknown> | null | undefined;
const obj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Record<string, unknown>) : null);

export function checkPlaceholders(c: Checker, meta: unknown, events: unknown): void {
  const m = obj(meta);
  const published = obj(m?.published);
  if (published) {
    const sources = Array.isArray(published.sources) ? published.sources : [];
    if (isPlaceholder(published.reasoning) || sources.some((s) => isPlaceholder(obj(s)?.title)))
      c.warn(
        'meta.published.date',
        `placeholder: ${String(published.date)} is the day the text was ingested, not the publication date; write the real date`,
      );
  }
  const unresolved = obj(m?.draft)?.unresolvedDates;
  if (Array.isArray(unresolved))
    unresolved.forEach((u, i) =>
      c.warn(
        `meta.draft.unresolvedDates[${i}]`,
        `a date in the text was not resolved: ${String(u)}; add it as an event if it is one`,
      ),
    );
  const title = obj(obj(m?.title)?.en);
  if (isPlaceholder(title?.text))
    c.warn('meta.title.en.text', `placeholder ${JSON.stringify(title?.text)}: write the English title`);
  if (!Array.isArray(events)) return;
  events.forEach((e, i) => {
    const t = obj(obj(e)?.title);
    for (const lang of ['ar', 'en'])
      if (isPlaceholder(obj(t?.[lang])?.text))
        c.warn(
          `events[${i}].title.${lang}.text`,
          `placeholder ${JSON.stringify(obj(t?.[lang])?.text)}: write the event's title`,
        );
  });
}
