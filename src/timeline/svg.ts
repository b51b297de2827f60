/**
 * The timeline as a standalone SVG string (golden-file tested, usable in exports), and the styles
 * that give marks their meaning, shared with the live component:
 * - origin: stated in the article = ink and a diamond (bars square-ended); outside context = the
 *   context colour and a circle (bars round-ended);
 * - certainty: high = solid fill; medium = hatched fill; low = faint fill, dashed outline.
 */
import type { Lang } from '../model/types.ts';
import type { Digits } from '../model/prefs.ts';
import { clipArrowPath, instantPath, layoutTimeline, r1, type Layout, type TimelineInput } from './layout.ts';
import { storyDomain, type TimeDir } from './scale.ts';
import { dir } from '../languages.ts';

/** Styles for the marks (class names `tl-*`), themed through the app's CSS variables. */
export const TIMELINE_CSS = `
.tl-mark { --c: var(--ink, #1d1d1b); }
.tl-mark.context { --c: var(--context, #5b5b8f); }
.tl-shape { stroke: var(--c); stroke-width: 1.5; }
.tl-mark.high .tl-shape { fill: var(--c); }
.tl-mark.medium .tl-shape { fill: url(#tl-hatch-article); }
.tl-mark.medium.context .tl-shape { fill: url(#tl-hatch-context); }
.tl-mark.low .tl-shape { fill: var(--c); fill-opacity: 0.14; stroke-dasharray: 3 2; }
.tl-band { fill: var(--c); opacity: 0.18; }
.tl-arrow { fill: var(--panel, #fff); stroke: var(--c); stroke-width: 1; }
.tl-mark.high .tl-arrow { fill: var(--panel, #fff); stroke: none; }
.tl-label { font-size: 11px; fill: var(--ink, #1d1d1b); paint-order: stroke; stroke: var(--panel, #fff); stroke-width: 3px; stroke-linejoin: round; }
.tl-mark.high .tl-label { fill: var(--panel, #fff); stroke: none; }
.tl-hatch-bg { fill: var(--panel, #fff); }
.tl-hatch-line { stroke-width: 2; }
#tl-hatch-article .tl-hatch-line { stroke: var(--ink, #1d1d1b); }
#tl-hatch-context .tl-hatch-line { stroke: var(--context, #5b5b8f); }
.tl-pub { stroke: var(--accent, #b3261e); stroke-width: 1.5; stroke-dasharray: 4 3; }
.tl-pub-label { font-size: 10.5px; fill: var(--accent, #b3261e); }
.tl-axis line, .tl-axis path { stroke: var(--line, #d9d6cf); }
.tl-axis text { font-size: 10.5px; fill: var(--muted, #545450); }
`;

/** The hatch patterns the medium-certainty fills use. */
export const TIMELINE_DEFS = ['article', 'context']
  .map(
    (o) =>
      `<pattern id="tl-hatch-${o}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect class="tl-hatch-bg" width="5" height="5"/><line class="tl-hatch-line" x1="1" y1="0" x2="1" y2="5"/></pattern>`,
  )
  .join('');

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Marks of a layout as SVG markup (no interactivity). */
export function marksSvg(layout: Layout): string {
  return layout.marks
    .map((m) => {
      const cls = `tl-mark ${m.item.origin} ${m.item.certainty}`;
      const parts: string[] = [];
      if (m.kind === 'range') {
        const rx = m.item.origin === 'context' ? r1(m.h / 2) : 1;
        parts.push(
          `<rect class="tl-shape" x="${r1(m.x)}" y="${r1(m.y)}" width="${r1(m.w)}" height="${r1(m.h)}" rx="${rx}"/>`,
        );
        if (m.clipped.left) parts.push(`<path class="tl-arrow" d="${clipArrowPath(m, 'left')}"/>`);
        if (m.clipped.right) parts.push(`<path class="tl-arrow" d="${clipArrowPath(m, 'right')}"/>`);
        if (m.text)
          parts.push(
            `<text class="tl-label" x="${r1(m.text.x)}" y="${r1(m.cy + 4)}" text-anchor="${m.text.anchor}" direction="${m.text.dir}" lang="${m.item.labelLang}">${esc(m.text.value)}</text>`,
          );
      } else {
        if (m.band)
          parts.push(
            `<rect class="tl-band" x="${r1(m.band.x)}" y="${r1(m.cy - 1)}" width="${r1(m.band.w)}" height="2"/>`,
          );
        parts.push(`<path class="tl-shape" d="${instantPath(m)}"/>`);
      }
      return `<g class="${cls}" data-event="${esc(m.id)}"><title>${esc(`${m.item.label} — ${m.item.dateLabel}`)}</title>${parts.join('')}</g>`;
    })
    .join('\n');
}

/** The axis (ticks and labels) of a layout as SVG markup. */
export function axisSvg(layout: Layout): string {
  const { plot, axisY } = layout;
  const ticks = layout.ticks
    .map(
      (t) =>
        `<g transform="translate(${r1(t.x)},0)"><line y2="5"/><text y="16" text-anchor="middle">${esc(t.label)}</text></g>`,
    )
    .join('');
  return `<g class="tl-axis" transform="translate(0,${r1(axisY)})"><path d="M${r1(plot.left)},0H${r1(plot.right)}"/>${ticks}</g>`;
}

/**
 * The article's timeline as an SVG document string: the default (story) view unless `view` is given.
 * Pure and deterministic for a given input, size, language and direction.
 */
export function renderTimelineSvg(
  input: TimelineInput,
  o: {
    width: number;
    height: number;
    lang: Lang;
    dir: TimeDir;
    digits?: Digits;
    view?: readonly [number, number];
  },
): string {
  const view = o.view ?? storyDomain(input.items);
  const layout = layoutTimeline(input, { ...o, view });
  const pub = layout.published
    ? `<g class="tl-published"><line class="tl-pub" x1="${r1(layout.published.x)}" x2="${r1(layout.published.x)}" y1="${layout.plot.top - 4}" y2="${r1(layout.axisY)}"/><text class="tl-pub-label" x="${r1(layout.published.labelX)}" y="${layout.plot.top - 6}" text-anchor="middle">${esc(layout.published.label)}</text></g>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" direction="${dir(o.lang)}" font-family="sans-serif">`,
    `<style>${TIMELINE_CSS}</style>`,
    `<defs>${TIMELINE_DEFS}</defs>`,
    axisSvg(layout),
    pub,
    marksSvg(layout),
    '</svg>',
    '',
  ].join('\n');
}
