/**
 * The embed's DOM around the map: title, notices, quote, place list, credits. Plain DOM built with
 * `textContent` only (article text never becomes HTML).
 */
import type { Lang } from '../model/types.ts';
import { t } from './t.ts';
import type { UrlNotice } from '../state/url-state.ts';
import { shortLabel } from '../carto/short-label.ts';
import attribution from '../../geodata/basemap/attribution.json';
import type { EmbedModel } from './data.ts';
import { contentLang } from '../languages.ts';
import { placeName } from '../model/place-info.ts';

export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

/** The elements of the page, in reading order. */
export class EmbedDom {
  title = el('h1', 'title');
  stage = el('div', 'stage');
  poster = el('div', 'poster');
  liveBox = el('div', 'live');
  explore = el('button', 'explore');
  quote = el('section', 'quote');
  strip = el('div', 'strip');
  list = el('ul', 'list');
  noticeBox = el('div', 'notices');
  credits = el('p', 'credits');
  /** On a narrow frame the credits fold behind this button (as in the app), not 170 px of a phone. */
  creditsToggle = el('button', 'credits-toggle');
  openFull = el('a', 'open-full');
  footer = el('footer', 'footer');

  mount(root: HTMLElement): void {
    this.explore.type = 'button';
    this.stage.append(this.poster, this.liveBox, this.explore);
    this.openFull.target = '_blank';
    this.openFull.rel = 'noopener';
    this.credits.id = 'embed-credits';
    this.creditsToggle.type = 'button';
    this.creditsToggle.setAttribute('aria-controls', this.credits.id);
    this.creditsToggle.setAttribute('aria-expanded', 'false');
    this.creditsToggle.addEventListener('click', () => {
      const open = this.footer.classList.toggle('open');
      this.creditsToggle.setAttribute('aria-expanded', String(open));
    });
    const footer = this.footer;
    footer.append(this.creditsToggle, this.credits, this.openFull);
    root.replaceChildren(this.title, this.noticeBox, this.stage, this.quote, this.strip, this.list, footer);
  }
}

/** Credits as plain text: the basemap's and the places' geometry sources. */
export function creditsText(m: EmbedModel): string {
  return `${attribution.text} · Places: ${m.credits.join(' · ')}`;
}

export function renderNotices(
  box: HTMLElement,
  lang: Lang,
  notices: readonly UrlNotice[],
  noMap: boolean,
): void {
  box.replaceChildren(
    ...notices.map((n) =>
      el(
        'p',
        'notice',
        t(lang, 'embedIgnored', {
          key: n.key,
          value: n.value.slice(0, 60),
          message: t(lang, n.reason, n.vars),
        }),
      ),
    ),
    ...(noMap ? [el('p', 'notice', t(lang, 'embedNoMap'))] : []),
  );
}

/** The selected place's verbatim quote (and the project's translation in English), or the event. */
export function renderQuote(
  box: HTMLElement,
  m: EmbedModel,
  lang: Lang,
  place: string | null,
  event: string | null,
): void {
  const p = place ? m.placeById.get(place) : null;
  const ev = event ? m.eventById.get(event) : null;
  if (p) {
    const name = placeName(p, contentLang(lang));
    const q = m.quotes.get(p.id);
    const parts: Node[] = [el('h2', 'place-name', name)];
    if (q) {
      const bq = el('blockquote', 'verbatim');
      bq.lang = 'ar';
      bq.dir = 'rtl';
      bq.append(q.before, el('mark', '', q.exact), q.after);
      parts.push(bq);
      if (contentLang(lang) === 'en') {
        const tr = el('p', 'translation');
        tr.lang = 'en';
        tr.dir = 'ltr';
        tr.append(el('span', 'by', `${t('en', 'embedTranslation')}: `), q.translation);
        parts.push(tr);
      }
    }
    box.replaceChildren(...parts);
  } else if (ev) {
    const title = (contentLang(lang) === 'ar' ? ev.title.ar : undefined) ?? ev.title.en;
    box.replaceChildren(el('h2', 'place-name', title), el('p', 'date', ev.date));
  } else {
    box.replaceChildren(el('p', 'hint', t(lang, 'embedPickPlace')));
  }
}

export function renderList(
  list: HTMLElement,
  m: EmbedModel,
  lang: Lang,
  place: string | null,
  onSelect: (id: string | null) => void,
): void {
  list.replaceChildren(
    ...m.places.map((p) => {
      const li = el('li');
      const b = el('button', p.id === place ? 'on' : '', shortLabel(placeName(p, contentLang(lang))));
      b.type = 'button';
      b.setAttribute('aria-pressed', String(p.id === place));
      b.onclick = () => onSelect(p.id === place ? null : p.id);
      li.append(b);
      return li;
    }),
  );
}
