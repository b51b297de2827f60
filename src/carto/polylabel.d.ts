/** Types for `polylabel` 2.1.0 (the package ships none). */
declare module 'polylabel' {
  /** The pole of inaccessibility of `polygon` (outer ring first, then holes), to `precision` units. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
