/**
 * The atlas's time filter (pure): every event of every article in a {@link RangeIndex}, so a brush
 * range `[a, b)` (half-open) gives the places and the articles with an event in it in time
 * proportional to the answer. Flags are typed arrays indexed like the events file's `places` and
 * `articles`, reused across calls: a brush move allocates nothing.
 */
import type { EventsFile } from '../collection/format.ts';
import { RangeIndex } from '../timeline/filter.ts';

export interface InRange {
  /** 1 for an atlas place (index into `places`) with an event in range. */
  places: Uint8Array;
  /** 1 for an article (index into `articles`) with an event in range. */
  articles: Uint8Array;
  /** How many events are in range. */
  events: number;
}

export class AtlasEvents {
  readonly file: EventsFile;
  readonly index: RangeIndex;
  readonly #rows: number[][];
  #buf: Uint32Array = new Uint32Array(1024);
  readonly #out: InRange;
  readonly placeIndex: ReadonlyMap<string, number>;

  /** `file.ev` must be sorted by start (the build writes it so). */
  constructor(file: EventsFile) {
    this.file = file;
    this.#rows = file.ev;
    this.index = new RangeIndex(
      Float64Array.from(file.ev, (e) => e[0]!),
      Float64Array.from(file.ev, (e) => e[1]!),
    );
    this.#out = {
      places: new Uint8Array(file.places.length),
      articles: new Uint8Array(file.articles.length),
      events: 0,
    };
    this.placeIndex = new Map(file.places.map((k, i) => [k, i]));
  }

  /** Places and articles with an event overlapping `[a, b)`; the returned arrays are reused. */
  inRange(a: number, b: number): InRange {
    const o = this.#out;
    o.places.fill(0);
    o.articles.fill(0);
    const { out, n } = this.index.indices(a, b, this.#buf);
    this.#buf = out;
    for (let j = 0; j < n; j++) {
      const row = this.#rows[out[j]!]!;
      o.articles[row[2]!] = 1;
      for (let k = 3; k < row.length; k++) o.places[row[k]!] = 1;
    }
    o.events = n;
    return o;
  }
}
