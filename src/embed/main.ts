/**
 * The embed page (`embed.html`, issue 9): poster first (the static renderer's SVG), MapLibre loaded
 * as a separate chunk only on interaction or, with `interactive=1`, when the frame is in view;
 * the live map is released when the frame is far from the viewport and restored at the same view.
 * Posts its height (Datawrapper and Pym.js formats, and ours); obeys host commands only from the
 * `origins` it was given. No cookies, no storage; all text is set as text.
 */
import './embed.css';
import attribution from '../../geodata/basemap/attribution.json';
import type { ArticleModel, Lang } from '../model/types.ts';
import { loadArticle, loadArticleIndex } from '../model/load.ts';
import { t } from '../i18n.ts';
import { parseEmbedUrlState, type EmbedUrlState, type Theme, type UrlNotice } from '../state/url-state.ts';
import { selectedPlaces, timeFilter } from '../state/selectors.ts';
import { hasWebGL } from '../map/webgl.ts';
import { shortLabel } from '../map/place-layers.ts';
import { anchor } from '../map/geometry.ts';
import { renderStaticSvg, defaultFarPlaces } from '../static/render.ts';
import { loadBasemap, fetchTileLoader, memoLoader, type BasemapTiles } from '../static/tiles.ts';
import { viewProjection, type StaticCamera, type StaticView } from '../static/camera.ts';
import { fullAppHref, openingCamera, placeQuote, stageHeight } from './view.ts';
import {
  isTrustedOrigin,
  parseCommand,
  parseVisibility,
  resizeMessages,
  type EmbedEvent,
  type HostCommand,
  type MessageCounts,
} from './messages.ts';
import type { LiveMap } from './live.ts';
import { renderTimeline } from './timeline-strip.ts';

const baseUrl = new URL('./', location.href).href;
/** Tiles are fetched once per page, whatever the number of re-renders (resize, theme, selection). */
const tileLoader = memoLoader(fetchTileLoader(baseUrl));
const root = document.getElementById('embed')!;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

class Embed {
  model!: ArticleModel;
  lang: Lang;
  themeSetting: EmbedUrlState['theme'];
  theme: Theme = 'light';
  place: string | null;
  event: string | null;
  time: { start: number; end: number } | null;
  panels: string[];
  interactive: boolean | undefined;
  origins: string[];
  id: string;
  camera!: StaticCamera;
  readonly initial: EmbedUrlState;
  notices: UrlNotice[];
  counts: MessageCounts = { accepted: 0, rejected: 0, untrusted: 0, ignored: 0 };
  live: LiveMap | null = null;
  liveLoading = false;
  activated = false;
  ownVisible = false;
  hostNear: boolean | undefined;
  farPlaces: ArticleModel['places'] = [];
  private basemap: { key: string; tiles: BasemapTiles } | null = null;
  private posterJob = 0;
  private lastHeight = 0;
  private drawnWidth = 0;
  private webgl = hasWebGL();

  // DOM
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
  openFull = el('a', 'open-full');

  constructor() {
    const { state, notices } = parseEmbedUrlState(location.search);
    this.initial = state;
    this.notices = notices;
    this.lang = state.lang ?? 'ar';
    this.themeSetting = state.theme ?? 'light';
    this.place = state.place ?? null;
    this.event = state.event ?? null;
    this.time = state.time ?? null;
    this.panels = state.panels ?? ['quote'];
    this.interactive = state.interactive;
    this.origins = state.origins ?? [];
    this.id = state.id ?? 'atlas';
  }

  async start(): Promise<void> {
    this.resolveTheme();
    this.layout();
    this.listen();
    const index = this.initial.article ? null : await loadArticleIndex(baseUrl);
    const article = this.initial.article ?? index?.articles[0];
    const loaded = article ? await loadArticle(baseUrl, article) : null;
    if (!loaded?.model) {
      root.dataset.state = 'error';
      this.quote.replaceChildren(el('p', 'error', t(this.lang, 'embedLoadError')));
      return;
    }
    this.model = loaded.model;
    // Ids are checked against the article now that it is known.
    const ctx = {
      placeIds: new Set(this.model.places.map((p) => p.id)),
      eventIds: new Set(this.model.events.map((e) => e.id)),
    };
    const checked = parseEmbedUrlState(location.search, ctx);
    this.notices = checked.notices;
    this.place = checked.state.place ?? null;
    this.event = this.place ? null : (checked.state.event ?? null);
    this.farPlaces = defaultFarPlaces(this.model.places);
    this.camera = openingCamera(this.model, checked.state, this.size());
    this.renderChrome();
    await this.renderPoster();
    root.dataset.state = 'poster';
    this.post({ atlas: 'ready', article: this.model.meta.id, id: this.id }, true);
    this.maybeLive();
  }

