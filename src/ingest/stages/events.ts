/**
 * Stage 6 of the pipeline: the events. Reviewed events of the previous run are kept (their passage
 * ids remapped); every date in the text becomes a proposed event (one per date and precision, with
 * the places of its passages); the publication date given is an event of its own. A date that cannot
 * be resolved (no year and no publication date) is listed on the draft (`meta.draft.unresolvedDates`),
 * which the validator warns about, rather than guessed. On a rerun without `--published`, dates are
 * resolved against the publication date the reviewer wrote, never the ingest-day placeholder.
 */
import { isPlaceholder } from '../../model/placeholders.ts';
import { findDates } from '../dates.ts';
import {
  isReviewed,
  SOURCE_ARTICLE,
  titleEn,
  type DraftEvent,
  type DraftFolder,
  type DraftMention,
} from '../draft.ts';
import type { StageContext } from './context.ts';

export function draftEvents(
  ctx: StageContext,
  meta: DraftFolder['meta'],
  mentions: readonly DraftMention[],
  passageIdMap: ReadonlyMap<string, string>,
): DraftEvent[] {
  const { input, prev, passages, passageAt, report } = ctx;
  const { text, lang } = input;
  const events: DraftEvent[] = [];
  const eventIds = new Set<string>();
  if (prev) {
    for (const e of prev.events.filter(isReviewed)) {
      const passageIds = e.passageIds.map((id) => passageIdMap.get(id)).filter((x): x is string => !!x);
      if (passageIds.length !== e.passageIds.length)
        report.lost.push(`event ${e.id}: some of its passages changed; their links were dropped`);
      events.push({ ...e, passageIds });
      eventIds.add(e.id);
      report.kept.events++;
    }
  }
  const fiscalStartMonth = mentions.some(
    (m) => m.placeId.startsWith('united_states') || m.placeId === 'washington',
  )
    ? 10
    : 1;
  // On a rerun without --published, the date the reviewer wrote (never the ingest-day placeholder).
  const reviewedPublished =
    prev &&
    !isPlaceholder(meta.published.reasoning) &&
    !meta.published.sources.some((x) => isPlaceholder(x.title))
      ? meta.published.date
      : undefined;
  // Only a whole day can be counted from ("yesterday"); a reviewed month or year is not used.
  const published =
    input.published ?? (/^\d{4}-\d{2}-\d{2}$/u.test(reviewedPublished ?? '') ? reviewedPublished : undefined);
  const dates = findDates(text, {
    lang,
    within: passages,
    fiscalStartMonth,
    ...(published ? { published } : {}),
  });
  const byDate = new Map<string, DraftEvent>();
  const unresolved: string[] = [];
  const articleSource = SOURCE_ARTICLE(input, meta);
  let e = 0;
  for (const d of dates) {
    const p = passageAt(d.start, d.end)!;
    if (!d.date) {
      const line = `"${d.exact}" (${p.id}): ${d.reasoning}`;
      report.unresolvedDates.push(line);
      unresolved.push(line);
      continue;
    }
    if (events.some((x) => isReviewed(x) && x.date === d.date)) continue;
    const existing = byDate.get(`${d.date}|${d.precision}`);
    const places = [
      ...new Set(mentions.filter((m) => m.passageId === p.id && m.role === 'place').map((m) => m.placeId)),
    ];
    if (existing) {
      if (!existing.passageIds.includes(p.id)) existing.passageIds.push(p.id);
      for (const pl of places) if (!existing.placeIds.includes(pl)) existing.placeIds.push(pl);
      continue;
    }
    let id: string;
    do id = `e${String(++e).padStart(2, '0')}`;
    while (eventIds.has(id));
    eventIds.add(id);
    const ev: DraftEvent = {
      id,
      title: {
        ...(lang === 'ar' ? { ar: { text: `تاريخ في النص: ${d.exact}`, by: 'project' as const } } : {}),
        en: { text: titleEn(d, p.id), by: 'project' },
      },
      date: d.date,
      precision: d.precision,
      certainty: d.certainty,
      origin: 'article',
      sources: [articleSource],
      placeIds: places,
      passageIds: [p.id],
      note: `"${d.exact}": ${d.reasoning}`,
      status: 'proposed',
      proposal: { rule: d.rule, note: d.reasoning },
    };
    byDate.set(`${d.date}|${d.precision}`, ev);
    events.push(ev);
    report.proposedEvents++;
  }
  // On the draft too (this run's list, replacing a previous run's), so the review page warns.
  if (meta.draft) {
    const { unresolvedDates: _old, ...draft } = meta.draft;
    void _old;
    meta.draft = unresolved.length ? { ...draft, unresolvedDates: unresolved } : draft;
  }
  if (
    input.published &&
    !events.some((x) => x.date === input.published && x.title.en.text.startsWith('Article published'))
  ) {
    let id = 'article_published';
    for (let k = 2; eventIds.has(id); k++) id = `article_published_${k}`;
    events.push({
      id,
      title: { en: { text: `Article published${input.outlet ? ` by ${input.outlet}` : ''}`, by: 'project' } },
      date: input.published,
      precision: 'day',
      certainty: 'medium',
      origin: 'article',
      sources: [articleSource],
      placeIds: [],
      passageIds: passages[0] ? [passages[0].id] : [],
      note: 'The publication date given to the ingest command.',
      status: 'proposed',
      proposal: { rule: 'published-option' },
    });
    report.proposedEvents++;
  }
  return events;
}
