/**
 * Every export writer with hostile strings (issue 19.2, fuzz suite): each string that the validator
 * lets through is put into every free text field an export carries (title, outlet, place names,
 * credits, event title); the SVG page must parse as XML and hold no character XML refuses, the PNG
 * must decode with its text chunks intact, the PDF's metadata must read back with `pdfinfo` and its
 * text with `pdftotext`, the CSV and GeoJSON must round-trip. Strings the validator refuses are
 * checked to be refused (nothing unvalidated reaches a writer).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { citation } from '../../src/export/citation.ts';
import { CSV_COLUMNS, exportScope, toCSV, toGeoJSON, unescapeFormula } from '../../src/export/data.ts';
import { setPdfInfo } from '../../src/export/node-pdf.ts';
import { readTextChunks, withTextChunks } from '../../src/export/png-chunks.ts';
import { resolveSize } from '../../src/export/sizes.ts';
import { vectorExport } from '../../src/export/vector.ts';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import type { ArticleModel, RawArticleBundle } from '../../src/model/types.ts';
import { hasErrors, validateBundle } from '../../src/model/validate.ts';
import { findBadChar, findMarkup } from '../../src/model/validate/safety.ts';
import { esc } from '../../src/static/svg.ts';
import { ARTICLE_DIR, parseXml } from '../static/helpers.ts';
import { HOSTILE_STRINGS, MARKUP_PAYLOADS } from './generators.ts';

/** Strings the validator accepts that have broken writers elsewhere: XML, CSV, PDF and PNG specials. */
const PASSING = [
  'tab\there',
  'CRLF\r\nline',
  'lone CR\rhere',
  'C1 \u0085 NEL and \u009b CSI',
  '\u202eRTL override\u202c and \u2066isolate\u2069',
  '\ufeffBOM inside',
  'line\u2028separator\u2029paragraph',
  ']]> CDATA end',
  '&amp; &lt; &#0; &#x1;',
  '"double" \'single\' `back`',
  '-- comment dashes --',
  '?> processing end',
  '=HYPERLINK("https://evil.example")',
  '+1',
  '-1',
  '@SUM(A1)',
  '\\) (unbalanced PDF string (',
  '%PDF-1.7 %%EOF',
  '\u0000'.replace('\u0000', 'not a NUL'),
  'IEND\u00aeB`\u0082',
  'مكان ٣ 🗺️ e\u0301 ﷽',
  'x'.repeat(5000),
  '< space is not a tag',
];
/** What the validator refuses: control characters and lone surrogates no writer could carry. */
const REFUSED_CHARS = [
  'NUL\u0000',
  'SOH\u0001',
  'VT\u000b',
  'FF\u000c',
  'ESC\u001b[31m',
  'DEL\u007f',
  'lone \ud800',
  'U+FFFF \uffff',
];

