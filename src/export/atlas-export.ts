/**
 * The atlas view's export in the browser (issue 20.4), loaded on first use by the atlas's Export
 * menu: the page of `atlas-page.ts` (every place of the view, clustered, with its key) framed on
 * the places shown, its basemap tiles and its font embedded as the article's vector export does
 * (`vector-export.ts`), saved as SVG, as PNG (the same page rasterised, the citation in its text
 * chunks) or printed to PDF ("Print / Save as PDF", as the article export's print).
 */
import type { Lang } from '../model/types.ts';
import type { Summary, SummaryPlace } from '../collection/format.ts';
import { cameraForBounds, type StaticCamera } from '../static/camera.ts';
import { fetchTileLoader, loadBasemap } from '../static/tiles.ts';
import { atlasVectorExport, type AtlasPageInput } from './atlas-page.ts';
import { chooseFonts, documentText, fontFaceCss, filesFor, withFontCss } from './fonts.ts';
import { fetchBase64, fontMeasure } from './vector-export.ts';
import { rasterise } from './page-png.ts';
import { withTextChunks } from './png-chunks.ts';
import { download } from './api.ts';
import { resolveSize, type ExportSize } from './sizes.ts';
import './atlas-print.css';

export type AtlasFormat = 'svg' | 'png' | 'pdf';

/** The atlas's opening view (`AtlasMap.svelte`), for a view without places. */
const OPENING: StaticCamera = { center: [38, 33], zoom: 3 };

/** A4 landscape at 150 dpi, the article export's default page. */
export function atlasPageSize(): ExportSize {
  const r = resolveSize({ kind: 'preset', id: 'a4-150' }, { width: 1280, height: 800 });
  if ('error' in r) throw new Error(r.error);
  return r.ok;
}

/** The camera that frames `places` on a page of `size` CSS px. */
export function atlasCamera(
  places: readonly SummaryPlace[],
  size: { width: number; height: number },
): StaticCamera {
  if (!places.length) return OPENING;
  const lons = places.map((p) => p[1]);
  const lats = places.map((p) => p[2]);
  const b: [number, number, number, number] = [
    Math.min(...lons),
    Math.min(...lats),
    Math.max(...lons),
    Math.max(...lats),
  ];
  // A single place (or a tight group) is shown with its region, not at street level.
  return cameraForBounds(b, size, Math.min(size.width, size.height) / 6, 7);
}

export interface AtlasExportRequest {
  summary: Pick<Summary, 'counts'>;
  /** The places the view shows (after its time filter). */
  places: readonly SummaryPlace[];
  lang: Lang;
  theme: 'light' | 'dark';
  timeRange: { start: number; end: number } | null;
  permalink: string;
  format: AtlasFormat;
}

/** Builds the page (with its tiles and font) and saves or prints it; resolves with the file name. */
export async function exportAtlas(r: AtlasExportRequest): Promise<string> {
  const size = atlasPageSize();
  const css = { width: size.width / size.ratio, height: size.height / size.ratio };
  const input: AtlasPageInput = {
    summary: { counts: r.summary.counts, places: r.places },
    lang: r.lang,
    theme: r.theme,
    digits: 'latn',
    camera: atlasCamera(r.places, css),
    size,
    basemap: null,
    timeRange: r.timeRange,
    permalink: r.permalink,
    now: new Date(),
    measure: await fontMeasure('Article Atlas أطلس 0123456789'),
  };
  const plan = atlasVectorExport(input);
  const basemap = await loadBasemap(plan.view, fetchTileLoader(new URL('./', location.href).href), {
    margin: 64,
  });
  const page = atlasVectorExport({ ...input, basemap });
  const text = documentText(page.svg);
  const files = chooseFonts(text, filesFor(text), []);
  const fonts = fontFaceCss(
    await Promise.all(files.map(async (file) => ({ file, base64: await fetchBase64(file.path) }))),
  );
  const svg = withFontCss(page.svg, fonts);
  const name = `article-atlas-${r.lang}.${r.format}`;
  if (r.format === 'svg') download(name, svg, 'svg');
  else if (r.format === 'png')
    download(name, withTextChunks(await rasterise(svg, size.width, size.height), page.metadata), 'png');
  else await printPage(svg);
  document.body.dataset.atlasExport = r.format;
  return name;
}

/** Prints the page alone (the browser's "Save as PDF"), then removes it. */
async function printPage(svg: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const box = document.createElement('div');
  box.className = 'atlas-print-page';
  const img = new Image();
  img.alt = '';
  img.src = url;
  box.append(img);
  document.body.append(box);
  document.documentElement.classList.add('atlas-printing');
  try {
    await img.decode();
    window.print();
  } finally {
    document.documentElement.classList.remove('atlas-printing');
    box.remove();
    URL.revokeObjectURL(url);
  }
}
