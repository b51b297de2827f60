/**
 * The embed page (`embed.html`, issue 9): the controller that ties the parts together. Poster first
 * from the compact article and its subset fonts (`poster.ts`), the live map on demand and released
 * when far away (`lifecycle.ts`), heights and host commands (`host.ts`), the DOM around the map
 * (`chrome.ts`). No cookies, no storage; all text is set as text.
 */
import '../carto/pole.ts'; // areas' anchors (polylabel), kept off the reader's first view
import './embed.css';
import type { Lang } from '../model/types.ts';
import { t } from './t.ts';
import { parseEmbedUrlState, type EmbedUrlState } from '../state/embed-url-state.ts';
import type { Theme, UrlNotice } from '../state/url-state.ts';
import { hasWebGL } from '../carto/webgl.ts';
import { defaultFarPlaces } from '../static/render.ts';
import type { StaticCamera, StaticView } from '../static/camera.ts';
import { fitCamera, focusBounds, fullAppHref, openingCamera, stageHeight, visibleBounds } from './view.ts';
import type { Bounds } from '../carto/geometry.ts';
import type { CommandContext, HostCommand } from './messages.ts';
import { renderTimeline } from './timeline-strip.ts';
import { dimmedIds, selectedIds, type EmbedModel } from './data.ts';
import {
  POSTER_FONT,
  PosterRenderer,
  addPosterFonts,
  articleId,
  loadEmbedArticle,
  placeAt,
  viewProjection,
} from './poster.ts';
import { LiveLifecycle } from './lifecycle.ts';
import { HostLink, routeMessage } from './host.ts';
import { EmbedDom, creditsText, el, renderList, renderNotices, renderQuote } from './chrome.ts';
import { contentLang, dir, language } from '../languages.ts';
import { FrameBatch } from './frame-batch.ts';
import { DARK_QUERY, systemTheme } from '../state/system-theme.ts';

const baseUrl = new URL('./', location.href).href;
/** The smallest map a frame gets, however short: below it the frame scrolls instead. */
const MIN_STAGE = 160;
const root = document.getElementById('embed')!;