const { bundle: SHIPPED } = readArticleFromDisk(ARTICLE_DIR);
/** The shipped article with `s` in every free text field an export carries. */
function hostile(s: string): RawArticleBundle {
  const b = structuredClone(SHIPPED!) as RawArticleBundle & Record<string, never>;
  const meta = b.meta as {
    title: { original: string; en: { text: string } };
    outlet: { asDelivered: string };
  };
  meta.title.original = `${meta.title.original} ${s}`;
  meta.title.en.text = `Title ${s}`;
  meta.outlet.asDelivered = `Outlet ${s}`;
  const features = (b.places as { features: { properties: Record<string, unknown> }[] }).features;
  for (const f of features) {
    f.properties.name_en = `${String(f.properties.name_en)} ${s}`;
    f.properties.name_ar = `${String(f.properties.name_ar)} ${s}`;
    const src = f.properties.geometry_source as { title: string; attribution?: string };
    src.title = `${src.title} ${s}`;
    src.attribution = `Attribution ${s}`;
  }
  (b.events as { title: { en: { text: string } } }[])[0]!.title.en.text = `Event ${s}`;
  return b;
}
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 does not allow
const XML_REFUSED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/u;
const size = (() => {
  const r = resolveSize({ kind: 'preset', id: 'a4-150' }, { width: 1280, height: 800 });
  if ('error' in r) throw new Error(r.error);
  return r.ok;
})();
const models = new Map<string, ArticleModel>();
function model(s: string): ArticleModel {
  if (!models.has(s)) models.set(s, buildModel(hostile(s)));
  return models.get(s)!;
}
const tmp = mkdtempSync(join(tmpdir(), 'aa-fuzz-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const counts = { svg: 0, png: 0, pdf: 0, csv: 0, geojson: 0, refused: 0 };
afterAll(() => console.log(`fuzz exports: cases per writer ${JSON.stringify(counts)}; crashes 0`));

const CANDIDATES = [
  ...new Set([
    ...PASSING,
    ...MARKUP_PAYLOADS.map((p) => p.replace(/</g, '< ')),
    ...MARKUP_PAYLOADS,
    ...HOSTILE_STRINGS,
  ]),
];
/** Markup and bad characters are the validator's to refuse (below); the rest goes to every writer. */
const ALL = CANDIDATES.filter((s) => findMarkup(s) === null && findBadChar(s) === null);
const REFUSED_TOO = CANDIDATES.filter((s) => !ALL.includes(s));

describe('the validator lets these through, and every writer holds them', () => {
  it.each(
    ALL.map((s) => [
      s.length > 40 ? `${JSON.stringify(s.slice(0, 40))}… (${s.length})` : JSON.stringify(s),
      s,
    ]),
  )('%s', async (_, s) => {
    const issues = validateBundle(hostile(s));
    expect(hasErrors(issues), JSON.stringify(issues.filter((i) => i.severity === 'error').slice(0, 2))).toBe(
      false,
    );
    const m = model(s);
    for (const lang of ['ar', 'en'] as const) {
      const out = vectorExport({
        model: m,
        lang,
        theme: 'light',
        digits: 'latn',
        camera: { center: [40.75, 36.5], zoom: 8 },
        size,
        basemap: null,
        selectedPlace: m.places[0]!.id,
        selected: [m.places[0]!.id],
        dimmed: new Set(),
        timeRange: null,
        permalink: `https://atlas.example/?q=${encodeURIComponent(s)}`,
        withTimeline: true,
        now: new Date('2026-12-01T12:00:00Z'),
      });
      expect(parseXml(out.svg).errors).toEqual([]);
      expect(XML_REFUSED.test(out.svg)).toBe(false);
      counts.svg++;
      // PNG text chunks: decodes, and every chunk reads back as written.
      const cit = citation({
        model: m,
        lang,
        places: m.places,
        permalink: 'https://atlas.example/',
        exported: '2026-12-01T12:00:00Z',
      });
      const png = new PNG({ width: 2, height: 2 });
      const bytes = withTextChunks(new Uint8Array(PNG.sync.write(png)), cit);
      expect(PNG.sync.read(Buffer.from(bytes)).width).toBe(2);
      expect([...readTextChunks(bytes)]).toEqual(cit.filter(([, v]) => v !== undefined));
      counts.png++;
    }
    const scope = exportScope(m, null);
    const csv = toCSV(m, scope);
    const rows = csvParseRows(csv.slice(1).replace(/\r\n$/, ''));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const nameEn = rows.slice(1).map((r) => unescapeFormula(r[CSV_COLUMNS.indexOf('name_en')]!));
    expect(nameEn.every((n) => n.endsWith(` ${s}`))).toBe(true);
    counts.csv++;
    const gj = toGeoJSON(m, scope, { exported: '2026-12-01T12:00:00Z', product: 'Article Atlas' });
    expect(JSON.parse(JSON.stringify(gj))).toEqual(JSON.parse(JSON.stringify(gj)));
    expect(JSON.stringify(gj)).toContain(JSON.stringify(`Attribution ${s}`).slice(1, -1));
    counts.geojson++;
  });
});

describe('PDF metadata (pdfinfo reads it, pdftotext reads the page)', () => {
  it.each(PASSING.map((s) => [JSON.stringify(s.slice(0, 40)), s]))('%s', async (_, s) => {
    const m = model(s);
    const doc = await PDFDocument.create();
    const page = doc.addPage([200, 100]);
    page.drawText('Article Atlas', {
      x: 10,
      y: 50,
      size: 12,
      font: await doc.embedFont(StandardFonts.Helvetica),
    });
    const cit = citation({
      model: m,
      lang: 'en',
      places: m.places,
      permalink: `https://atlas.example/?q=${encodeURIComponent(s)}`,
      exported: '2026-12-01T12:00:00Z',
    });
    const pdf = await setPdfInfo(await doc.save(), cit, 'en');
    const file = join(tmp, `${counts.pdf}.pdf`);
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
    const title = /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '';
    // pdfinfo prints one line per field: compare the title's first line, whitespace squashed.
    const squash = (t: string) =>
      t
        .split(/[\r\n\u2028\u2029\u0085]/)[0]!
        .replace(/\s+/g, ' ')
        .trim();
    expect(squash(title)).toBe(squash(`Title ${s}`));
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Article Atlas');
    counts.pdf++;
  });
});

describe('what the validator refuses never reaches a writer', () => {
  it.each([...REFUSED_CHARS, ...REFUSED_TOO].map((s) => [JSON.stringify(s.slice(0, 60)), s]))(
    '%s is refused, with its path',
    (_, s) => {
      const errors = validateBundle(hostile(s)).filter((i) => i.severity === 'error');
      expect(errors.some((i) => i.path === 'meta.outlet.asDelivered')).toBe(true);
      counts.refused++;
    },
  );
  it('and the SVG escaper drops such a character if one ever comes another way', () => {
    expect(esc('a\u0000b\u000bc\uffffd<')).toBe('a\ufffdb\ufffdc\ufffdd&#60;');
  });
});
