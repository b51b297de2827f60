/**
 * The scale bar's maths and label: a round distance (1, 2, 3, 5 × 10ⁿ) that fits `maxWidth` px at the
 * view's centre, labelled in the interface language with its own digits ("٢٠ كم", "20 km").
 */
import type { Lang } from '../model/types.ts';
import type { Digits } from '../model/prefs.ts';
import { locale } from '../ui/format.ts';

/** The largest 1, 2, 3 or 5 × 10ⁿ not above `n` (n > 0). */
export function roundDown(n: number): number {
  const pow = 10 ** Math.floor(Math.log10(n));
  const d = n / pow;
  return pow * (d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1);
}

export interface ScaleBar {
  /** The bar's length in px. */
  width: number;
  value: number;
  unit: 'meter' | 'kilometer';
}

/** The scale bar for `metersPerPixel` (at the view's centre), at most `maxWidth` px wide. */
export function scaleBar(metersPerPixel: number, maxWidth = 100): ScaleBar | null {
  if (!(metersPerPixel > 0) || !Number.isFinite(metersPerPixel)) return null;
  const maxMeters = metersPerPixel * maxWidth;
  const meters = roundDown(maxMeters);
  const km = meters >= 1000;
  return {
    width: meters / metersPerPixel,
    value: km ? meters / 1000 : meters,
    unit: km ? 'kilometer' : 'meter',
  };
}

const formats = new Map<string, Intl.NumberFormat>();

/** "20 km", "٢٠ كم", "500 م" … */
export function scaleLabel(bar: ScaleBar, lang: Lang, digits: Digits = 'latn'): string {
  const key = `${lang}|${digits}|${bar.unit}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang, digits), { style: 'unit', unit: bar.unit, unitDisplay: 'short' });
    formats.set(key, f);
  }
  return f.format(bar.value);
}

/** Metres per CSS pixel at latitude `lat` and zoom `zoom` (512 px tiles, Web Mercator). */
export function metersPerPixel(lat: number, zoom: number): number {
  return (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
