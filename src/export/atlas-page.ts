/**
 * The atlas view's export page (issue 20.4): every place of every article on one map, drawn as the
 * atlas map draws it (places clustered at low zoom with their count of places, a place's dot sized
 * by the articles that report it), with a key that says what a cluster, a count and a dot mean,
 * the collection's counts, credits and export time. The same page layout as the article export
 * (`svg-layout.ts`: title band, map, key band; SVG, and the PNG and PDF made from it); the
 * clusters are drawn over the static renderer's basemap by {@link clusterSvg}. Pure (node and browser).
 */
import { t } from '../i18n.ts';
import type { Lang } from '../model/types.ts';
import type { Digits } from '../state/url-state.ts';
import { formatDate, formatNumber } from '../ui/format.ts';
import { contentLang, language } from '../languages.ts';
import type { Summary, SummaryPlace } from '../collection/format.ts';
import { viewProjection, type StaticView } from '../static/camera.ts';
import { attrs, esc, fmt } from '../static/svg.ts';
import { BASEMAP_CREDITS, BASEMAP_ATTRIBUTION, NO_PERMALINK, PRODUCT } from './citation.ts';
import { FURNITURE_COLOURS, type Furniture } from './furniture.ts';
import { metresPerCssPx, scaleBar } from './sizes.ts';
import { layoutVector } from './svg-layout.ts';
import { pageSize, type VectorInput, type VectorResult } from './vector.ts';
import {
  CLUSTER_CIRCLE,
  CLUSTER_MAX_ZOOM,
  CLUSTER_RADIUS,
  DOT_RADIUS_STOPS,
} from '../carto/cluster-layers.ts';

/** A drawn mark: a cluster of `places` places, or one place (`key`) reported in `n` articles. */
export type AtlasMark =
  | { kind: 'cluster'; x: number; y: number; places: number }
  | { kind: 'place'; x: number; y: number; key: string; n: number; name: string };

/** The atlas map's dot radius for a place reported in `n` articles (its `DOT_RADIUS_STOPS`, clamped). */
export function dotRadius(n: number): number {
  const s = DOT_RADIUS_STOPS;
  if (n <= s[0]![0]) return s[0]![1];
  for (let i = 1; i < s.length; i++) {
    const [n0, r0] = s[i - 1]!;
    const [n1, r1] = s[i]!;
    if (n <= n1) return r0 + ((n - n0) / (n1 - n0)) * (r1 - r0);
  }
  return s[s.length - 1]![1];
}

/** The atlas map's cluster radius for `count` places (its `CLUSTER_CIRCLE` steps). */
export function clusterRadius(count: number): number {
  let r: number = CLUSTER_CIRCLE.first;
  for (const [from, px] of CLUSTER_CIRCLE.steps) if (count >= from) r = px;
  return r;
}

/**
 * Greedy radius clustering in screen px (as supercluster does at one zoom): the most reported
 * place not yet taken gathers every free place within `radius`; a group of one stays a place.
 * Only places inside the view (with a margin of `radius`) are drawn.
 */
export function clusterAtlas(
  places: readonly SummaryPlace[],
  view: StaticView,
  lang: Lang,
  radius = CLUSTER_RADIUS,
): AtlasMark[] {
  const project = viewProjection(view);
  const { width: W, height: H } = view.size;
  const pts = places
    .map((p) => {
      const [x, y] = project([p[1], p[2]])!;
      return { p, x, y };
    })
    .filter(({ x, y }) => x >= -radius && y >= -radius && x < W + radius && y < H + radius)
    .sort((a, b) => b.p[3] - a.p[3] || (a.p[0] < b.p[0] ? -1 : a.p[0] > b.p[0] ? 1 : 0));
  const name = (p: SummaryPlace) => (contentLang(lang) === 'ar' ? p[4] || p[5] : p[5] || p[4]);
  const single = (q: (typeof pts)[number]): AtlasMark => ({
    kind: 'place',
    x: q.x,
    y: q.y,
    key: q.p[0],
    n: q.p[3],
    name: name(q.p),
  });
  if (view.camera.zoom > CLUSTER_MAX_ZOOM) return pts.map(single);
  const cell = (v: number) => Math.floor(v / radius);
  const grid = new Map<string, number[]>();
  pts.forEach((q, i) => {
    const k = `${cell(q.x)},${cell(q.y)}`;
    let list = grid.get(k);
    if (!list) grid.set(k, (list = []));
    list.push(i);
  });
  const taken = new Uint8Array(pts.length);
  const out: AtlasMark[] = [];
  pts.forEach((q, i) => {
    if (taken[i]) return;
    taken[i] = 1;
    const group = [q];
    for (let gx = cell(q.x) - 1; gx <= cell(q.x) + 1; gx++)
      for (let gy = cell(q.y) - 1; gy <= cell(q.y) + 1; gy++)
        for (const j of grid.get(`${gx},${gy}`) ?? []) {
          if (taken[j]) continue;
          const o = pts[j]!;
          if (Math.hypot(o.x - q.x, o.y - q.y) <= radius) {
            taken[j] = 1;
            group.push(o);
          }
        }
    if (group.length === 1) out.push(single(q));
    else {
      const x = group.reduce((s, g) => s + g.x, 0) / group.length;
      const y = group.reduce((s, g) => s + g.y, 0) / group.length;
      out.push({ kind: 'cluster', x, y, places: group.length });
    }
  });
  return out;
}

