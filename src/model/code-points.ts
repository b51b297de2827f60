/**
 * A text addressed by code points (the data contract's offsets) without an array of them (issue
 * 19.7). `Array.from(text)` costs one heap string per code point — about 30 bytes each, 845 MB kept
 * for a 52 MB text; this keeps the text and the code-point index of each astral character (the only
 * ones that take two UTF-16 units), usually none, and converts an offset with a binary search.
 */
export class CodePoints {
  /** The number of code points. */
  readonly length: number;
  readonly #text: string;
  /** Code-point index of each astral (surrogate-pair) character, ascending. */
  readonly #astral: Int32Array;

  constructor(text: string) {
    this.#text = text;
    const astral: number[] = [];
    let cp = 0;
    for (let i = 0; i < text.length; i++, cp++) {
      const u = text.charCodeAt(i);
      if (u >= 0xd800 && u < 0xdc00 && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next < 0xe000) {
          astral.push(cp);
          i++;
        }
      }
    }
    this.length = cp;
    this.#astral = Int32Array.from(astral);
  }

  /** The UTF-16 offset of code-point offset `cp` (clamped to [0, length]). */
  utf16(cp: number): number {
    const at = Math.max(0, Math.min(this.length, Math.trunc(cp)));
    const a = this.#astral;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return at + lo;
  }

  /** The text of code points `[start, end)`, clamped as `Array.prototype.slice` would not need to be. */
  slice(start: number, end: number = this.length): string {
    const s = start < 0 ? this.length + start : start;
    const e = end < 0 ? this.length + end : end;
    return e <= s ? '' : this.#text.slice(this.utf16(s), this.utf16(e));
  }

  /** The code point at `i`, or undefined outside the text. */
  at(i: number): string | undefined {
    return i >= 0 && i < this.length ? this.slice(i, i + 1) : undefined;
  }
}