  size() {
    const width = Math.max(200, Math.round(this.stage.clientWidth || root.clientWidth || 600));
    return { width, height: stageHeight(width) };
  }

  resolveTheme(): void {
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    this.theme = this.themeSetting === 'auto' ? (dark ? 'dark' : 'light') : (this.themeSetting ?? 'light');
    document.documentElement.dataset.theme = this.theme;
    document.documentElement.lang = this.lang;
    document.documentElement.dir = this.lang === 'ar' ? 'rtl' : 'ltr';
  }

  layout(): void {
    this.explore.type = 'button';
    this.stage.append(this.poster, this.liveBox, this.explore);
    this.openFull.target = '_blank';
    this.openFull.rel = 'noopener';
    const footer = el('footer', 'footer');
    footer.append(this.credits, this.openFull);
    root.replaceChildren(this.title, this.noticeBox, this.stage, this.quote, this.strip, this.list, footer);
    this.stage.style.height = `${this.size().height}px`;
  }

  selected(): string[] {
    return this.model
      ? selectedPlaces(this.model, { selectedPlace: this.place, selectedEvent: this.event })
      : [];
  }

  dimmed(): Set<string> {
    if (!this.model || !this.time) return new Set();
    const f = timeFilter(this.model, this.time);
    if (!f) return new Set();
    return new Set(this.model.places.map((p) => p.id).filter((id) => !f.places.has(id)));
  }

  // ---- rendering ----