/** The marks as SVG, in the map's pixel space: clusters with their count, dots with their names. */
export function clusterSvg(
  marks: readonly AtlasMark[],
  o: { theme: 'light' | 'dark'; lang: Lang; digits: Digits; labels?: boolean },
): string {
  const c = FURNITURE_COLOURS[o.theme];
  const out: string[] = ['<g class="atlas-marks">'];
  // Dots first, clusters over them; labels last, only for places with room (no overlap check: the
  // live map hides colliding labels, a print keeps the 40 most reported).
  for (const m of marks)
    if (m.kind === 'place')
      out.push(
        `<circle${attrs({ cx: fmt(m.x, 2), cy: fmt(m.y, 2), r: fmt(dotRadius(m.n), 2), fill: c.accent, stroke: c.halo, 'stroke-width': 1.5 })}/>`,
      );
  for (const m of marks)
    if (m.kind === 'cluster') {
      out.push(
        `<circle${attrs({ cx: fmt(m.x, 2), cy: fmt(m.y, 2), r: clusterRadius(m.places), fill: c.accent, 'fill-opacity': 0.85, stroke: c.halo, 'stroke-width': 2 })}/>`,
        `<text${attrs({ x: fmt(m.x, 2), y: fmt(m.y + 4.5, 2), 'font-size': 13, 'text-anchor': 'middle', fill: c.halo })}>${esc(formatNumber(m.places, o.lang, o.digits, 0))}</text>`,
      );
    }
  if (o.labels !== false) {
    const named = marks
      .filter((m): m is Extract<AtlasMark, { kind: 'place' }> => m.kind === 'place')
      .sort((a, b) => b.n - a.n)
      .slice(0, 40);
    for (const m of named)
      out.push(
        `<text${attrs({ x: fmt(m.x, 2), y: fmt(m.y + dotRadius(m.n) + 13, 2), 'font-size': 12, 'text-anchor': 'middle', fill: c.ink, stroke: c.halo, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' })}>${esc(m.name)}</text>`,
      );
  }
  out.push('</g>');
  return out.join('');
}

/** The article page's view, look and stamps (`VectorInput`), with the collection instead of an article. */
export interface AtlasPageInput extends Pick<
  VectorInput,
  'lang' | 'theme' | 'digits' | 'camera' | 'size' | 'basemap' | 'permalink' | 'now' | 'measure'
> {
  summary: { counts: Summary['counts']; places: readonly SummaryPlace[] };
  /** Half-open time filter of the view, if any (the places shown are then the filtered ones). */
  timeRange?: { start: number; end: number } | null;
}

/** The article page's result (size, metadata, layout) with the atlas's marks instead of its places. */
export interface AtlasPageResult extends Omit<VectorResult, 'places'> {
  marks: AtlasMark[];
}

/** The furniture of the atlas page: title, the key (cluster, count, dot), counts, credits. */
export function atlasFurniture(input: AtlasPageInput, cssWidth: number): Furniture {
  const { lang, digits } = input;
  const n = (v: number) => formatNumber(v, lang, digits, 0);
  const { counts } = input.summary;
  const lines = [
    t(lang, 'exAtlasCounts', {
      articles: n(counts.articles),
      places: n(counts.places),
      mentions: n(counts.mentions),
    }),
  ];
  if (input.timeRange)
    lines.push(
      t(lang, 'exTimeFilter', {
        a: formatDate(input.timeRange.start, 'day', lang, digits),
        b: formatDate(input.timeRange.end - 1, 'day', lang, digits),
      }),
    );
  const bar = scaleBar(
    metresPerCssPx(input.camera.center[1], input.camera.zoom),
    Math.min(cssWidth / 4, 180),
  );
  const stamp = `${input.now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return {
    lang,
    dir: language(lang).dir,
    theme: input.theme,
    title: t(lang, 'exAtlasTitle', { n: counts.articles }),
    legend: {
      heading: t(lang, 'exLegend'),
      items: [
        { symbol: 'cluster', label: t(lang, 'exLegendCluster') },
        { symbol: 'sized', label: t(lang, 'exLegendSized') },
      ],
      lines,
    },
    scale: { px: bar.px, label: '' },
    north: 0,
    northLabel: t(lang, 'exNorth'),
    credits: [BASEMAP_ATTRIBUTION, t(lang, 'exAtlasPlaces')],
    source: t(lang, 'exAtlasSource'),
    exported: t(lang, 'exExportedAt', { t: `\u2066${stamp}\u2069`, p: `\u2066${PRODUCT}\u2069` }),
  };
}

/** The atlas view's export page (SVG; the PNG and PDF are drawn from it). */
export function atlasVectorExport(input: AtlasPageInput): AtlasPageResult {
  const page = pageSize(input.size);
  const f = atlasFurniture(input, page.width);
  const metadata: [string, string][] = [
    ['Title', f.title],
    input.permalink ? ['Permalink', input.permalink] : ['Comment', NO_PERMALINK],
    ['Source', 'Every article of the site: the places each article reports, as reviewed in it'],
    ['Copyright', BASEMAP_CREDITS.map((c) => `Basemap: ${c.text} (${c.licence})`).join('\n')],
    ['Creation Time', input.now.toISOString()],
    ['Software', PRODUCT],
  ];
  let marks: AtlasMark[] = [];
  const layout = layoutVector({
    furniture: f,
    width: page.width,
    height: page.height,
    mm: page.mm,
    camera: input.camera,
    basemap: input.basemap,
    places: [],
    digits: input.digits,
    citation: metadata,
    measure: input.measure,
    overlay: (view) => {
      marks = clusterAtlas(input.summary.places, view, input.lang);
      return clusterSvg(marks, { theme: input.theme, lang: input.lang, digits: input.digits });
    },
  });
  return { ...layout, ...page, metadata, marks };
}
