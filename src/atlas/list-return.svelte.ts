/**
 * A place chosen in the atlas's list and the way back (`reveal.ts` scrolls and focuses). Choosing
 * opens the place's card, brought into view with focus in it; closing it (the card's ×, the place
 * chip, Escape inside the card) restores the list page the reader was on and, once the rows that
 * page asked for are drawn, puts focus back on the place's button in the row they left.
 */
import { tick } from 'svelte';
import type { ListEntry } from '../collection/format.ts';
import type { AtlasState } from './atlas-state.svelte.ts';
import { reveal, returnTo } from './reveal.ts';

export class ListReturn {
  /** The card, and the box that holds the map and the card (bound by the page). */
  card = $state<HTMLElement | undefined>();
  box = $state<HTMLElement | undefined>();
  /** Where the reader was when they chose a place in the list: the way back when it is cleared. */
  #back: { page: number; article: string; place: string } | null = null;
  /** The way back, once the rows the clear asked for replace `rows` (the place's own). */
  #returning: { article: string; place: string; rows: ListEntry[] } | null = null;

  readonly #st: AtlasState;
  readonly #rows: () => ListEntry[];

  /** Created while the page's component initialises (it owns an effect on the list's rows). */
  constructor(st: AtlasState, rows: () => ListEntry[]) {
    this.#st = st;
    this.#rows = rows;
    $effect(() => {
      const rows = this.#rows();
      const r = this.#returning;
      if (!r || rows === r.rows) return;
      this.#returning = null;
      void tick().then(() => {
        const list = document.getElementById('atlas-list');
        const button = list?.querySelector<HTMLElement>(
          `li[data-article="${CSS.escape(r.article)}"] button[data-place="${CSS.escape(r.place)}"]`,
        );
        const to = button ?? list;
        if (to) returnTo(to);
      });
    });
  }

  /** A place chosen in the list: its card (and the map) into view, focus into the card. */
  async pick(k: string, article: string): Promise<void> {
    if (!this.#st.place) this.#back = { page: this.#st.page, article, place: k };
    this.#st.pick(k);
    await tick();
    if (this.card && this.box && this.#st.place === k) reveal(this.card, this.box, this.card);
  }

  /** The card closed or the place's chip cleared: the list as it was, focus on the place's button. */
  clear(): void {
    const b = this.#back;
    this.#back = null;
    this.#returning = b ? { article: b.article, place: b.place, rows: this.#rows() } : null;
    this.#st.pick(null);
    if (b) this.#st.page = b.page;
  }

  /** Escape inside the card closes it, as its × does. */
  onKey(e: KeyboardEvent): void {
    if (
      e.key !== 'Escape' ||
      e.defaultPrevented ||
      !(e.target instanceof Node) ||
      !this.card?.contains(e.target)
    )
      return;
    e.preventDefault();
    this.clear();
  }
}
