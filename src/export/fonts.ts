/**
 * The bundled font inside a vector export: `@font-face` rules with data URLs, so the SVG (and the
 * PDF Chromium prints from it) look the same on a machine without Noto Sans Arabic. Only the
 * files whose `unicode-range` the document uses are embedded (the @fontsource split: Arabic,
 * Latin, Latin Extended), the same files and ranges as the map's `font-faces`. Pure.
 */
import { basemapStyle } from '../carto/basemap-style.ts';

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

/** The characters a document draws: the text between its tags (not its title, description, metadata or CSS), entities decoded. */
export function documentText(svg: string): string {
  // <title> and <desc> are read out, never drawn: their characters need no glyph.
  const body = svg.replace(/<(style|metadata|title|desc)\b[\s\S]*?<\/\1>/g, '');
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

/** A build-made subset of one font file (the embed's per-article fonts, `embed/<id>.json` → `fonts`). */
export interface SubsetFont {
  /** File name under `embed/`, e.g. `<id>-ar.woff2` (Arabic file) or `<id>-latin.woff2` (Latin file). */
  file: string;
  /** The characters it holds. */
  unicodeRange: string;
}

/** Joining and bidi controls (ZWNJ … RLM, LRE … RLO, word joiner … PDI). */
const CONTROL_RANGES: [number, number][] = [
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2069],
];

/** Bidi and joining controls: drawn without a glyph, so no font needs to hold them. */
const FORMAT_CHARS = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

/**
 * For each font file the page uses, the article's build-time subset of it when that subset holds
 * every character of the page in the file's range (else the whole file): the per-article subsets
 * cover every character any view of the article can draw (its text and translations, places, events,
 * the basemap's labels, the interface strings, both digit sets), so the browser embeds a few KB
 * instead of the whole file without shipping a subsetter; a character they miss falls back safely.
 */
export function chooseFonts(
  text: string,
  files: readonly FontFile[],
  subsets: readonly SubsetFont[],
): FontFile[] {
  // Control characters (the document's line breaks) need no glyph either.
  const cps = [
    ...new Set([...text].filter((c) => !FORMAT_CHARS.test(c)).map((c) => c.codePointAt(0)!)),
  ].filter((cp) => cp >= 0x20);
  return files.map((f) => {
    const kind = /-arabic-400/.test(f.path) ? '-ar.woff2' : /-latin-400/.test(f.path) ? '-latin.woff2' : null;
    const sub = kind ? subsets.find((x) => x.file.endsWith(kind)) : undefined;
    if (!sub) return f;
    const held = sub.unicodeRange.split(/,\s*/).filter(Boolean).map(parseRange);
    const inFile = cps.filter((cp) => f.ranges.some(([a, b]) => cp >= a && cp <= b));
    const covered = inFile.every((cp) => held.some(([a, b]) => cp >= a && cp <= b));
    if (!covered) return f;
    // The subset claims only its own file's range: a Latin Extended letter asked of the Latin
    // subset has no glyph there, and must still go to the Latin Extended face.
    // Bidi controls stay with the face whose file's range holds them (else Chromium's PDF reaches
    // for a system font for the invisible isolates around dates and URLs).
    const ranges = [...held, ...CONTROL_RANGES].flatMap(([a, b]) =>
      f.ranges.map(([c, d]): [number, number] => [Math.max(a, c), Math.min(b, d)]).filter(([x, y]) => x <= y),
    );
    const hex = (n: number) => n.toString(16).toUpperCase();
    const unicodeRange = ranges
      .map(([x, y]) => (x === y ? `U+${hex(x)}` : `U+${hex(x)}-${hex(y)}`))
      .join(', ');
    return { path: `embed/${sub.file}`, ranges, unicodeRange };
  });
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
