/**
 * Which articles the atlas's list shows under its filters (pure): positions in the collection's
 * newest-first order (the events file's `articles`, which is also the order of the list pages), so
 * a page of the filtered list fetches only the list pages its articles are on.
 */
import type { AtlasEvents } from './time-filter.ts';

export interface ListFilter {
  /** Article ids found by the search, or null for no search. */
  search: readonly string[] | null;
  /** Article ids reporting the chosen place, or null for no place. */
  place: readonly string[] | null;
  /** Articles with an event in this half-open range, or null for no time filter. */
  range: { start: number; end: number } | null;
}

/** Positions (ascending: newest first) of the articles passing every filter. */
export function filterIndices(ev: AtlasEvents, f: ListFilter): number[] {
  const ids = ev.file.articles;
  const keep = new Uint8Array(ids.length).fill(1);
  const only = (list: readonly string[]) => {
    const set = new Set(list);
    for (let i = 0; i < ids.length; i++) if (!set.has(ids[i]!)) keep[i] = 0;
  };
  if (f.search) only(f.search);
  if (f.place) only(f.place);
  if (f.range) {
    const flags = ev.inRange(f.range.start, f.range.end).articles;
    for (let i = 0; i < ids.length; i++) if (!flags[i]) keep[i] = 0;
  }
  const out: number[] = [];
  for (let i = 0; i < ids.length; i++) if (keep[i]) out.push(i);
  return out;
}
