/**
 * The time filter's steps, one owner for both atlas benches (`atlas.ts` times them, `atlas-trace.ts`
 * traces them): `n` 60-day ranges starting at even fortieths of the collection's span (30 of them
 * cover its first three quarters), each with what the page must show once the range is committed,
 * computed in node from the same events and points files the page reads.
 */
import type { PointsFile } from '../src/collection/format.ts';
import type { AtlasEvents } from '../src/atlas/time-filter.ts';
import { filterIndices } from '../src/atlas/list-filter.ts';
import { DAY } from '../src/model/time.ts';

/** One commit of the date fields and what it must show. */
export interface BrushStep {
  i: number;
  /** The From and To fields' values (`YYYY-MM-DD`): the range's first and last day. */
  from: string;
  to: string;
  /** The list's count as its digits ("1,234 articles" → "1234"). */
  count: string;
  /** How many places the map keeps (its container's `data-cluster-points`). */
  points: number;
  /** The list's first article (null: the range has none). */
  first: string | null;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The benches' `n` time-filter steps over `span` (the summary's). */
export function brushSteps(
  ev: AtlasEvents,
  points: PointsFile,
  span: readonly [number, number],
  n = 30,
): BrushStep[] {
  return Array.from({ length: n }, (_, i) => {
    const a = Date.parse(day(span[0] + ((span[1] - span[0]) * i) / 40));
    const range = { start: a, end: a + 61 * DAY };
    const idx = filterIndices(ev, { search: null, place: null, range });
    const flags = ev.inRange(range.start, range.end).places;
    return {
      i,
      from: day(a),
      to: day(a + 60 * DAY),
      count: String(idx.length),
      points: points.filter((p) => flags[ev.placeIndex.get(p[0]) ?? -1] === 1).length,
      first: idx.length ? ev.file.articles[idx[0]!]! : null,
    };
  });
}
