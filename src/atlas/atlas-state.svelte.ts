/**
 * The atlas page's own state (language, theme, search, place, time, list page) as one runes class,
 * read from the URL once and written back through {@link atlasSearch} (the app's one URL schema).
 * Every change a reader makes goes through a named method, which also resets the list to its first
 * page where the filter changed.
 */
import { DAY } from '../model/time.ts';
import type { Lang } from '../model/types.ts';
import type { Theme } from '../model/prefs.ts';
import { parseUrlState } from '../state/url-state.ts';
import { atlasSearch } from './links.ts';

export type Range = { start: number; end: number };

export class AtlasState {
  lang = $state<Lang>('ar');
  theme = $state<Theme>('light');
  q = $state('');
  place = $state<string | null>(null);
  time = $state<Range | null>(null);
  page = $state(0);

  /** The system's theme (`system-theme.ts`), the theme until the URL or the reader names one. */
  readonly systemTheme: Theme;

  /** `search`: a `location.search` (bad values are dropped by the schema). */
  constructor(search: string, systemTheme: Theme = 'light') {
    const s = parseUrlState(search).state;
    this.systemTheme = systemTheme;
    this.lang = s.lang ?? 'ar';
    this.theme = s.theme ?? systemTheme;
    this.q = s.q ?? '';
    this.place = s.place ?? null;
    this.time = s.time ?? null;
    this.page = s.page ?? 0;
  }

  /** Any filter on (the list then needs the events file). */
  get filtering(): boolean {
    return Boolean(this.q.trim() || this.place || this.time);
  }

  /** The state as the page's query string (replace into the URL). */
  get search(): string {
    return atlasSearch({
      lang: this.lang,
      theme: this.theme === this.systemTheme ? undefined : this.theme,
      place: this.place ?? undefined,
      time: this.time ?? undefined,
      q: this.q.trim() || undefined,
      page: this.page,
    });
  }

  setQuery(q: string): void {
    this.q = q;
    this.page = 0;
  }
  pick(place: string | null): void {
    this.place = place;
    this.page = 0;
  }
  setTime(r: Range | null): void {
    this.time = r;
    this.page = 0;
  }
  /** The From field (a day, `YYYY-MM-DD`): the range keeps its end, or the collection's. */
  setFrom(v: string, span: [number, number] | null): void {
    const s = Date.parse(v);
    if (Number.isNaN(s)) return;
    this.setTime({ start: s, end: Math.max(s + DAY, this.time?.end ?? span?.[1] ?? s + DAY) });
  }
  /** The To field names the last day; the range is half-open. */
  setTo(v: string, span: [number, number] | null): void {
    const e = Date.parse(v);
    if (Number.isNaN(e)) return;
    const end = e + DAY;
    this.setTime({ start: Math.min(end - DAY, this.time?.start ?? span?.[0] ?? end - DAY), end });
  }
}
