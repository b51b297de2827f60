/**
 * Node only (the CLI): makes Arabic in Chromium's PDFs extract as whole words (issue 17.15).
 *
 * Noto Sans Arabic draws a dotted letter as a dotless body plus a dot mark (its `ccmp`). Chromium
 * writes such a cluster as one `/Span <</ActualText (letter)>>` holding the mark first and the body
 * second, each placed by `Td`. A reader of ActualText (poppler's `pdftotext`, Acrobat) takes the
 * span's extent from its first glyph's origin to its last glyph's end: starting at the mark, offset
 * into the letter, it leaves a gap before the letter that reads as a space ("الخ ارج ي ة").
 *
 * The fix rewrites each such span so the body comes first and the span ends where the body ends:
 * the same glyphs at the same places (`Td` is relative to the line start, so the order of drawing
 * moves nothing), then character spacing (`Tc`) on the last glyph so its advance reaches the
 * body's end; `Tc` changes no drawn position here and is reset after the span. Readers that ignore
 * ActualText see the same glyphs as before.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

/** Glyph advances per font resource name, in 1/1000 em (a CID font's `/W`, else its `/Widths`). */
type Widths = Map<string, { w: Map<number, number>; dw: number }>;

const num = (o: PDFObject | undefined): number => (o instanceof PDFNumber ? o.asNumber() : NaN);

function fontWidths(doc: PDFDocument, resources: PDFDict | undefined): Widths {
  const out: Widths = new Map();
  const lookup = <T extends PDFObject>(o: PDFObject | undefined): T | undefined =>
    (o instanceof PDFRef ? doc.context.lookup(o) : o) as T | undefined;
  const fonts = lookup<PDFDict>(resources?.get(PDFName.of('Font')));
  if (!(fonts instanceof PDFDict)) return out;
  for (const [key, ref] of fonts.entries()) {
    const font = lookup<PDFDict>(ref);
    if (!(font instanceof PDFDict)) continue;
    const desc = lookup<PDFArray>(font.get(PDFName.of('DescendantFonts')));
    const cid = desc instanceof PDFArray ? lookup<PDFDict>(desc.get(0)) : undefined;
    if (!(cid instanceof PDFDict)) continue;
    const w = new Map<number, number>();
    const arr = lookup<PDFArray>(cid.get(PDFName.of('W')));
    if (arr instanceof PDFArray) {
      for (let i = 0; i < arr.size();) {
        const first = num(arr.get(i));
        const next = lookup<PDFObject>(arr.get(i + 1));
        if (next instanceof PDFArray) {
          for (let k = 0; k < next.size(); k++) w.set(first + k, num(lookup(next.get(k))));
          i += 2;
        } else {
          const last = num(next);
          const width = num(lookup(arr.get(i + 2)));
          for (let c = first; c <= last; c++) w.set(c, width);
          i += 3;
        }
      }
    }
    const dw = num(lookup(cid.get(PDFName.of('DW'))));
    out.set(key.asString().slice(1), { w, dw: Number.isFinite(dw) ? dw : 1000 });
  }
  return out;
}

const SPAN =
  /\/Span<<\/ActualText <([0-9A-Fa-f]+)> >> BDC\n((?:-?[\d.]+ -?[\d.]+ Td <[0-9A-Fa-f]+> Tj\n){2,4})EMC/g;
const GLYPH = /(-?[\d.]+) (-?[\d.]+) Td <([0-9A-Fa-f]+)> Tj\n/g;
const f = (n: number) => String(Math.round(n * 1e5) / 1e5);

/**
 * Rewrites one content stream (as Latin-1 text). `widthOf(font, cid)` is a glyph's advance in text
 * space units at the current font size. Returns the new text and how many spans changed.
 */
export function reorderClusterSpans(
  text: string,
  widthOf: (font: string, cid: number) => number,
): { text: string; changed: number } {
  let font = '';
  let size = 0;
  let changed = 0;
  const out: string[] = [];
  let pos = 0;
  const tf = /\/([^\s/]+) (-?[\d.]+) Tf/g;
  // Track the font in force at each span (the last Tf before it).
  const fonts: { at: number; font: string; size: number }[] = [];
  for (const m of text.matchAll(tf)) fonts.push({ at: m.index, font: m[1]!, size: Number(m[2]) });
  let fi = 0;
  for (const m of text.matchAll(SPAN)) {
    while (fi < fonts.length && fonts[fi]!.at < m.index) ({ font, size } = fonts[fi++]!);
    const glyphs = [...m[2]!.matchAll(GLYPH)].map((g) => ({
      dx: Number(g[1]),
      dy: Number(g[2]),
      hex: g[3]!,
      cid: parseInt(g[3]!, 16),
    }));
    // Absolute positions (relative to the point before the span).
    let x = 0;
    let y = 0;
    const placed = glyphs.map((g) => ({
      ...g,
      x: (x += g.dx),
      y: (y += g.dy),
      w: widthOf(font, g.cid) * size,
    }));
    const body = placed.reduce((a, b) => (b.w > a.w ? b : a));
    if (placed[0] === body || !(body.w > 0)) continue;
    const order = [body, ...placed.filter((g) => g !== body)];
    let px = 0;
    let py = 0;
    let s = '';
    for (const [i, g] of order.entries()) {
      const last = i === order.length - 1;
      // The last glyph's advance ends at the body's end (so does the span, for ActualText readers).
      if (last) s += `${f(body.x + body.w - (g.x + g.w))} Tc\n`;
      s += `${f(g.x - px)} ${f(g.y - py)} Td <${g.hex}> Tj\n`;
      px = g.x;
      py = g.y;
    }
    // Back to where the original span left the line start (its last glyph), spacing reset.
    const end = placed.at(-1)!;
    s += `0 Tc\n${f(end.x - px)} ${f(end.y - py)} Td\n`;
    out.push(text.slice(pos, m.index), `/Span<</ActualText <${m[1]}> >> BDC\n${s}EMC`);
    pos = m.index + m[0].length;
    changed++;
  }
  out.push(text.slice(pos));
  return { text: out.join(''), changed };
}

/** Applies {@link reorderClusterSpans} to every page's content streams. Returns the spans changed. */
export function fixArabicExtraction(doc: PDFDocument): number {
  let changed = 0;
  for (const page of doc.getPages()) {
    const widths = fontWidths(doc, page.node.Resources());
    const widthOf = (font: string, cid: number) => {
      const fw = widths.get(font);
      return fw ? (fw.w.get(cid) ?? fw.dw) / 1000 : NaN;
    };
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      const r = reorderClusterSpans(text, widthOf);
      if (!r.changed) continue;
      changed += r.changed;
      doc.context.assign(ref, doc.context.flateStream(Buffer.from(r.text, 'latin1')));
    }
  }
  return changed;
}
