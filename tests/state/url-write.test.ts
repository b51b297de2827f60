import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_WRITE_MS, pageUrlWriter, urlWriter, type UrlPage } from '../../src/state/url-write.ts';

describe('urlWriter (the permalink, throttled as MapLibre throttles its hash)', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('never writes inside the change: the first write is the next task', () => {
    const done: string[] = [];
    const w = urlWriter((s) => done.push(s));
    w('?a');
    expect(done).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(done).toEqual(['?a']);
  });

  it('writes at most once a window, and the last value lands', () => {
    const done: string[] = [];
    const w = urlWriter((s) => done.push(s));
    w('?1');
    vi.advanceTimersByTime(0);
    for (let i = 2; i <= 10; i++) {
      w(`?${i}`);
      vi.advanceTimersByTime(20); // a drag's commits, 20 ms apart
    }
    expect(done).toEqual(['?1']); // 180 ms into the window
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(done).toEqual(['?1', '?10']);
    vi.advanceTimersByTime(10 * URL_WRITE_MS);
    expect(done).toEqual(['?1', '?10']); // nothing pending: nothing written
    w('?11'); // after a quiet spell, the next task again
    vi.advanceTimersByTime(0);
    expect(done).toEqual(['?1', '?10', '?11']);
  });

  it('flush writes what is pending now (the page is hidden or left); cancel drops it', () => {
    const done: string[] = [];
    const w = urlWriter((s) => done.push(s));
    w('?a');
    w.flush();
    expect(done).toEqual(['?a']);
    vi.advanceTimersByTime(URL_WRITE_MS * 2);
    expect(done).toEqual(['?a']);
    w('?b');
    w.cancel();
    vi.advanceTimersByTime(URL_WRITE_MS * 2);
    expect(done).toEqual(['?a']);
  });
});

describe("pageUrlWriter (the one writer of a page's permalink)", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  /** A page with an address, a history that records each replace, and its two event targets. */
  const fakePage = (href: string) => {
    const url = new URL(href);
    const win = new EventTarget();
    const doc = new EventTarget();
    const replaced: string[] = [];
    const page: UrlPage = {
      location: url,
      history: {
        state: { kept: true },
        replaceState(data, _unused, to) {
          expect(data).toEqual({ kept: true });
          replaced.push(to!);
          const next = new URL(to!, url);
          url.search = next.search;
          url.hash = next.hash;
        },
      },
      addEventListener: (t, f) => win.addEventListener(t, f),
      removeEventListener: (t, f) => win.removeEventListener(t, f),
      document: {
        addEventListener: (t, f) => doc.addEventListener(t, f),
        removeEventListener: (t, f) => doc.removeEventListener(t, f),
      },
    };
    return { page, replaced, win, doc };
  };

  it('replaces the query string, keeping the path, the history state and the hash; the same one is not written', () => {
    const { page, replaced } = fakePage('https://example.org/app/?lang=ar#atlas-map');
    const w = pageUrlWriter(page);
    w('?lang=en');
    vi.advanceTimersByTime(0);
    expect(replaced).toEqual(['/app/?lang=en#atlas-map']);
    vi.advanceTimersByTime(URL_WRITE_MS);
    w('?lang=en');
    vi.advanceTimersByTime(0);
    expect(replaced).toHaveLength(1);
    w(''); // no state to keep: the bare path
    vi.advanceTimersByTime(URL_WRITE_MS);
    expect(replaced.at(-1)).toBe('/app/#atlas-map');
  });

  it('writes what is pending at once when the page is left or hidden; after destroy, nothing', () => {
    const { page, replaced, win, doc } = fakePage('https://example.org/?a');
    const w = pageUrlWriter(page);
    w('?b');
    win.dispatchEvent(new Event('pagehide'));
    expect(replaced).toEqual(['/?b']);
    w('?c');
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(replaced).toEqual(['/?b', '/?c']);
    w('?d');
    w.destroy();
    win.dispatchEvent(new Event('pagehide'));
    doc.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(URL_WRITE_MS * 2);
    expect(replaced).toEqual(['/?b', '/?c']);
  });
});

describe('one writer of the URL', () => {
  it('nothing in src/ but state/url-write.ts replaces or pushes a history entry', () => {
    const callers = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|svelte)$/.test(f) && f !== join('state', 'url-write.ts'))
      .filter((f) => /\b(replaceState|pushState)\s*\(/.test(readFileSync(join('src', f), 'utf8')));
    expect(callers).toEqual([]);
  });
});
