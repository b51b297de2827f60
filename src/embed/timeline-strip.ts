/**
 * The embed's optional timeline strip: one mark per event on a single line, placed by its start
 * within the article's time domain. Time runs with the text direction (right to left in Arabic)
 * because marks are placed with `inset-inline-start`. The dates of the strip's two ends are written
 * under it, and each mark names its date and title.
 */
import type { Lang } from '../model/types.ts';
import type { EmbedModel } from './data.ts';
import { stripPositions as positions } from '../timeline/strip-positions.ts';
import { contentLang } from '../languages.ts';
import { formatDay } from '../timeline/format.ts';

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
  const starts = model.events.map((e) => e.start);
  const marks = model.events.map((e) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = `mark ${e.origin}${e.id === o.event ? ' on' : ''}`;
    const title = (contentLang(o.lang) === 'ar' ? e.title.ar : undefined) ?? e.title.en;
    b.title = `${formatDay(e.start, o.lang)} · ${title}`;
    b.setAttribute('aria-label', b.title);
    b.setAttribute('aria-pressed', String(e.id === o.event));
    b.style.insetInlineStart = `calc(${((pos.get(e.id) ?? 0) * 100).toFixed(2)}% - 6px)`;
    b.onclick = () => o.onSelect(e.id === o.event ? null : e.id);
    return b;
  });
  const line = document.createElement('div');
  line.className = 'line';
  const ends = document.createElement('div');
  ends.className = 'ends';
  if (starts.length) {
    const [lo, hi] = [Math.min(...starts), Math.max(...starts)];
    for (const t of lo === hi ? [lo] : [lo, hi]) {
      const s = document.createElement('span');
      s.textContent = formatDay(t, o.lang);
      ends.append(s);
    }
  }
  box.replaceChildren(line, ...marks, ends);
}
