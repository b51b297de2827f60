/**
 * The export's timeline strip: the article's events (those the exported time filter keeps) as the
 * shared strip layout of `timeline/strip.ts`, with dates in the interface language at their
 * precision ("c." / «حوالي» when approximate), and its two writers: SVG (`<text>` and paths) and the
 * PNG's 2D canvas. Both draw the same display list.
 */
import { t } from '../i18n.ts';
import type { ArticleEvent, ArticleModel, Lang } from '../model/types.ts';
import { DAY, overlaps } from '../model/time.ts';
import type { Digits } from '../state/url-state.ts';
import { dateFormat } from '../ui/format.ts';
import { formatDay, rangeDays } from '../timeline/format.ts';
import { storyDomain } from '../timeline/scale.ts';
import { eventTitle } from '../timeline/event-info.ts';
import {
  layoutStrip,
  type StripColours,
  type StripEvent,
  type StripItem,
  type StripLayout,
} from '../timeline/strip.ts';
import { attrs, esc, fmt, splitColor } from '../static/svg.ts';
import { dir } from '../languages.ts';

/** The strip's content, in the interface language (laid out once the band's width is known). */
export interface StripFurniture {
  events: StripEvent[];
  domain: { start: number; end: number };
  selected: string | null;
  timeDir: 'ltr' | 'rtl';
  dir: 'ltr' | 'rtl';
  heading: string;
  key: string;
  ends: [string, string];
  lang: Lang;
  digits: Digits;
}

/** An event's date as short as its precision allows: "20 Jan 2022", "Jan 2022", "FY 2022", a range. */
export function stripDate(e: ArticleEvent, span: { start: number; end: number }, lang: Lang, digits: Digits) {
  const at = (ms: number) =>
    e.precision === 'month'
      ? dateFormat(lang, digits, { month: 'short', year: 'numeric' }).format(ms)
      : e.precision === 'year'
        ? dateFormat(lang, digits, { year: 'numeric' }).format(ms)
        : formatDay(ms, lang, digits);
  let s: string;
  if (e.precision === 'fiscal-year')
    s = t(lang, 'exStripFiscal', { y: dateFormat(lang, digits, { year: 'numeric' }).format(span.end - 1) });
  else if (e.date.includes('/')) {
    const last = Math.max(span.start, e.precision === 'day' ? span.end - DAY : span.end - 1);
    s = `${at(span.start)} – ${at(last)}`;
  } else s = at(span.start);
  return e.approximate ? t(lang, 'exStripApprox', { d: s }) : s;
}

/** The strip of an export, or undefined when no event falls in the exported time. */
export function stripFurniture(
  model: ArticleModel,
  o: {
    lang: Lang;
    digits: Digits;
    timeRange: { start: number; end: number } | null;
    selectedEvent: string | null;
    timeDir: 'ltr' | 'rtl';
  },
): StripFurniture | undefined {
  const { lang, digits } = o;
  const spans = model.events
    .map((e) => ({ e, span: model.eventSpan.get(e.id) }))
    .filter((x): x is { e: ArticleEvent; span: { start: number; end: number } } => !!x.span)
    .filter((x) => !o.timeRange || overlaps(x.span, o.timeRange));
  if (spans.length === 0) return undefined;
  // Without a filter, the reader's timeline's default view: one long background span (a fiscal
  // year) runs off the ends instead of squeezing the story into a few pixels.
  const story = storyDomain(spans.map((x) => x.span));
  let domain = o.timeRange ?? { start: story[0], end: story[1] };
  if (domain.end - domain.start < DAY) domain = { start: domain.start, end: domain.start + DAY };
  const events: StripEvent[] = spans.map(({ e, span }) => ({
    id: e.id,
    start: span.start,
    end: span.end,
    range:
      e.date.includes('/') ||
      e.precision === 'month' ||
      e.precision === 'year' ||
      e.precision === 'fiscal-year',
    certainty: e.certainty,
    origin: e.origin,
    label: stripDate(e, span, lang, digits),
  }));
  const [a, b] = rangeDays(domain, lang, digits);
  let heading = t(lang, 'exStripHeading', { a, b });
  const sel = o.selectedEvent ? spans.find((x) => x.e.id === o.selectedEvent) : undefined;
  if (sel)
    heading += ` · ${t(lang, 'exStripSelected', {
      d: stripDate(sel.e, sel.span, lang, digits),
      title: eventTitle(sel.e, lang).text,
    })}`;
  return {
    events,
    domain,
    selected: sel ? sel.e.id : null,
    timeDir: o.timeDir,
    dir: dir(lang),
    heading,
    key: t(lang, 'exStripKey'),
    ends: [
      formatDay(domain.start, lang, digits),
      formatDay(Math.max(domain.start, domain.end - DAY), lang, digits),
    ],
    lang,
    digits,
  };
}

/** Every string the strip may draw (to load the font's subsets first). */
export function stripText(s: StripFurniture | undefined): string {
  if (!s) return '';
  return [
    s.heading,
    s.key,
    ...s.ends,
    ...s.events.map((e) => e.label),
    t(s.lang, 'exStripUnlabelled', { n: 7 }, s.digits),
  ].join(' ');
}

