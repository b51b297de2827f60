/**
 * Place identity across articles: which places of different articles are one place of the atlas.
 * The one rule: a place whose properties carry `gazetteer_id` (ingest writes it, see
 * `src/ingest/draft.ts`) is that gazetteer entry (key `g-<id>`), wherever its point is; any other is
 * matched by its article place id and its representative point: the same id within
 * {@link SAME_PLACE_KM} is one place (key = the id), the same id further away is another place
 * (`<id>--2`, `<id>--3`, … in the order articles are read, which is by article id).
 *
 * The two meet where a reviewed place without a gazetteer id has the id of a gazetteer entry (the
 * shipped articles' places are the shipped entries; ingest names a proposed place by its entry): a
 * place without a gazetteer id joins the gazetteer place of that id within {@link SAME_PLACE_KM},
 * and a gazetteer place joins an earlier place without one that has its id, near it. So an article
 * ingested today with `gazetteer_id: "semalka_crossing"` and a 2022 one without it are one place.
 */

/** Two occurrences of one place id closer than this are the same place. */
export const SAME_PLACE_KM = 25;

/** What identity needs of an article's place. */
export interface PlaceOccurrence {
  /** The place id inside its article. */
  id: string;
  /** Representative point [lon, lat]. */
  point: readonly [number, number];
  /** A stable gazetteer id, when the article's place has one. */
  gazetteerId?: string;
}

/** Great-circle distance in km (haversine). */
export function km(a: readonly [number, number], b: readonly [number, number]): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Anchor {
  key: string;
  point: readonly [number, number];
}

/** Assigns atlas keys; call {@link PlaceIdentity.key} for occurrences in article order. */
export class PlaceIdentity {
  readonly #anchors = new Map<string, Anchor[]>();
  /** Gazetteer id → its key and the point it was first seen at. */
  readonly #gazetteer = new Map<string, Anchor>();

  key(o: PlaceOccurrence): string {
    const near = (a: Anchor | undefined) => !!a && km(a.point, o.point) <= SAME_PLACE_KM;
    if (o.gazetteerId) {
      let g = this.#gazetteer.get(o.gazetteerId);
      if (!g) {
        const plain = this.#anchors.get(o.gazetteerId)?.find(near);
        g = { key: plain?.key ?? `g-${o.gazetteerId}`, point: o.point };
        this.#gazetteer.set(o.gazetteerId, g);
      }
      return g.key;
    }
    let list = this.#anchors.get(o.id);
    if (!list) this.#anchors.set(o.id, (list = []));
    const found = list.find(near);
    if (found) return found.key;
    const g = this.#gazetteer.get(o.id);
    if (near(g)) return g!.key;
    const key = list.length === 0 ? o.id : `${o.id}--${list.length + 1}`;
    list.push({ key, point: o.point });
    return key;
  }
}
