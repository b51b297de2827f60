/**
 * The furniture every map export carries, as data: title, the selected place and its quote, a
 * legend (symbols, kinds, certainty), scale bar, north arrow, attributions, source line and export
 * time, in the current language. Pure: the canvas (PNG) and SVG writers draw the same content.
 */
import { t, type StringKey } from '../i18n.ts';
import type { ArticleModel, Lang, PlaceFeature } from '../model/types.ts';
import { parseIsoSpan } from '../model/time.ts';
import { formatDate, formatNumber } from '../ui/format.ts';
import type { Digits } from '../state/url-state.ts';
import { articleTitle, BASEMAP_ATTRIBUTION, placeCredits, PRODUCT, sourceLine } from './citation.ts';
import { metresPerCssPx, scaleBar } from './sizes.ts';
import { stripFurniture, type StripFurniture } from './strip.ts';
import { contentLang, language } from '../languages.ts';
import { placeName } from '../model/place-info.ts';

/** Colours of the furniture panels, symbols and text, per theme (PNG and SVG alike). */
export const FURNITURE_COLOURS = {
  light: {
    panel: 'rgba(255,255,255,0.93)',
    ink: '#1d1d1b',
    muted: '#545450',
    accent: '#b3261e',
    line: '#d9d6cf',
    area: '#5b5b8f',
    approx: '#7a4f00',
    halo: '#ffffff',
  },
  dark: {
    panel: 'rgba(16,18,20,0.9)',
    ink: '#f2f1ec',
    muted: '#b8b6ae',
    accent: '#ff8a80',
    line: '#3a3c40',
    area: '#b3b3e6',
    approx: '#ffd27a',
    halo: '#101214',
  },
} as const;

/** `cluster` and `sized` are the atlas page's (a cluster with its count; dots sized by articles). */
export type LegendSymbol =
  'point' | 'approx' | 'circle' | 'area' | 'selected' | 'dimmed' | 'cluster' | 'sized';

export interface Furniture {
  lang: Lang;
  dir: 'rtl' | 'ltr';
  theme: 'light' | 'dark';
  title: string;
  /** e.g. "project's translation" under an English title. */
  titleNote?: string;
  quote?: { place: string; text: string; note?: string; lang: string; dir: 'rtl' | 'ltr' };
  legend?: { heading: string; items: { symbol: LegendSymbol; label: string }[]; lines: string[] };
  /** Scale bar in CSS px of the export, at the centre's latitude. */
  scale: { px: number; label: string };
  /** Degrees the north arrow is turned (minus the map's bearing). */
  north: number;
  northLabel: string;
  credits: string[];
  source: string;
  exported: string;
  /** The timeline strip (events on a time axis), when asked for and the article has events. */
  strip?: StripFurniture;
}

export interface FurnitureInput {
  model: ArticleModel;
  lang: Lang;
  digits: Digits;
  theme: 'light' | 'dark';
  /** Places drawn inside the frame; off-map places are named in the legend. */
  inView: readonly PlaceFeature[];
  offMap: readonly PlaceFeature[];
  selectedPlace: string | null;
  timeRange: { start: number; end: number } | null;
  withQuote: boolean;
  withLegend: boolean;
  /** Draw the timeline strip (off unless asked). */
  withTimeline?: boolean;
  selectedEvent?: string | null;
  /** Which way time runs (the reader's timeline direction). */
  timeDir?: 'ltr' | 'rtl';
  /** Camera of the export: latitude of the centre, zoom, bearing. */
  lat: number;
  zoom: number;
  bearing: number;
  /** Width of the export in CSS px (the scale bar is at most a quarter of it). */
  cssWidth: number;
  exported: Date;
}

const MAX_QUOTE = 280;

/** The passage around a place's first mention (original, or the project's English), trimmed. */
function quoteFor(model: ArticleModel, placeId: string, lang: Lang) {
  const m = model.mentionsByPlace.get(placeId)?.[0];
  const passage = m && model.passageById.get(m.passageId);
  if (!m || !passage) return undefined;
  const original = contentLang(lang) !== 'en' || model.meta.language.startsWith('en');
  const text = original ? model.codePoints.slice(passage.start, passage.end) : passage.translation.en.text;
  const cps = Array.from(text.trim());
  const short = cps.length > MAX_QUOTE ? cps.slice(0, MAX_QUOTE - 1).join('') + '…' : cps.join('');
  return original
    ? { text: short, lang: model.meta.language, dir: model.meta.direction }
    : { text: short, lang: 'en', dir: 'ltr' as const, note: t(lang, 'exTranslationNote') };
}

