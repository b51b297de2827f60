/**
 * One redraw per frame, however many changes arrive before it (issue 19.8: 20,000 trusted host
 * commands took 270 s when each one redrew the poster). Callers change state at once and call
 * `request()`; the one `flush` then draws the last state. Only the last state matters.
 */
export class FrameBatch {
  private pending = false;
  /** How many flushes ran (shown on the page for tests). */
  flushes = 0;

  constructor(
    private readonly flush: () => void,
    private readonly schedule: (run: () => void) => void = nextFrame,
  ) {}

  /** Asks for a flush; a no-op while one is already scheduled. */
  request(): void {
    if (this.pending) return;
    this.pending = true;
    this.schedule(() => {
      this.pending = false;
      this.flushes++;
      this.flush();
    });
  }
}

/**
 * Runs `run` once, on the next animation frame or after `maxWait` ms, whichever comes first:
 * frames pause in a hidden page or a throttled off-screen frame, and the state must still settle.
 */
export function nextFrame(run: () => void, maxWait = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    run();
  };
  const frame = requestAnimationFrame(once);
  const timer = setTimeout(once, maxWait);
}
