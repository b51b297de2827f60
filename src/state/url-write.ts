/**
 * The page's URL written from its state at most once every {@link URL_WRITE_MS}, as MapLibre's
 * `hash` option throttles its own: Chromium rate-limits `history.replaceState` and each call costs
 * the page 2.7–5 ms (profiled at 10,000 atlas articles, bench/README.md › atlas). The write never
 * runs inside the change's own task: the first after a quiet spell waits for the next task, later
 * ones for the end of their window, and the last value always lands (`flush` writes it at once,
 * for a page being hidden or left).
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
