/**
 * Place identity across articles: which places of different articles are one place of the atlas.
 * The one rule, kept here so it switches cheaply when the world gazetteer gives every place a stable
 * id: a place whose properties carry `gazetteer_id` is that gazetteer entry (key `g-<id>`); any
 * other is matched by its article place id and its representative point: the same id within
 * {@link SAME_PLACE_KM} is one place (key = the id), the same id further away is another place
 * (`<id>--2`, `<id>--3`, … in the order articles are read, which is by article id).
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

/** Assigns atlas keys; call {@link PlaceIdentity.key} for occurrences in article order. */
export class PlaceIdentity {
  readonly #anchors = new Map<string, { key: string; point: readonly [number, number] }[]>();

  key(o: PlaceOccurrence): string {
    if (o.gazetteerId) return `g-${o.gazetteerId}`;
    let list = this.#anchors.get(o.id);
    if (!list) this.#anchors.set(o.id, (list = []));
    const near = list.find((a) => km(a.point, o.point) <= SAME_PLACE_KM);
    if (near) return near.key;
    const key = list.length === 0 ? o.id : `${o.id}--${list.length + 1}`;
    list.push({ key, point: o.point });
    return key;
  }
}
