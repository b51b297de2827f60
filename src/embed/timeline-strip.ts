/**
 * The embed's optional timeline strip: one mark per event on a single line, placed by its start
 * within the article's time domain. Time runs with the text direction (right to left in Arabic)
 * because marks are placed with `inset-inline-start`.
 */
import type { Lang } from '../model/types.ts';
import type { EmbedModel } from './data.ts';
import { stripPositions as positions } from '../timeline/strip-positions.ts';
import { contentLang } from '../languages.ts';

/**
 * Each event's position along the strip, 0–1, by its start time: the same positions as the map
 * exports' timeline strip (`timeline/strip-positions.ts`).
 */
export function stripPositions(model: Pick<EmbedModel, 'eventSpan'>): Map<string, number> {
  return positions(model.eventSpan.entries());
}

export function renderTimeline(
  box: HTMLElement,
  model: EmbedModel,
  o: { lang: Lang; event: string | null; onSelect(id: string | null): void },
): void {
  const pos = stripPositions(model);
  const marks = model.events.map((e) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `mark ${e.origin}${e.id === o.event ? ' on' : ''}`;
    const title = (contentLang(o.lang) === 'ar' ? e.title.ar : undefined) ?? e.title.en;
    b.title = `${e.date.slice(0, 10)} · ${title}`;
    b.setAttribute('aria-label', b.title);
    b.setAttribute('aria-pressed', String(e.id === o.event));
    b.style.insetInlineStart = `calc(${((pos.get(e.id) ?? 0) * 100).toFixed(2)}% - 6px)`;
    b.onclick = () => o.onSelect(e.id === o.event ? null : e.id);
    return b;
  });
  const line = document.createElement('div');
  line.className = 'line';
  box.replaceChildren(line, ...marks);
}
