/**
 * App state: a small runes class behind a typed context. The article model is immutable and held
 * raw; selection, hover, language, theme, view and time range are the only mutable state, changed
 * through the named methods below. Everything else is derived by pure selectors (`selectors.ts`).
 */
import { getContext, setContext } from 'svelte';
import type { StringKey, Vars } from '../i18n.ts';
import { contentLang, dir } from '../languages.ts';
import { placeName } from '../model/place-info.ts';
import type { Digits, MapView, Theme, TimeDirection } from '../model/prefs.ts';
import type { ArticleModel, Lang, ValidationIssue } from '../model/types.ts';
import { makeNotice, type Notice, type NoticeReason } from './notices.ts';
import { timeFilter } from './selectors.ts';
import type { UrlNotice, UrlState } from './url-state.ts';

export type { Notice } from './notices.ts';

/** Who asked for a change: lets views tell user gestures from programmatic updates (no loops). */
export type Origin = 'map' | 'text' | 'list' | 'timeline' | 'url' | 'host' | 'playback' | 'keyboard';

export type MapStatus = 'loading' | 'idle' | 'error' | 'unsupported';

export class AppState {
  model = $state.raw<ArticleModel | null>(null);
  issues = $state.raw<readonly ValidationIssue[]>([]);
  /** The data could not be loaded at all (network, missing index). */
  loadError = $state<string | null>(null);

  lang = $state<Lang>('ar');
  theme = $state<Theme>('light');
  /** The system's theme (`system-theme.ts`), the theme until the URL or the reader names one. */
  readonly systemTheme: Theme;
  digits = $state<Digits>('latn');
  timeDirection = $state<TimeDirection>('auto');
  /** Optional online MapLibre style URL; the offline basemap when null. */
  styleUrl = $state<string | null>(null);

  selectedPlace = $state<string | null>(null);
  hoveredPlace = $state<string | null>(null);
  selectedEvent = $state<string | null>(null);
  hoveredEvent = $state<string | null>(null);
  /** Half-open time filter `[start, end)` in epoch ms, or null for none. */
  timeRange = $state.raw<{ start: number; end: number } | null>(null);
  /** The map view as last reported by the map (for the URL) or requested by the URL. */
  view = $state.raw<MapView | null>(null);
  /** Who made the last selection, so the map flies only for selections it did not make. */
  lastOrigin = $state<Origin>('url');

  /** What the time range keeps (events, places, passages), derived once for every view; null = no filter. */
  readonly filter = $derived(this.model ? timeFilter(this.model, this.timeRange) : null);

  mapStatus = $state<MapStatus>('loading');
  notices = $state.raw<readonly Notice[]>([]);

  #noticeId = 0;

  constructor(systemTheme: Theme = 'light') {
    this.systemTheme = systemTheme;
    this.theme = systemTheme;
  }

  /** The polite live-region message: the selected place's name in the interface language. */
  get announcement(): string {
    const p = this.selectedPlace != null ? this.model?.placeById.get(this.selectedPlace) : undefined;
    return p ? placeName(p, contentLang(this.lang)) : '';
  }

  /** Interface direction follows the language. */
  get dir(): 'rtl' | 'ltr' {
    return dir(this.lang);
  }

  /** The loaded article (null when it failed validation) and its validation issues. */
  setArticle(model: ArticleModel | null, issues: readonly ValidationIssue[]): void {
    this.model = model;
    this.issues = issues;
  }

  setLoadError(message: string): void {
    this.loadError = message;
  }

  setMapStatus(status: MapStatus): void {
    this.mapStatus = status;
  }

  selectPlace(id: string | null, origin: Origin): void {
    if (id != null && !this.model?.placeById.has(id)) return;
    this.lastOrigin = origin;
    this.selectedPlace = id;
    if (id != null) this.selectedEvent = null;
  }

  /** Set when a choice should move focus to the place card (the map's chooser); taken once by the card. */
  cardFocusPending = $state(false);

  focusCardNext(): void {
    this.cardFocusPending = true;
  }

  /** True once after {@link focusCardNext}: the card focuses itself. */
  takeCardFocus(): boolean {
    if (!this.cardFocusPending) return false;
    this.cardFocusPending = false;
    return true;
  }

  /** Escape outside a dialog: no place, no event selected. */
  clearSelection(origin: Origin): void {
    if (this.selectedPlace != null) this.selectPlace(null, origin);
    if (this.selectedEvent != null) this.selectEvent(null, origin);
  }

  hoverPlace(id: string | null): void {
    this.hoveredPlace = id;
  }

  selectEvent(id: string | null, origin: Origin): void {
    if (id != null && !this.model?.eventById.has(id)) return;
    this.lastOrigin = origin;
    this.selectedEvent = id;
    if (id != null) this.selectedPlace = null;
  }

  hoverEvent(id: string | null): void {
    this.hoveredEvent = id;
  }

  setTimeRange(range: { start: number; end: number } | null, origin: Origin): void {
    this.lastOrigin = origin;
    this.timeRange = range && range.end > range.start ? range : null;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
  }

  setTimeDirection(dir: TimeDirection): void {
    this.timeDirection = dir;
  }

  setDigits(digits: Digits): void {
    this.digits = digits;
  }

  /** An online MapLibre style to use instead of the offline basemap; null for the offline basemap. */
  setStyleUrl(url: string | null): void {
    this.styleUrl = url;
  }

  setView(view: MapView): void {
    this.view = view;
  }

  /**
   * Tells the reader something: an interface string key and its values, rendered in the language
   * of the moment (never stored as text). String values are capped (they may echo untrusted input).
   */
  notify(key: StringKey, vars?: Vars, reason?: NoticeReason): void {
    this.notices = [...this.notices, makeNotice(++this.#noticeId, key, vars, reason)];
  }

  dismissNotice(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  /** Applies URL state (already parsed and checked against the model). */
  applyUrl(url: UrlState, notices: readonly UrlNotice[]): void {
    if (url.lang) this.lang = url.lang;
    if (url.theme) this.theme = url.theme;
    if (url.digits) this.digits = url.digits;
    if (url.tdir) this.timeDirection = url.tdir;
    if (url.style) this.styleUrl = url.style;
    if (url.view) this.view = url.view;
    if (url.time) this.timeRange = url.time;
    if (url.place) this.selectPlace(url.place, 'url');
    if (url.event) this.selectEvent(url.event, 'url');
    for (const n of notices)
      this.notify('ignoredParam', { param: `${n.key}=${n.value}` }, { key: n.reason, vars: n.vars });
  }

  /** The URL projection of this state. */
  toUrl(article: string | undefined): UrlState {
    return {
      article,
      lang: this.lang,
      // A theme other than the system's is written, so the link opens as the reader left it.
      theme: this.theme === this.systemTheme ? undefined : this.theme,
      place: this.selectedPlace ?? undefined,
      event: this.selectedEvent ?? undefined,
      view: this.view ?? undefined,
      time: this.timeRange ?? undefined,
      style: this.styleUrl ?? undefined,
      digits: this.digits === 'latn' ? undefined : this.digits,
      tdir: this.timeDirection === 'auto' ? undefined : this.timeDirection,
    };
  }
}

const KEY = Symbol('article-atlas-state');

export function setAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

/** The app state of the nearest `<App>`; throws a clear error outside it. */
export function getAppState(): AppState {
  const state = getContext<AppState | undefined>(KEY);
  if (!state) throw new Error('getAppState() called outside <App>: no AppState in context');
  return state;
}
