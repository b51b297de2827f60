/**
 * Map furniture for the static renderer: the scale bar (MapLibre's `ScaleControl` maths), the
 * attribution line and the north arrow.
 */
import type { Digits } from '../model/prefs.ts';
import { formatNumber } from '../ui/format.ts';
import { PALETTES } from '../carto/basemap-style.ts';
import attribution from '../../geodata/basemap/attribution.json' with { type: 'json' };
import { metresPerPixel, type StaticView } from './camera.ts';
import { attrs, esc, fmt } from './svg.ts';
import { layoutText, wrap } from './text.ts';
import type { FurnitureContext } from './render.ts';
import { contentLang, isRtl } from '../languages.ts';
import type { Lang } from '../model/types.ts';

/** MapLibre's `getRoundNum`: the largest 1, 2, 3 or 5 × 10ⁿ not above `n`. */
export function roundNumber(n: number): number {
  const pow10 = 10 ** (String(Math.floor(n)).length - 1);
  let d = n / pow10;
  d = d >= 10 ? 10 : d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : d >= 1 ? 1 : Math.round(d * 10) / 10;
  return pow10 * d;
}

/** Length (px) and label of a metric scale bar at most `maxWidth` px long, at the view's centre. */
export function scaleBarSpec(
  view: StaticView,
  lang: Lang,
  digits: Digits = 'latn',
  maxWidth = 100,
): { width: number; label: string } {
  const maxMetres = metresPerPixel(view.camera) * maxWidth;
  const km = maxMetres >= 1000;
  const value = roundNumber(km ? maxMetres / 1000 : maxMetres);
  const metres = km ? value * 1000 : value;
  const width = (maxWidth * metres) / maxMetres;
  const ar = contentLang(lang) === 'ar';
  const unit = km ? (ar ? 'كم' : 'km') : ar ? 'م' : 'm';
  return { width, label: `${formatNumber(value, lang, digits, 1)} ${unit}` };
}

/** The scale bar at the bottom start corner (left in English, right in Arabic). */
export function scaleBar(view: StaticView, ctx: FurnitureContext, digits: Digits): string {
  const { width, label } = scaleBarSpec(view, ctx.lang, digits);
  const rtl = isRtl(ctx.lang);
  const margin = 10;
  const x0 = rtl ? ctx.width - margin - width : margin;
  const y = ctx.height - margin;
  const tick = 6;
  const d = `M${fmt(x0)} ${fmt(y - tick)}V${fmt(y)}H${fmt(x0 + width)}V${fmt(y - tick)}`;
  return (
    `<g class="scale-bar">` +
    `<path${attrs({ d, fill: 'none', stroke: ctx.paper, 'stroke-width': 4, 'stroke-linejoin': 'round', 'stroke-opacity': 0.85 })}/>` +
    `<path${attrs({ d, fill: 'none', stroke: ctx.ink, 'stroke-width': 1.5 })}/>` +
    `<text${attrs({
      x: fmt(x0 + width / 2),
      y: fmt(y - 4),
      'font-size': 11,
      'text-anchor': 'middle',
      direction: rtl ? 'rtl' : 'ltr',
      'xml:lang': ctx.lang,
      fill: ctx.ink,
      stroke: ctx.paper,
      'stroke-width': 3,
      'paint-order': 'stroke',
      'stroke-linejoin': 'round',
    })}>${label}</text></g>`
  );
}

/** The basemap's credits (and `extra`), wrapped, at the bottom end corner. */
export function attributionLine(ctx: FurnitureContext, extra: readonly string[]): string {
  const parts = [attribution.text, ...extra];
  const size = 10;
  const maxWidth = Math.max(120, ctx.width - 150);
  const lines = wrap(parts.join(' · '), size, maxWidth / size);
  const rtl = isRtl(ctx.lang);
  const lh = size * 1.25;
  const pad = 4;
  const width = Math.min(maxWidth, Math.max(...lines.map((l) => measureLine(l, size)))) + 2 * pad;
  const height = lines.length * lh + 2 * pad;
  const x0 = rtl ? 0 : ctx.width - width;
  const y0 = ctx.height - height;
  const p = PALETTES[ctx.theme];
  const tspans = lines
    .map(
      (line, i) =>
        `<tspan x="${fmt(rtl ? x0 + pad : ctx.width - pad)}" y="${fmt(y0 + pad + (i + 0.78) * lh)}">${esc(line)}${i < lines.length - 1 ? ' ' : ''}</tspan>`,
    )
    .join('');
  return (
    `<g class="attribution"><rect${attrs({ x: fmt(x0), y: fmt(y0), width: fmt(width), height: fmt(height), fill: p.land, 'fill-opacity': 0.8 })}/>` +
    `<text${attrs({ 'font-size': size, fill: p.textMuted, 'text-anchor': rtl ? 'start' : 'end', direction: 'ltr', 'xml:lang': 'en' })}>${tspans}</text></g>`
  );
}

const measureLine = (s: string, size: number) => layoutText([s], 0, 0, size, 'left', [0, 0]).box.x1;

/** A north arrow at the top end corner. */
export function northArrow(ctx: FurnitureContext): string {
  const x = isRtl(ctx.lang) ? 22 : ctx.width - 22;
  const y = 26;
  return (
    `<g class="north-arrow" transform="translate(${fmt(x)} ${fmt(y)})">` +
    `<path d="M0 -14L7 8L0 4L-7 8z"${attrs({ fill: ctx.ink, stroke: ctx.paper, 'stroke-width': 1.5, 'paint-order': 'stroke' })}/>` +
    `<text${attrs({ y: 21, 'font-size': 11, 'text-anchor': 'middle', fill: ctx.ink })}>${contentLang(ctx.lang) === 'ar' ? 'ش' : 'N'}</text></g>`
  );
}
