/**
 * Reader preferences and the map view: plain types shared by pure modules (timeline maths, map
 * styling, formatting) and by the app state and its URL schema, so none of them depends on the URL.
 */

export type Theme = 'light' | 'dark';
/** Latin (`latn`) or Arabic-Indic (`arab`) digits. */
export type Digits = 'latn' | 'arab';
/** Which way time runs on the timeline; `auto` follows the interface language. */
export type TimeDirection = 'auto' | 'ltr' | 'rtl';

export interface MapView {
  /** [lon, lat] */
  center: [number, number];
  zoom: number;
}
