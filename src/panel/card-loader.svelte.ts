/**
 * The place card's code on demand (issue 16.3): it loads on the first selection, or once the map is
 * first idle (a first view without a chosen place does not show it). The map's camera waits for it
 * (`MapView`'s `coverReady`): it measures the card as a cover the moment a selection opens it. A
 * failed load says so through `failed` (the camera stops waiting) and `onFail`; the next `load()`
 * tries again.
 */
import type { Component } from 'svelte';

export type CardComponent = Component<{ compact?: boolean }>;

export class CardLoader {
  /** The card's component once loaded. */
  component = $state.raw<CardComponent | null>(null);
  /** The last load failed (and no other has started since). */
  failed = $state(false);
  #loading: Promise<void> | null = null;
  readonly #importer: () => Promise<{ default: CardComponent }>;
  readonly #onFail: (e: unknown) => void;

  constructor(importer: () => Promise<{ default: CardComponent }>, onFail: (e: unknown) => void) {
    this.#importer = importer;
    this.#onFail = onFail;
  }

  /** Starts loading the card's code, unless it is loaded or loading. */
  load(): Promise<void> {
    if (this.component) return Promise.resolve();
    if (this.#loading) return this.#loading;
    this.failed = false;
    this.#loading = this.#importer().then(
      (m) => void (this.component = m.default),
      (e: unknown) => {
        this.#loading = null;
        this.failed = true;
        this.#onFail(e);
      },
    );
    return this.#loading;
  }
}