/** The strip laid out across `width` CSS px. */
export function stripLayout(
  s: StripFurniture,
  width: number,
  measure: (text: string, px: number) => number,
  colours: StripColours,
): StripLayout {
  return layoutStrip({
    ...s,
    width,
    measure,
    colours,
    unlabelledNote: (n) => t(s.lang, 'exStripUnlabelled', { n }, s.digits),
  });
}

function paint(css: string, key: 'fill' | 'stroke', opacity = 1) {
  const c = splitColor(css);
  const a = c.alpha * opacity;
  return { [key]: c.color, [`${key}-opacity`]: a < 1 ? fmt(a, 3) : undefined };
}

/** The strip as SVG, its top-left corner at (x, y). */
export function stripSvg(layout: StripLayout, x: number, y: number): string {
  const out: string[] = [`<g class="timeline-strip" transform="translate(${fmt(x, 2)} ${fmt(y, 2)})">`];
  for (const it of layout.items) out.push(itemSvg(it));
  out.push('</g>');
  return out.join('');
}

function itemSvg(it: StripItem): string {
  if (it.kind === 'line')
    return `<path${attrs({ d: `M${fmt(it.x1, 2)} ${fmt(it.y1, 2)}L${fmt(it.x2, 2)} ${fmt(it.y2, 2)}`, fill: 'none', ...paint(it.colour, 'stroke'), 'stroke-width': it.width })}/>`;
  if (it.kind === 'text') {
    // text-anchor is relative to the direction: "start" is the right edge of a right-to-left line.
    const anchor =
      it.align === 'center' ? 'middle' : (it.align === 'left') === (it.dir === 'ltr') ? 'start' : 'end';
    return `<text${attrs({
      x: fmt(it.x, 2),
      y: fmt(it.y, 2),
      'font-size': it.px,
      ...paint(it.colour, 'fill'),
      direction: it.dir,
      'xml:lang': it.dir === 'rtl' ? 'ar' : 'en',
      'text-anchor': anchor,
    })}>${esc(it.s)}</text>`;
  }
  const style = {
    ...paint(it.fill, 'fill', it.fillOpacity),
    ...paint(it.stroke, 'stroke'),
    'stroke-width': 1.5,
    'stroke-dasharray': it.dashed ? '2 1.5' : undefined,
    'data-event': it.id,
  };
  if (it.shape === 'circle')
    return `<circle${attrs({ cx: fmt(it.x, 2), cy: fmt(it.y, 2), r: it.size, ...style })}/>`;
  if (it.shape === 'bar')
    return `<rect${attrs({ x: fmt(it.x, 2), y: fmt(it.y - 2.5, 2), width: fmt(it.size, 2), height: 5, rx: 1.5, ...style })}/>`;
  const s = it.size * 1.2;
  return `<path${attrs({ d: `M${fmt(it.x, 2)} ${fmt(it.y - s, 2)}L${fmt(it.x + s, 2)} ${fmt(it.y, 2)}L${fmt(it.x, 2)} ${fmt(it.y + s, 2)}L${fmt(it.x - s, 2)} ${fmt(it.y, 2)}Z`, ...style })}/>`;
}

/** Draws the strip on a canvas, its top-left corner at (x, y) in output px, `u` px per CSS px. */
export function drawStrip(
  ctx: CanvasRenderingContext2D,
  layout: StripLayout,
  x: number,
  y: number,
  u: number,
  fontFamily: string,
): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(u, u);
  for (const it of layout.items) {
    if (it.kind === 'line') {
      ctx.strokeStyle = it.colour;
      ctx.lineWidth = it.width;
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(it.x1, it.y1);
      ctx.lineTo(it.x2, it.y2);
      ctx.stroke();
    } else if (it.kind === 'text') {
      // No bold: the embedded font has one weight, and a synthesised bold prints as a Type 3 font.
      ctx.font = `${it.px}px ${fontFamily}`;
      ctx.fillStyle = it.colour;
      ctx.direction = it.dir;
      ctx.textAlign = it.align;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(it.s, it.x, it.y);
    } else {
      ctx.beginPath();
      if (it.shape === 'circle') ctx.arc(it.x, it.y, it.size, 0, 2 * Math.PI);
      else if (it.shape === 'bar') ctx.roundRect(it.x, it.y - 2.5, it.size, 5, 1.5);
      else {
        const s = it.size * 1.2;
        ctx.moveTo(it.x, it.y - s);
        ctx.lineTo(it.x + s, it.y);
        ctx.lineTo(it.x, it.y + s);
        ctx.lineTo(it.x - s, it.y);
        ctx.closePath();
      }
      ctx.globalAlpha = it.fillOpacity;
      ctx.fillStyle = it.fill;
      if (it.fillOpacity > 0) ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = it.stroke;
      ctx.lineWidth = 1.5;
      ctx.setLineDash(it.dashed ? [2, 1.5] : []);
      ctx.stroke();
    }
  }
  ctx.restore();
}
