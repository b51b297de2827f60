import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_WRITE_MS, urlWriter } from '../../src/state/url-write.ts';

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
