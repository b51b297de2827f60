/** One flush per frame however many requests (issue 19.8), with a fake scheduler. */
import { describe, expect, it } from 'vitest';
import { FrameBatch } from '../../src/embed/frame-batch.ts';

describe('FrameBatch', () => {
  it('coalesces 20,000 requests before a frame into one flush that sees the last state', () => {
    const queued: (() => void)[] = [];
    let state = 0;
    const seen: number[] = [];
    const batch = new FrameBatch(
      () => seen.push(state),
      (run) => queued.push(run),
    );
    for (let i = 1; i <= 20_000; i++) {
      state = i;
      batch.request();
    }
    expect(queued).toHaveLength(1);
    queued.shift()!();
    expect(seen).toEqual([20_000]);
    expect(batch.flushes).toBe(1);
  });

  it('schedules again after a flush', () => {
    const queued: (() => void)[] = [];
    const batch = new FrameBatch(
      () => {},
      (run) => queued.push(run),
    );
    batch.request();
    queued.shift()!();
    batch.request();
    batch.request();
    expect(queued).toHaveLength(1);
    queued.shift()!();
    expect(batch.flushes).toBe(2);
  });
});
