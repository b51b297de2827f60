/**
 * Numeric feature ids for the place sources. MapLibre keys feature-state by feature id in plain
 * objects, so a data id such as `__proto__` must never reach it: every place gets a small integer
 * (its index + 1), looked up through a `Map` in both directions.
 */
export class FeatureIds {
  readonly #toNum = new Map<string, number>();
  readonly #toId: string[] = [];

  constructor(placeIds: Iterable<string>) {
    for (const id of placeIds) {
      if (this.#toNum.has(id)) continue;
      this.#toId.push(id);
      this.#toNum.set(id, this.#toId.length);
    }
  }

  /** The numeric feature id of a place, or undefined for an unknown place. */
  num(placeId: string): number | undefined {
    return this.#toNum.get(placeId);
  }

  /** The place id of a numeric feature id, or undefined. */
  id(num: unknown): string | undefined {
    return typeof num === 'number' && Number.isInteger(num) && num >= 1 ? this.#toId[num - 1] : undefined;
  }

  /** Every numeric id, in place order. */
  all(): number[] {
    return this.#toId.map((_, i) => i + 1);
  }
}
