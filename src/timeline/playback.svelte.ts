/**
 * Playback through the events in order: previous/next steps and a timer that selects each event in
 * turn, stopping after the last. Create it while a component initialises (it owns an effect).
 */
import { playStart, stepFrom } from './sequence.ts';

export interface PlaybackOptions {
  /** Event ids in playing order. */
  order: () => readonly string[];
  /** The selected event, if any. */
  current: () => string | null;
  /** Selects (and shows) an event. */
  go: (id: string) => void;
  /** Time per event (ms). */
  stepMs?: number;
}

export class Playback {
  playing = $state(false);
  #o: PlaybackOptions;

  constructor(o: PlaybackOptions) {
    this.#o = o;
    $effect(() => {
      if (!this.playing) return;
      const timer = setInterval(() => {
        if (!this.step(1)) this.playing = false;
      }, o.stepMs ?? 1500);
      return () => clearInterval(timer);
    });
  }

  /** Goes `delta` events from the selection; false (and nothing happens) past either end. */
  step(delta: number): boolean {
    const id = stepFrom(this.#o.order(), this.#o.current(), delta);
    if (id === null) return false;
    this.#o.go(id);
    return true;
  }

  /** Starts (from the next event, or the first after the end) or pauses. */
  toggle(): void {
    if (this.playing) {
      this.playing = false;
      return;
    }
    const id = playStart(this.#o.order(), this.#o.current());
    if (id !== null) this.#o.go(id);
    this.playing = true;
  }
}
