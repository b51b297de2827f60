/**
 * Node only (the CLI and the bench): the vector PDF is Chromium's print of the SVG page
 * (`page.pdf()`: paths stay paths, the embedded font is subset into the PDF, Arabic is shaped and
 * extracts in logical order), then pdf-lib writes the citation into the document information
 * dictionary, which Chromium fills only with its own Creator/Producer.
 */
import type { BrowserContext } from 'playwright-core';
import { PDFDocument, PDFHexString, PDFName, type PDFDict } from 'pdf-lib';
import subsetFont from 'subset-font';
import { documentText, PRINT_CSS, withFontCss } from './fonts.ts';
import { fixArabicExtraction } from './pdf-text.ts';

export interface PdfPage {
  /** Page size in CSS px, and in mm for print sizes. */
  width: number;
  height: number;
  mm?: [number, number];
}

const get = (md: readonly (readonly [string, string])[], k: string) =>
  md.find(([key]) => key === k)?.[1] ?? '';

/** Prints the SVG page to a one-page PDF of its size. */
export async function svgToPdf(context: BrowserContext, svg: string, page: PdfPage): Promise<Uint8Array> {
  const w = page.mm ? `${page.mm[0]}mm` : `${page.width}px`;
  const h = page.mm ? `${page.mm[1]}mm` : `${page.height}px`;
  const tab = await context.newPage();
  try {
    const body = withFontCss(svg.replace(/^<\?xml[^>]*>\s*/, ''), PRINT_CSS);
    await tab.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>@page{size:${w} ${h};margin:0}` +
        `html,body{margin:0;padding:0}svg{display:block;width:${w};height:${h}}</style></head><body>${body}</body></html>`,
    );
    await tab.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await tab.pdf({ width: w, height: h, printBackground: true, pageRanges: '1' });
    return new Uint8Array(pdf);
  } finally {
    await tab.close();
  }
}

/**
 * Writes the citation into the PDF's Info dictionary (Title, Subject, Keywords, …, and our own keys),
 * and reorders Chromium's Arabic cluster spans so the text extracts as whole words (`pdf-text.ts`).
 */
export async function setPdfInfo(
  bytes: Uint8Array,
  metadata: readonly (readonly [string, string])[],
  lang: string,
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  fixArabicExtraction(doc);
  const permalink = get(metadata, 'Permalink');
  const sources = get(metadata, 'Sources').split('\n').filter(Boolean);
  doc.setTitle(get(metadata, 'Title'), { showInWindowTitleBar: true });
  doc.setSubject(`${get(metadata, 'Source')} — ${permalink || get(metadata, 'Comment')}`);
  doc.setKeywords([permalink, get(metadata, 'Source URL'), ...sources].filter(Boolean));
  doc.setCreator(get(metadata, 'Software'));
  doc.setProducer(`${get(metadata, 'Software')} (Chromium print to PDF, pdf-lib)`);
  const created = new Date(get(metadata, 'Creation Time'));
  if (!Number.isNaN(created.getTime())) {
    doc.setCreationDate(created);
    doc.setModificationDate(created);
  }
  doc.setLanguage(lang);
  // pdf-lib keeps getInfoDict private; the custom keys go into the same dictionary.
  const info = (doc as unknown as { getInfoDict(): PDFDict }).getInfoDict();
  for (const [k, v] of metadata)
    if (['Permalink', 'Source URL', 'Sources', 'Copyright'].includes(k) && v)
      info.set(PDFName.of(k.replace(/\s+/g, '')), PDFHexString.fromText(v));
  return doc.save({ useObjectStreams: false });
}

/**
 * Replaces each embedded woff2 of an SVG by a subset holding only the characters the document
 * draws (harfbuzz `hb-subset`, which keeps the shaping tables: Arabic still joins). The browser
 * embeds whole @fontsource files (it has no subsetter); the CLI's files are smaller.
 */
export async function subsetSvgFonts(svg: string): Promise<string> {
  const text = documentText(svg);
  const re = /url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g;
  const subsets = new Map<string, string>();
  for (const m of svg.matchAll(re)) {
    if (subsets.has(m[1]!)) continue;
    const out = await subsetFont(Buffer.from(m[1]!, 'base64'), text, { targetFormat: 'woff2' });
    subsets.set(m[1]!, Buffer.from(out).toString('base64'));
  }
  return svg.replace(re, (_, b64: string) => `url(data:font/woff2;base64,${subsets.get(b64)})`);
}
