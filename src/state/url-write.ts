/**
 * The page's URL written from its state at most once every {@link URL_WRITE_MS}, as MapLibre's
 * `hash` option throttles its own: Chromium rate-limits `history.replaceState` and each call costs
 * the page 2.7–5 ms (profiled at 10,000 atlas articles, bench/README.md › atlas). The write never
 * runs inside the change's own task: the first after a quiet spell waits for the next task, later
 * ones for the end of their window, and the last value always lands (`flush` writes it at once,
 * for a page being hidden or left).
 *
 * The one owner of the permalink: the article view (`App.svelte`) and the atlas (`Atlas.svelte`)
 * each write theirs through {@link pageUrlWriter}; nothing else calls `history.replaceState`.
 */
export const URL_WRITE_MS = 300;

export interface UrlWriter {
  (search: string): void;
  /** Writes what is pending now. */
  flush(): void;
  /** Drops what is pending. */
  cancel(): void;
}

export function urlWriter(write: (search: string) => void, ms = URL_WRITE_MS): UrlWriter {
  let pending: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = () => {
    timer = null;
    if (pending == null) return;
    const s = pending;
    pending = null;
    write(s);
    timer = setTimeout(later, ms); // the window: what comes in it waits for its end
  };
  return Object.assign(
    (search: string) => {
      pending = search;
      timer ??= setTimeout(later, 0);
    },
    {
      flush() {
        if (timer != null) clearTimeout(timer);
        later();
      },
      cancel() {
        pending = null;
      },
    },
  );
}

/** What {@link pageUrlWriter} reads and listens to of a page (the window; a stand-in in tests). */
export interface UrlPage {
  location: { pathname: string; search: string; hash: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void };
  addEventListener(type: 'pagehide', f: () => void): void;
  removeEventListener(type: 'pagehide', f: () => void): void;
  document: {
    addEventListener(type: 'visibilitychange', f: () => void): void;
    removeEventListener(type: 'visibilitychange', f: () => void): void;
  };
}

export interface PageUrlWriter extends UrlWriter {
  /** Drops what is pending and stops listening to the page. */
  destroy(): void;
}

/**
 * The page's permalink: each call names the query string of the state (`?…`, or '' for none),
 * written by {@link urlWriter}'s rule in place of the current entry (replace, never push: the view
 * changes too often for history entries), the path and the hash kept, and only when it differs.
 * What is pending is written at once when the page is hidden or left.
 */
export function pageUrlWriter(page: UrlPage = window, ms = URL_WRITE_MS): PageUrlWriter {
  const w = urlWriter((search) => {
    const { pathname, hash } = page.location;
    if (search !== page.location.search)
      page.history.replaceState(page.history.state, '', `${pathname}${search}${hash}`);
  }, ms);
  const flush = () => w.flush();
  page.addEventListener('pagehide', flush);
  page.document.addEventListener('visibilitychange', flush);
  return Object.assign(w, {
    destroy() {
      w.cancel();
      page.removeEventListener('pagehide', flush);
      page.document.removeEventListener('visibilitychange', flush);
    },
  });
}
