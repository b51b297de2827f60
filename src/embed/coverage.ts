/**
 * The place embed, "all our coverage of a place" (issue 20.4): `embed.html?coverage=<atlas key>`.
 * The embed page's other mode, on its parts: the same page, host link (heights in our, Datawrapper's
 * and Pym.js's formats; `embed.js` resizes it), DOM frame (`chrome.ts`) and poster renderer (the
 * static renderer over the offline tiles). It shows the place drawn on the poster, its count of
 * articles and the newest reports (title, date, quote, each a link to the article at that place),
 * read from the collection's static files (the summary and one place shard). Loaded on first use
 * by `main.ts`, so the article embed does not carry it. All text is set as text.
 */
import type { Lang } from '../model/types.ts';
import { CollectionClient } from '../collection/client.ts';
import { isValidId } from '../model/ids.ts';
import { placeBounds } from '../carto/geometry.ts';
import { dir, intlLocale, language } from '../languages.ts';
import { parseEmbedUrlState } from '../state/embed-url-state.ts';
import { systemTheme } from '../state/system-theme.ts';
import type { Theme } from '../state/url-state.ts';
import attribution from '../../geodata/basemap/attribution.json';
import { t } from './t.ts';
import { EmbedDom, el, renderNotices } from './chrome.ts';
import { HostLink } from './host.ts';
import { PosterRenderer } from './poster.ts';
import { fitCamera, stageHeight } from './view.ts';
import { coverageView, type CoverageView } from './coverage-data.ts';

/** Kilometres of context around the place: its town and the next ones, on any basemap zoom. */
export const COVERAGE_CONTEXT_KM = 30;
const MIN_STAGE = 140;

export class CoverageEmbed {
  readonly dom = new EmbedDom();
  readonly host: HostLink;
  readonly poster: PosterRenderer;
  readonly lang: Lang;
  readonly theme: Theme;
  view: CoverageView | null = null;
  private job = 0;
  private drawn = '';

  constructor(
    readonly root: HTMLElement,
    readonly key: string,
    readonly base: string,
    search: string,
  ) {
    const { state, notices } = parseEmbedUrlState(search);
    this.lang = state.lang ?? 'ar';
    const setting = state.theme ?? 'light';
    this.theme = setting === 'auto' ? systemTheme() : setting;
    this.host = new HostLink(state.id ?? 'atlas', state.origins ?? []);
    this.poster = new PosterRenderer(base);
    const html = document.documentElement;
    html.dataset.theme = this.theme;
    html.lang = this.lang;
    html.dir = dir(this.lang);
    html.style.setProperty('--font', language(this.lang).font);
    this.dom.mount(root);
    root.classList.add('coverage');
    this.dom.explore.hidden = true;
    this.dom.strip.hidden = true;
    renderNotices(this.dom.noticeBox, this.lang, notices, false);
  }

  async start(): Promise<void> {
    new ResizeObserver(() => {
      this.host.postHeight(this.root.getBoundingClientRect().height);
      if (this.view) void this.renderPoster();
    }).observe(this.root);
    const record = isValidId(this.key)
      ? await new CollectionClient(this.base).place(this.key).catch(() => null)
      : null;
    if (!record) {
      this.root.dataset.state = 'error';
      this.dom.quote.replaceChildren(el('p', 'error', t(this.lang, 'embedCoverageError')));
      return;
    }
    const v = (this.view = coverageView(this.key, record, { lang: this.lang, theme: this.theme }));
    this.renderChrome(v);
    await this.renderPoster();
    this.root.dataset.state = 'poster';
    this.host.post({ atlas: 'ready', place: v.key, id: this.host.id }, true);
  }

  renderChrome(v: CoverageView): void {
    const { dom, lang } = this;
    const when = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'medium', timeZone: 'UTC' });
    dom.title.textContent = v.name;
    dom.quote.replaceChildren(el('p', 'count', t(lang, 'embedCoverageCount', { n: v.count })));
    dom.list.className = 'coverage-list';
    dom.list.replaceChildren(
      ...v.items.map((it) => {
        const li = el('li');
        li.dataset.article = it.article;
        const a = el('a', 'report', it.title);
        a.href = it.href;
        a.target = '_blank';
        a.rel = 'noopener';
        a.lang = it.titleLang;
        const time = el('time', 'date', when.format(new Date(`${it.date.slice(0, 10)}T00:00:00Z`)));
        time.dateTime = it.date;
        const q = el('blockquote', 'verbatim', it.quote);
        q.lang = it.quoteLang;
        q.dir = it.quoteLang === 'ar' ? 'rtl' : 'ltr';
        li.append(a, time, q);
        if (it.translation) {
          // The English is ours, said as the article's quote says it (chrome.ts).
          const tr = el('p', 'translation');
          tr.lang = 'en';
          tr.dir = 'ltr';
          tr.append(el('span', 'by', `${t('en', 'embedTranslation')}: `), it.translation);
          li.append(tr);
        }
        return li;
      }),
    );
    dom.credits.textContent = attribution.text;
    dom.creditsToggle.textContent = t(lang, 'embedCredits');
    dom.openFull.textContent = t(lang, 'embedCoverageAll', { n: v.count });
    dom.openFull.href = new URL(v.atlasHref, this.base).href;
    document.title = t(lang, 'embedMapOf', { title: v.name });
  }

  size() {
    const width = Math.max(200, Math.round(this.dom.stage.clientWidth || this.root.clientWidth || 600));
    const natural = Math.round(stageHeight(width) * 0.7);
    if (!this.host.framed) return { width, height: natural };
    const chrome = this.root.getBoundingClientRect().height - this.dom.stage.clientHeight;
    return { width, height: Math.max(MIN_STAGE, Math.min(natural, Math.floor(innerHeight - chrome))) };
  }

  async renderPoster(): Promise<void> {
    const v = this.view;
    if (!v) return;
    const size = this.size();
    const key = `${size.width}x${size.height}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const job = ++this.job;
    this.dom.stage.style.height = `${size.height}px`;
    const camera = fitCamera(placeBounds(v.feature, COVERAGE_CONTEXT_KM), size);
    const svg = await this.poster.render(
      { camera, size },
      {
        places: [v.feature],
        farPlaces: [],
        lang: this.lang,
        theme: this.theme,
        selected: [v.key],
        dimmed: new Set(),
        idPrefix: `${this.host.id}-`,
        label: t(this.lang, 'embedMapOf', { title: v.name }),
      },
      () => job === this.job,
    );
    // The renderer escapes every text it writes: the string is markup we built, not data.
    if (svg != null && job === this.job) this.dom.poster.innerHTML = svg;
  }
}

/** Starts the place embed on `root` (called by `main.ts` when the URL names a place). */
export function startCoverage(root: HTMLElement, key: string): Promise<void> {
  return new CoverageEmbed(root, key, new URL('./', location.href).href, location.search).start();
}
