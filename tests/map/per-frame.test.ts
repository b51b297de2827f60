import { describe, expect, it } from 'vitest';
import { perFrame } from '../../src/map/live-map.ts';

/** A hand-driven animation frame clock. */
function clock() {
  let next = 1;
  const queue = new Map<number, () => void>();
  return {
    raf: (f: () => void) => (queue.set(next, f), next++),
    caf: (id: number) => void queue.delete(id),
    tick() {
      const due = [...queue.values()];
      queue.clear();
      due.forEach((f) => f());
    },
    pending: () => queue.size,
  };
}

describe('perFrame', () => {
  it('applies the first call at once and coalesces the rest of the frame into one at the next', () => {
    const c = clock();
    const done: number[] = [];
    let v = 0;
    const run = perFrame(() => done.push(v), c.raf, c.caf);
    v = 1;
    run();
    expect(done).toEqual([1]); // no frame of delay for a single change
    v = 2;
    run();
    v = 3;
    run();
    expect(done).toEqual([1]);
    c.tick();
    expect(done).toEqual([1, 3]); // the last value, once
    c.tick();
    expect(done).toEqual([1, 3]);
    expect(c.pending()).toBe(0); // an idle throttle holds no frame
    v = 4;
    run();
    expect(done).toEqual([1, 3, 4]);
  });

  it('cancel drops a pending update', () => {
    const c = clock();
    const done: number[] = [];
    const run = perFrame(() => done.push(done.length), c.raf, c.caf);
    run();
    run();
    run.cancel();
    c.tick();
    expect(done).toEqual([0]);
    expect(c.pending()).toBe(0);
  });
});
