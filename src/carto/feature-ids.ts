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

/** FNV-1a (32-bit) of `s`, from `basis`. */
function fnv(s: string, basis: number): number {
  let h = basis;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The feature id of an atlas place, from its key alone (48 bits of two FNV-1a hashes): the build
 * writes it into the collection's tiles and the live map computes it from a key without any list of
 * places, so the first view needs none. A positive integer below 2^48; two of 20,000 keys collide
 * with a probability near 10^-6 (both would then share a highlight, nothing else).
 */
export function placeFeatureId(key: string): number {
  return fnv(key, 0x811c9dc5) * 0x10000 + (fnv(key, 0x050c5d1f) & 0xffff) + 1;
}