class Embed {
  model: EmbedModel | null = null;
  lang: Lang;
  themeSetting: EmbedUrlState['theme'];
  theme: Theme = 'light';
  place: string | null;
  event: string | null;
  time: { start: number; end: number } | null;
  panels: string[];
  camera!: StaticCamera;
  readonly initial: EmbedUrlState;
  notices: UrlNotice[];
  /** What the view is meant to show: a resized frame refits it (set by framing and by the reader's moves). */
  framed: Bounds | null = null;
  ctx: CommandContext | null = null;
  readonly dom = new EmbedDom();
  readonly poster = new PosterRenderer(baseUrl);
  readonly host: HostLink;
  readonly life: LiveLifecycle;
  private posterJob = 0;
  private drawnWidth = 0;
  private drawnHeight = 0;
  private posterTimer = 0;
  /** Selection, look and camera changes are drawn once per frame, whatever their number. */
  private readonly batch = new FrameBatch(() => this.redraw());
  private lookChanged = false;
  private jumpPending = false;
  private framePending = false;
  /** The selection the host was last told about (events are coalesced with the redraw). */
  private announced: { place: string | null; event: string | null } = { place: null, event: null };

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
    const id = state.id ?? 'atlas';
    this.host = new HostLink(id, state.origins ?? []);
    this.life = new LiveLifecycle(this.dom.liveBox, baseUrl, hasWebGL(), state.interactive, {
      snapshot: () => ({
        places: this.model!.places,
        camera: this.camera,
        theme: this.theme,
        lang: this.lang,
        selected: this.selected(),
        dimmed: this.dimmed(),
      }),
      onSelect: (pid) => {
        if (pid !== this.place) this.selectPlace(pid);
      },
      onMove: (c) => {
        this.camera = c;
        // A move while the frame is being resized is MapLibre following its container, not a new view.
        const now = this.size();
        if (now.width === this.drawnWidth && now.height === this.drawnHeight)
          this.framed = visibleBounds(this.view());
        this.updateLink();
      },
      onChange: (s) => {
        root.dataset.state = s;
        this.dom.stage.classList.toggle('is-live', s === 'live');
        this.renderChrome();
      },
      onReleased: (c) => {
        this.camera = c;
        this.framed = visibleBounds(this.view());
        void this.renderPoster();
      },
    });
  }

  get id(): string {
    return this.initial.id ?? 'atlas';
  }

  async start(): Promise<void> {
    this.resolveTheme();
    this.dom.mount(root);
    this.dom.stage.style.height = `${this.size().height}px`;
    this.listen();
    const article = await articleId(baseUrl, this.initial.article);
    const loaded = article ? await loadEmbedArticle(baseUrl, article) : null;
    if (!loaded) {
      root.dataset.state = 'error';
      this.dom.quote.replaceChildren(el('p', 'error', t(this.lang, 'embedLoadError')));
      return;
    }
    const fontsIn = addPosterFonts(baseUrl, loaded.fonts);
    const m = (this.model = loaded.model);
    // Ids are checked against the article now that it is known.
    this.ctx = { placeIds: new Set(m.placeById.keys()), eventIds: new Set(m.eventById.keys()) };
    const checked = parseEmbedUrlState(location.search, this.ctx);
    this.notices = checked.notices;
    this.place = checked.state.place ?? null;
    this.event = this.place ? null : (checked.state.event ?? null);
    this.announced = { place: this.place, event: this.event };
    this.camera = openingCamera(m, checked.state, this.size());
    this.framed = visibleBounds(this.view());
    await fontsIn;
    this.renderChrome();
    await this.renderPoster();
    root.dataset.state = 'poster';
    this.host.post({ atlas: 'ready', article: m.id, id: this.id }, true);
    this.life.update();
  }

  size() {
    const width = Math.max(200, Math.round(this.dom.stage.clientWidth || root.clientWidth || 600));
    return { width, height: this.fitHeight(width) };
  }

  /**
   * The map's height: its natural one for the width (`stageHeight`), less what a framed page lacks
   * to show everything else without scrolling inside the frame (issue 17.9: a fixed-height iframe,
   * with or without the host script, fits at any width), never below {@link MIN_STAGE}.
   */
  fitHeight(width: number): number {
    const natural = stageHeight(width);
    if (!this.host.framed) return natural;
    // Everything but the map's own height (its border included).
    const chrome = root.getBoundingClientRect().height - this.dom.stage.clientHeight;
    return Math.max(MIN_STAGE, Math.min(natural, Math.floor(window.innerHeight - chrome)));
  }

  view(): StaticView {
    return { camera: this.camera, size: this.size() };
  }

  resolveTheme(): void {
    this.theme = this.themeSetting === 'auto' ? systemTheme() : (this.themeSetting ?? 'light');
    document.documentElement.dataset.theme = this.theme;
    document.documentElement.lang = this.lang;
    document.documentElement.dir = dir(this.lang);
    // The article's subset first (it holds every character the embed shows); the language's full
    // font only for what it lacks, so the browser never fetches the full font files (60 KB).
    document.documentElement.style.setProperty('--font', `'${POSTER_FONT}', ${language(this.lang).font}`);
  }

  selected(): string[] {
    return this.model ? selectedIds(this.model, this.place, this.event) : [];
  }

  dimmed(): Set<string> {
    return this.model ? dimmedIds(this.model, this.time) : new Set();
  }

  renderChrome(): void {
    const m = this.model;
    if (!m) return;
    const { dom, lang, life } = this;
    const title = m.title[contentLang(lang)];
    dom.title.textContent = title;
    dom.explore.textContent =
      life.interactive === false ? '' : t(lang, life.loading ? 'embedLoading' : 'embedExplore');
    dom.explore.hidden = life.interactive === false || life.live != null || !life.webgl;
    dom.credits.textContent = creditsText(m);
    dom.creditsToggle.textContent = t(lang, 'embedCredits');
    dom.openFull.textContent = t(lang, 'embedOpenFull');
    this.updateLink();
    renderNotices(dom.noticeBox, lang, this.notices, !life.webgl && life.interactive !== false);
    dom.quote.hidden = !this.panels.includes('quote');
    if (!dom.quote.hidden) renderQuote(dom.quote, m, lang, this.place, this.event);
    dom.strip.hidden = !this.panels.includes('timeline');
    if (!dom.strip.hidden)
      renderTimeline(dom.strip, m, { lang, event: this.event, onSelect: (id) => this.selectEvent(id, true) });
    dom.list.hidden = !this.panels.includes('list');
    if (!dom.list.hidden) renderList(dom.list, m, lang, this.place, (id) => this.selectPlace(id, true));
  }

  updateLink(): void {
    if (!this.model) return;
    this.dom.openFull.href = fullAppHref(location.href, {
      article: this.model.id,
      lang: this.lang,
      theme: this.theme,
      place: this.place,
      event: this.event,
      view: { center: this.camera.center, zoom: this.camera.zoom },
      time: this.time ?? undefined,
    });
  }

  /** The boxes (px of the stage) the Explore button covers, with a 4 px margin: none while hidden. */
  buttonBoxes(): { x0: number; y0: number; x1: number; y1: number }[] {
    const { explore, stage } = this.dom;
    if (explore.hidden) return [];
    const b = explore.getBoundingClientRect();
    const s = stage.getBoundingClientRect();
    if (!b.width || !b.height) return [];
    const m = 4;
    return [
      { x0: b.left - s.left - m, y0: b.top - s.top - m, x1: b.right - s.left + m, y1: b.bottom - s.top + m },
    ];
  }

  /** Draws the poster for the current camera, size, look and selection. */
  async renderPoster(): Promise<void> {
    const m = this.model;
    if (!m) return;
    const job = ++this.posterJob;
    const view = this.view();
    this.drawnWidth = view.size.width;
    this.drawnHeight = view.size.height;
    this.dom.stage.style.height = `${view.size.height}px`;
    const svg = await this.poster.render(
      view,
      {
        places: m.places,
        farPlaces: defaultFarPlaces(m.places),
        lang: this.lang,
        theme: this.theme,
        selected: this.selected(),
        dimmed: this.dimmed(),
        idPrefix: `${this.id}-`,
        // The SVG is the image (axe svg-img-alt): named in the embed's language.
        label: t(this.lang, 'embedMapOf', { title: m.title[contentLang(this.lang)] }),
        keepClear: this.buttonBoxes(),
      },
      () => job === this.posterJob,
    );
    if (svg == null || job !== this.posterJob) return;
    // The frame may have been resized while the tiles loaded: draw for the size it has now.
    const now = this.size();
    if (now.width !== view.size.width || now.height !== view.size.height) return this.renderPoster();
    // The renderer escapes every text it writes: the string is markup we built, not data.
    this.dom.poster.innerHTML = svg;
  }

  // ---- selection (reader, host) ----

  /**
   * Selections from the reader and from the host are both reported to trusted hosts (on redraw). One
   * made off the map (the host, the list, the timeline strip) frames its places, on the poster and on
   * the live map, as the app does; a click on the map leaves the camera where the reader put it. A
   * burst of them costs one redraw per frame (`redraw`).
   */
  selectPlace(id: string | null, frame = false): void {
    this.place = id;
    if (id) this.event = null;
    if (frame) this.framePending = true;
    this.batch.request();
  }

  selectEvent(id: string | null, frame = false): void {
    this.event = id;
    if (id) this.place = null;
    if (frame) this.framePending = true;
    this.batch.request();
  }

  /** Brings the selected places into view (far ones keep their edge arrows). */
  frameSelection(): void {
    const m = this.model;
    const ids = this.selected();
    if (!m || ids.length === 0) return;
    const live = this.life.live;
    if (live) {
      live.frame(ids);
      return;
    }
    const b = focusBounds(m, { place: this.place ?? undefined, event: this.event ?? undefined });
    if (!b) return;
    this.camera = fitCamera(b, this.size());
    this.framed = visibleBounds(this.view());
    this.updateLink();
  }

  setLook(lang: Lang): void {
    this.lang = lang;
    this.lookChanged = true;
    this.batch.request();
  }

  /**
   * Draws the current state once (issue 19.8: a burst of host commands costs one redraw per
   * frame): the chrome, the live map or the poster, and the selection events the host has not had.
   */
  redraw(): void {
    if (this.lookChanged) {
      this.lookChanged = false;
      this.resolveTheme();
      this.life.live?.setLook(this.theme, this.lang);
    }
    if (this.jumpPending) {
      this.jumpPending = false;
      this.life.live?.jumpTo(this.camera);
    }
    if (this.framePending) {
      this.framePending = false;
      this.frameSelection();
    }
    this.renderChrome();
    this.life.live?.setSelected(this.selected(), this.dimmed());
    if (!this.life.live) void this.renderPoster();
    document.body.dataset.redraws = String(this.batch.flushes);
    const { place, event } = this;
    if (place !== this.announced.place) this.host.post({ atlas: 'place-selected', place, id: this.id }, true);
    if (event !== this.announced.event) this.host.post({ atlas: 'event-selected', event, id: this.id }, true);
    this.announced = { place, event };
  }

  // ---- events ----

  listen(): void {
    new ResizeObserver(() => {
      this.host.postHeight(root.getBoundingClientRect().height);
      if (this.model) this.onWidth();
    }).observe(root);
    new IntersectionObserver((entries) => {
      this.life.ownVisible = entries.some((e) => e.isIntersecting);
      if (this.model) this.life.update();
    }).observe(root);
    matchMedia(DARK_QUERY).addEventListener('change', () => {
      if (this.themeSetting === 'auto' && this.model) this.setLook(this.lang);
    });
    this.dom.stage.addEventListener('click', (e) => this.posterClick(e));
    this.dom.explore.addEventListener('click', (e) => {
      e.stopPropagation();
      this.life.activate({ focus: true });
    });
    window.addEventListener('message', (e) => this.onMessage(e));
    // A taller or shorter frame gives the map more or less room (`fitHeight`).
    window.addEventListener('resize', () => {
      if (this.model) this.onWidth();
    });
  }

  /**
   * The frame's size changed: the stage follows at once, and the view is refitted to what it showed
   * (a frame narrowed from 1000 to 360 px zooms out instead of piling labels and arrows up); the
   * poster is redrawn when the size settles.
   */
  onWidth(): void {
    const size = this.size();
    if (size.width === this.drawnWidth && size.height === this.drawnHeight) return;
    this.dom.stage.style.height = `${size.height}px`;
    clearTimeout(this.posterTimer);
    this.posterTimer = window.setTimeout(() => {
      const live = this.life.live;
      if (live) {
        // Until now `framed` is what the old size showed (MapLibre's own resize is not a reader's move).
        ({ width: this.drawnWidth, height: this.drawnHeight } = this.size());
        if (this.framed) live.fitBounds(this.framed);
        return;
      }
      if (this.framed) this.camera = fitCamera(this.framed, this.size(), 0);
      this.updateLink();
      void this.renderPoster();
    }, 120);
  }

  /** A click on the poster: selects the place under it (if any) and opens the live map. */
  posterClick(e: MouseEvent): void {
    if (this.life.live || !this.model) return;
    const r = this.dom.poster.getBoundingClientRect();
    const proj = viewProjection(this.view());
    const hit = placeAt(this.model.places, (p) => proj(p), e.clientX - r.left, e.clientY - r.top);
    if (hit) this.selectPlace(hit);
    this.life.activate();
  }

  onMessage(e: MessageEvent): void {
    if (e.source !== window.parent || !this.host.framed) return;
    const route = routeMessage(e.data, e.origin, this.initial.origins ?? [], this.model ? this.ctx : null);
    if (!route) return;
    if (route.kind === 'visibility') {
      this.life.hostNear = route.near;
      if (this.model) this.life.update();
    } else if (route.kind === 'count') {
      this.host.count(route.key);
      if (route.reason) console.warn('[embed] command rejected:', route.reason);
    } else {
      this.host.count('accepted');
      this.apply(route.command);
    }
  }

  apply(c: HostCommand): void {
    switch (c.atlas) {
      case 'select-place':
        return this.selectPlace(c.place, true);
      case 'select-event':
        return this.selectEvent(c.event, true);
      case 'set-lang':
        return this.setLook(c.lang);
      case 'set-time':
        this.time = c.time;
        return this.batch.request();
      case 'reset':
        this.place = null;
        this.event = null;
        this.time = null;
        this.camera = openingCamera(this.model!, {}, this.size());
        this.framed = visibleBounds(this.view());
        this.jumpPending = true;
        this.batch.request();
    }
  }
}

// `coverage=<atlas place key>`: "all our coverage of a place", the page's other mode (loaded on use).
const coverage = new URLSearchParams(location.search).get('coverage');
if (coverage != null) void import('./coverage.ts').then((c) => c.startCoverage(root, coverage));
else void new Embed().start();