const day = (ms: number, lang: Lang, digits: Digits) => formatDate(ms, 'day', lang, digits);

/** The furniture for one export. */
export function furniture(input: FurnitureInput): Furniture {
  const { model, lang, digits } = input;
  const dir = language(lang).dir;
  const name = (p: PlaceFeature) => placeName(p, contentLang(lang));
  const selected = input.selectedPlace ? model.placeById.get(input.selectedPlace) : undefined;

  let quote: Furniture['quote'];
  if (input.withQuote && selected) {
    const q = quoteFor(model, selected.id, lang);
    if (q) quote = { place: name(selected), ...q };
  }

  let legend: Furniture['legend'];
  if (input.withLegend) {
    const shown = input.inView;
    const items: { symbol: LegendSymbol; label: string }[] = [];
    const has = (f: (p: PlaceFeature) => boolean) => shown.some(f);
    const isPoint = (p: PlaceFeature) => p.geometry?.type === 'Point';
    if (has((p) => isPoint(p) && !p.properties.approximate))
      items.push({ symbol: 'point', label: t(lang, 'exLegendPoint') });
    if (has((p) => isPoint(p) && p.properties.approximate === true))
      items.push({ symbol: 'approx', label: t(lang, 'exLegendApprox') });
    if (has((p) => p.properties.precision_m != null))
      items.push({ symbol: 'circle', label: t(lang, 'exLegendCircle') });
    if (has((p) => p.geometry != null && !isPoint(p)))
      items.push({ symbol: 'area', label: t(lang, 'exLegendArea') });
    if (selected && shown.includes(selected))
      items.push({ symbol: 'selected', label: t(lang, 'exLegendSelected') });
    if (input.timeRange) items.push({ symbol: 'dimmed', label: t(lang, 'exLegendDimmed') });
    const kinds = [...new Set(shown.map((p) => p.properties.kind))].map((k) =>
      t(lang, `kind_${k}` as StringKey),
    );
    const count = (c: string) =>
      formatNumber(shown.filter((p) => p.properties.certainty === c).length, lang, digits, 0);
    const sep = language(lang).listSeparator;
    const lines = [
      t(lang, 'exKinds', { list: kinds.join(sep) }),
      t(lang, 'exCertainty', { high: count('high'), medium: count('medium'), low: count('low') }),
    ];
    if (input.timeRange)
      lines.push(
        t(lang, 'exTimeFilter', {
          a: day(input.timeRange.start, lang, digits),
          b: day(input.timeRange.end - 1, lang, digits),
        }),
      );
    if (input.offMap.length) lines.push(t(lang, 'exOffMap', { list: input.offMap.map(name).join(sep) }));
    legend = { heading: t(lang, 'exLegend'), items, lines };
  }

  const mpp = metresPerCssPx(input.lat, input.zoom);
  const bar = scaleBar(mpp, Math.min(input.cssWidth / 4, 180));
  const scaleLabel =
    bar.metres >= 1000
      ? t(lang, 'kmAway', { n: formatNumber(bar.metres / 1000, lang, digits, 0) })
      : `${formatNumber(bar.metres, lang, digits, 0)} ${contentLang(lang) === 'ar' ? 'م' : 'm'}`;

  const published = parseIsoSpan(model.meta.published.date, model.meta.published.precision);
  const date = published
    ? formatDate(published.start, model.meta.published.precision, lang, digits)
    : model.meta.published.date;
  const stamp = `${input.exported.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

  return {
    lang,
    dir,
    theme: input.theme,
    title: articleTitle(model, lang),
    titleNote:
      contentLang(lang) === 'en' && model.meta.title.original ? t(lang, 'exTranslationNote') : undefined,
    quote,
    legend,
    scale: { px: bar.px, label: scaleLabel },
    north: -input.bearing,
    northLabel: t(lang, 'exNorth'),
    credits: [BASEMAP_ATTRIBUTION, `Places: ${placeCredits([...input.inView, ...input.offMap]).join(' · ')}`],
    source: t(lang, 'exSourceLine', { s: sourceLine(model, lang, date) }),
    // Isolated (LRI … PDI) so a right-to-left line keeps the date and the version in order.
    exported: t(lang, 'exExportedAt', { t: `\u2066${stamp}\u2069`, p: `\u2066${PRODUCT}\u2069` }),
    strip: input.withTimeline
      ? stripFurniture(model, {
          lang,
          digits,
          timeRange: input.timeRange,
          selectedEvent: input.selectedEvent ?? null,
          timeDir: input.timeDir ?? dir,
        })
      : undefined,
  };
}