  renderChrome(): void {
    const m = this.model;
    const lang = this.lang;
    const title = lang === 'ar' ? (m.meta.title.original ?? m.meta.title.en.text) : m.meta.title.en.text;
    this.title.textContent = title;
    this.poster.setAttribute('role', 'img');
    this.poster.setAttribute('aria-label', t(lang, 'embedMapOf', { title }));
    this.explore.textContent =
      this.interactive === false ? '' : t(lang, this.liveLoading ? 'embedLoading' : 'embedExplore');
    this.explore.hidden = this.interactive === false || this.live != null || !this.webgl;
    this.credits.textContent = creditsText(m);
    this.openFull.textContent = t(lang, 'embedOpenFull');
    this.updateLink();
    this.noticeBox.replaceChildren(
      ...this.notices.map((n) =>
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
      ...(this.webgl || this.interactive === false ? [] : [el('p', 'notice', t(lang, 'embedNoMap'))]),
    );
    this.renderQuote();
    this.strip.hidden = !this.panels.includes('timeline');
    if (!this.strip.hidden)
      renderTimeline(this.strip, m, { lang, event: this.event, onSelect: (id) => this.selectEvent(id) });
    this.list.hidden = !this.panels.includes('list');
    if (!this.list.hidden) this.renderList();
  }

  updateLink(): void {
    this.openFull.href = fullAppHref(location.href, {
      article: this.model.meta.id,
      lang: this.lang,
      theme: this.theme,
      place: this.place,
      event: this.event,
      view: { center: this.camera.center, zoom: this.camera.zoom },
      time: this.time ?? undefined,
    });
  }

  renderQuote(): void {
    this.quote.hidden = !this.panels.includes('quote');
    if (this.quote.hidden) return;
    const m = this.model;
    const lang = this.lang;
    const place = this.place ? m.placeById.get(this.place) : null;
    const ev = this.event ? m.eventById.get(this.event) : null;
    if (place) {
      const name = lang === 'ar' ? place.properties.name_ar : place.properties.name_en;
      const q = placeQuote(m, place.id);
      const parts: Node[] = [el('h2', 'place-name', name)];
      if (q) {
        const bq = el('blockquote', 'verbatim');
        bq.lang = 'ar';
        bq.dir = 'rtl';
        bq.append(q.before, el('mark', '', q.exact), q.after);
        parts.push(bq);
        if (lang === 'en') {
          const tr = el('p', 'translation');
          tr.lang = 'en';
          tr.dir = 'ltr';
          tr.append(el('span', 'by', `${t('en', 'embedTranslation')}: `), q.translation);
          parts.push(tr);
        }
      }
      this.quote.replaceChildren(...parts);
    } else if (ev) {
      const title = (lang === 'ar' ? ev.title.ar?.text : undefined) ?? ev.title.en.text;
      this.quote.replaceChildren(el('h2', 'place-name', title), el('p', 'date', ev.date));
    } else {
      this.quote.replaceChildren(el('p', 'hint', t(lang, 'embedPickPlace')));
    }
  }

  renderList(): void {
    const items = this.model.places.map((p) => {
      const li = el('li');
      const b = el(
        'button',
        p.id === this.place ? 'on' : '',
        shortLabel(this.lang === 'ar' ? p.properties.name_ar : p.properties.name_en),
      );
      b.type = 'button';
      b.setAttribute('aria-pressed', String(p.id === this.place));
      b.onclick = () => this.selectPlace(p.id === this.place ? null : p.id);
      li.append(b);
      return li;
    });
    this.list.replaceChildren(...items);
  }

  view(): StaticView {
    return { camera: this.camera, size: this.size() };
  }

  /** Draws the poster for the current camera, size, look and selection (tiles cached per view). */
  async renderPoster(): Promise<void> {
    const job = ++this.posterJob;
    const view = this.view();
    this.drawnWidth = view.size.width;
    this.stage.style.height = `${view.size.height}px`;
    const key = `${view.camera.center.join(',')}|${view.camera.zoom}|${view.size.width}x${view.size.height}`;
    if (this.basemap?.key !== key) {
      const tiles = await loadBasemap(view, tileLoader, { margin: 64 });
      if (job !== this.posterJob) return;
      this.basemap = { key, tiles };
      // The frame may have been resized while the tiles loaded: draw for the size it has now.
      if (this.size().width !== view.size.width) return this.renderPoster();
    }
    const svg = renderStaticSvg(
      view,
      { basemap: this.basemap.tiles, places: this.model.places, farPlaces: this.farPlaces },
      {
        lang: this.lang,
        theme: this.theme,
        selected: this.selected(),
        dimmed: this.dimmed(),
        attribution: false,
        idPrefix: `${this.id}-`,
      },
    );
    // The renderer escapes every text it writes: the string is markup we built, not data.
    this.poster.innerHTML = svg;
  }

  // ---- selection (user, host) ----

  /** Selections from the reader and from the host are both reported to trusted hosts. */
  selectPlace(id: string | null): void {
    this.place = id;
    if (id) this.event = null;
    this.afterSelection();
    this.post({ atlas: 'place-selected', place: id, id: this.id }, true);
  }

  selectEvent(id: string | null): void {
    this.event = id;
    if (id) this.place = null;
    this.afterSelection();
    this.post({ atlas: 'event-selected', event: id, id: this.id }, true);
  }

  afterSelection(): void {
    this.renderChrome();
    this.live?.setSelected(this.selected(), this.dimmed());
    if (!this.live) void this.renderPoster();
  }

  // ---- live map ----

  wantLive(): boolean {
    return this.webgl && this.interactive !== false && (this.activated || this.interactive === true);
  }

  near(): boolean {
    return this.ownVisible || this.hostNear === true;
  }

  maybeLive(): void {
    if (!this.model) return;
    if (this.wantLive() && this.near()) void this.startLive();
    else if (this.live && !this.near()) this.stopLive();
  }

  async startLive(): Promise<void> {
    if (this.live || this.liveLoading) return;
    this.liveLoading = true;
    root.dataset.state = 'loading';
    this.renderChrome();
    try {
      const { createLiveMap } = await import('./live.ts');
      if (!this.near() || !this.wantLive()) return;
      this.live = createLiveMap({
        container: this.liveBox,
        model: this.model,
        farPlaces: this.farPlaces,
        camera: this.camera,
        theme: this.theme,
        lang: this.lang,
        selected: this.selected(),
        dimmed: this.dimmed(),
        baseUrl,
        onSelect: (id) => {
          if (id !== this.place) this.selectPlace(id);
        },
        onMove: (c) => {
          this.camera = c;
          this.updateLink();
        },
        onIdle: () => {
          if (!this.live) return;
          root.dataset.state = 'live';
          this.stage.classList.add('is-live');
        },
      });
      document.body.dataset.live = '1';
    } catch (e) {
      console.error('[embed] live map', e);
      root.dataset.state = 'poster';
    } finally {
      this.liveLoading = false;
      this.renderChrome();
    }
  }

  /** Removes the map (its WebGL context goes with it); the poster shows the same view. */
  stopLive(): void {
    if (!this.live) return;
    this.camera = this.live.camera();
    this.live.destroy();
    this.live = null;
    this.liveBox.replaceChildren();
    this.stage.classList.remove('is-live');
    delete document.body.dataset.live;
    root.dataset.state = 'poster';
    this.renderChrome();
    void this.renderPoster();
  }

  // ---- host page ----

  post(msg: EmbedEvent, trustedOnly: boolean): void {
    if (window.parent === window) return;
    if (!trustedOnly) {
      window.parent.postMessage(msg, '*');
      return;
    }
    // Only a parent on a trusted origin can receive it (postMessage checks the target origin).
    for (const origin of this.origins) window.parent.postMessage(msg, origin);
  }

  postHeight(): void {
    const h = Math.ceil(root.getBoundingClientRect().height);
    if (h === this.lastHeight || window.parent === window) return;
    this.lastHeight = h;
    const { datawrapper, pym } = resizeMessages(this.id, h);
    window.parent.postMessage(datawrapper, '*');
    window.parent.postMessage(pym, '*');
    this.post({ atlas: 'height', height: h, id: this.id }, false);
    document.body.dataset.height = String(h);
  }

  listen(): void {
    new ResizeObserver(() => {
      this.postHeight();
      if (this.model) this.onWidth();
    }).observe(root);
    new IntersectionObserver((entries) => {
      this.ownVisible = entries.some((e) => e.isIntersecting);
      this.maybeLive();
    }).observe(root);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      if (this.themeSetting !== 'auto' || !this.model) return;
      this.setLook(this.lang);
    });
    this.stage.addEventListener('click', (e) => this.posterClick(e));
    this.explore.addEventListener('click', (e) => {
      e.stopPropagation();
      this.activate();
    });
    window.addEventListener('message', (e) => this.onMessage(e));
  }

  private posterTimer = 0;
  /** The frame's width changed: the stage follows at once, the poster is redrawn when it settles. */
  onWidth(): void {
    const size = this.size();
    if (size.width === this.drawnWidth) return;
    this.stage.style.height = `${size.height}px`;
    if (this.live) return; // MapLibre follows its container itself
    clearTimeout(this.posterTimer);
    this.posterTimer = window.setTimeout(() => void this.renderPoster(), 120);
  }

  activate(): void {
    if (this.interactive === false || !this.webgl) return;
    this.activated = true;
    this.maybeLive();
  }

  /** A click on the poster: selects the place under it (if any) and opens the live map. */
  posterClick(e: MouseEvent): void {
    if (this.live || !this.model) return;
    const r = this.poster.getBoundingClientRect();
    const proj = viewProjection(this.view());
    let best: { id: string; d: number } | null = null;
    for (const p of this.model.places) {
      if (p.geometry.type !== 'Point') continue;
      const [x, y] = proj(anchor(p))!;
      const d = Math.hypot(x - (e.clientX - r.left), y - (e.clientY - r.top));
      if (d < 16 && (!best || d < best.d)) best = { id: p.id, d };
    }
    if (best) this.selectPlace(best.id);
    this.activate();
  }

  setLook(lang: Lang): void {
    this.lang = lang;
    this.resolveTheme();
    this.renderChrome();
    this.live?.setLook(this.theme, this.lang);
    if (!this.live) void this.renderPoster();
  }

  onMessage(e: MessageEvent): void {
    if (e.source !== window.parent || window.parent === window) return;
    const hint = parseVisibility(e.data);
    if (hint) {
      this.hostNear = hint.near;
      this.maybeLive();
      return;
    }
    if (!this.model) return;
    const ctx = {
      placeIds: new Set(this.model.places.map((p) => p.id)),
      eventIds: new Set(this.model.events.map((x) => x.id)),
    };
    const v = parseCommand(e.data, ctx);
    if ('ignore' in v) {
      this.count('ignored');
      return;
    }
    if (!isTrustedOrigin(e.origin, this.origins)) {
      this.count('untrusted');
      return;
    }
    if ('reject' in v) {
      this.count('rejected');
      console.warn('[embed] command rejected:', v.reject);
      return;
    }
    this.count('accepted');
    this.apply(v.ok);
  }

  count(k: keyof MessageCounts): void {
    this.counts[k]++;
    document.body.dataset[`host${k[0]!.toUpperCase()}${k.slice(1)}`] = String(this.counts[k]);
  }

  apply(c: HostCommand): void {
    switch (c.atlas) {
      case 'select-place':
        return this.selectPlace(c.place);
      case 'select-event':
        return this.selectEvent(c.event);
      case 'set-lang':
        return this.setLook(c.lang);
      case 'set-time':
        this.time = c.time;
        return this.afterSelection();
      case 'reset':
        this.place = null;
        this.event = null;
        this.time = null;
        this.camera = openingCamera(this.model, {}, this.size());
        this.live?.jumpTo(this.camera);
        this.afterSelection();
        this.post({ atlas: 'place-selected', place: null, id: this.id }, true);
    }
  }
}

/** Credits as plain text: the basemap's and the places' geometry sources. */
function creditsText(m: ArticleModel): string {
  const places = [
    ...new Set(
      m.places.map((p) => p.properties.geometry_source.attribution ?? p.properties.geometry_source.title),
    ),
  ];
  return `${attribution.text} · Places: ${places.join(' · ')}`;
}

void new Embed().start();
