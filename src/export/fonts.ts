/**
 * The bundled font inside a vector export: `@font-face` rules with data URLs, so the SVG (and the
 * PDF Chromium prints from it) look the same on a machine without Noto Sans Arabic. Only the
 * files whose `unicode-range` the document uses are embedded (the @fontsource split: Arabic,
 * Latin, Latin Extended), the same files and ranges as the map's `font-faces`. Pure.
 */
import { basemapStyle } from '../map/basemap-style.ts';

export const EXPORT_FONT_FAMILY = 'Noto Sans Arabic';

export interface FontFile {
  /** Path relative to the app's root, e.g. `fonts/noto-sans-arabic-arabic-400-normal.woff2`. */
  path: string;
  ranges: [number, number][];
  unicodeRange: string;
}

const parseRange = (r: string): [number, number] => {
  const [a, b] = r.replace(/^U\+/i, '').split('-');
  return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
};

/** The font files, from the basemap style's `font-faces` (one list for the map and the exports). */
export function fontFiles(): FontFile[] {
  const faces = basemapStyle({ baseUrl: '', theme: 'light', lang: 'en' })['font-faces'] as Record<
    string,
    { url: string; 'unicode-range': string[] }[]
  >;
  return Object.values(faces)
    .flat()
    .map((f) => ({
      path: f.url,
      ranges: f['unicode-range'].map(parseRange),
      unicodeRange: f['unicode-range'].join(', '),
    }));
}

/** The characters a document draws: the text between its tags, entities decoded. */
export function documentText(svg: string): string {
  const body = svg.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<metadata[\s\S]*?<\/metadata>/g, '');
  let out = '';
  for (const m of body.matchAll(/>([^<]+)</g)) out += m[1];
  return out
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The files whose ranges cover at least one character of `text`. */
export function filesFor(text: string, files = fontFiles()): FontFile[] {
  const cps = new Set<number>();
  for (const ch of text) cps.add(ch.codePointAt(0)!);
  return files.filter((f) => [...cps].some((cp) => f.ranges.some(([a, b]) => cp >= a && cp <= b)));
}

/** `@font-face` rules for files given as base64 woff2. */
export function fontFaceCss(files: readonly { file: FontFile; base64: string }[]): string {
  return files
    .map(
      ({ file, base64 }) =>
        `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-style:normal;font-weight:400;` +
        `src:url(data:font/woff2;base64,${base64}) format('woff2');unicode-range:${file.unicodeRange}}`,
    )
    .join('\n');
}

/** Puts `css` into the document's `<style>` (after `<metadata>`, before any drawing). */
export function withFontCss(svg: string, css: string): string {
  if (!css) return svg;
  const cdata = `<![CDATA[${css.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
  const at = svg.indexOf('</metadata>');
  const i = at >= 0 ? at + '</metadata>'.length : svg.indexOf('>', svg.indexOf('<svg')) + 1;
  return `${svg.slice(0, i)}<defs><style>${cdata}</style></defs>${svg.slice(i)}`;
}

/**
 * For print and PDF: labels without their halo. Chromium writes stroked text as Type 3 fonts, a
 * second copy of every label that text extraction reads interleaved with the first ("الالقق").
 */
export const PRINT_CSS = 'text{stroke:none}';
