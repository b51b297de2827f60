/**
 * Vector export in the browser and the CLI: the interface's SVG (paths, labels as text, embedded
 * font, citation; the permalink reopens the view), "Print / Save as PDF" printing the vector page,
 * and `npm run snapshot -- --format svg|pdf` read back with poppler-utils (text in Arabic and
 * English, no raster, embedded fonts, document properties). Without poppler-utils these tests fail.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, parseXml, textOf } from '../static/helpers.ts';
import { ARTICLE, camera, cli, exportVia, settled } from './export-helpers.ts';
import { expectClean, open, SHOTS, type OpenedPage } from './harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'aa-vector-'));

/** A poppler-utils tool's output (throws, so the test fails, when the tool is missing). */
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** pdftotext splits Arabic words at glyph gaps and adds direction marks: compare without them. */
const squash = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

describe('SVG export in the interface', () => {
  let p: OpenedPage;
  beforeAll(async () => {
    p = await open(`?article=${ARTICLE}&lang=en&place=sinaa_prison`);
    await settled(p.page);
  });
  afterAll(() => expectClean(p));

  it('is a vector page: basemap paths, labels as text, the font embedded, the citation; the permalink reopens the view', async () => {
    const result = await exportVia(p.page, { format: 'svg', size: { kind: 'preset', id: 'social' } });
    const svg = Buffer.from(result.base64, 'base64').toString('utf8');
    writeFileSync(`${SHOTS}/vector-social-en.svg`, svg);
    const { doc, errors } = parseXml(svg);
    expect(errors).toEqual([]);
    expect(doc.documentElement.getAttribute('width')).toBe('1200');
    expect(doc.documentElement.getAttribute('height')).toBe('675');
    expect(all(doc, 'image')).toHaveLength(0);
    const basemap = all(doc, 'g').filter((g) => /^basemap-/.test(g.getAttribute('data-layer') ?? ''));
    expect(basemap.flatMap((g) => all(g, 'path')).length).toBeGreaterThan(0);
    const texts = all(doc, 'text').map(textOf).join('\n');
    for (const name of ["al-Sina'a prison", 'Al-Hasakah']) expect(texts).toContain(name);
    expect(svg).toMatch(/@font-face\{font-family:'Noto Sans Arabic'[^}]*data:font\/woff2;base64,/);
    // The article's build-time subsets (a few KB), not the whole @fontsource files.
    expect(result.svg!.fonts.length).toBeGreaterThan(0);
    for (const f of result.svg!.fonts)
      expect(f).toMatch(/^embed\/hasakah-prison-us-statement-2022-(ar|latin)\.woff2$/);
    expect(result.svg!.tiles.drawn).toBeGreaterThan(0);
    expect(result.svg!.tiles.failed).toBe(0);

    const permalink = all(doc, 'dc:identifier')[0]!.textContent!;
    expect(all(doc, 'rdf:Description')[0]!.getAttribute('rdf:about')).toBe(permalink);
    expect(all(doc, 'dc:source')[0]!.textContent).toBe('https://npasyria.com/94332/');
    const before = await camera(p.page);
    const again = await open(new URL(permalink).search);
    await settled(again.page);
    const after = await camera(again.page);
    expect(after.lng).toBeCloseTo(before.lng, 4);
    expect(after.lat).toBeCloseTo(before.lat, 4);
    expect(after.zoom).toBeCloseTo(before.zoom, 2);
    await expectClean(again);
  });

  it('prints the vector page, not an image of the canvas ("Print / Save as PDF")', async () => {
    const page = p.page;
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByTestId('export-open').click();
    await page.getByRole('button', { name: 'Print / Save as PDF' }).click();
    await page.waitForSelector('.print-map[data-print="vector"]', { state: 'attached', timeout: 30_000 });
    await page.waitForFunction(() => (document.querySelector('.print-map') as HTMLImageElement).complete);
    await page.emulateMedia({ media: 'print' });
    const file = join(dir, 'print-en.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', landscape: true }));
    await page.emulateMedia({ media: 'screen' });
    // No raster anywhere in the printout: the map is paths and text.
    expect(poppler('pdfimages', '-list', file).trim().split('\n').slice(2)).toEqual([]);
    const text = squash(poppler('pdftotext', file, '-'));
    for (const name of ["al-Sina'aprison", 'Al-Hasakah', 'Legend']) expect(text).toContain(name);
  });
});

describe('npm run snapshot --format svg|pdf', () => {
  let out: { code: number; stdout: string; stderr: string };
  const views = [
    { article: ARTICLE, lang: 'ar', place: 'sinaa_prison', format: 'pdf', out: 'ar.pdf' },
    {
      article: ARTICLE,
      lang: 'en',
      place: 'sinaa_prison',
      format: 'pdf',
      timeline: true,
      out: 'en.pdf',
    },
    {
      article: ARTICLE,
      lang: 'ar',
      size: 'a4-300',
      event: 'state_statement',
      timeline: true,
      out: 'ar.svg',
    },
    // The demo article's Tigris, named along the river (a <textPath>).
    { article: 'semalka-reopening-demo', lang: 'ar', format: 'pdf', out: 'semalka-ar.pdf' },
  ];
  beforeAll(async () => {
    writeFileSync(join(dir, 'views.json'), JSON.stringify(views));
    out = await cli([
      '--views',
      join(dir, 'views.json'),
      '--out-dir',
      dir,
      '--force',
      '--public-url',
      'https://atlas.example/maps/',
    ]);
  }, 300_000);

  it('writes every view, one progress line each', () => {
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.match(/^\[\d\/4\] .*: 297×210 mm (pdf|svg)/gm)).toHaveLength(4);
  });

  it('PDFs with the place names as text (Arabic and English), no raster, embedded fonts', () => {
    const names = {
      ar: ['سجن الصناعة', 'الحسكة'],
      en: ["al-Sina'a prison", 'Al-Hasakah', 'Legend'],
    };
    for (const lang of ['ar', 'en'] as const) {
      const file = join(dir, `${lang}.pdf`);
      const text = squash(poppler('pdftotext', file, '-'));
      for (const n of names[lang]) expect(text, `${lang}: ${n}`).toContain(squash(n));
      expect(poppler('pdfimages', '-list', file).trim().split('\n').slice(2)).toEqual([]);
      const fonts = poppler('pdffonts', file).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) {
        expect(f).toMatch(/NotoSansArabic/);
        expect(f).toMatch(/\s+yes\s+yes\s+yes\s+/); // embedded, subset, with a Unicode map
      }
      const info = poppler('pdfinfo', file);
      expect(info).toMatch(/Page size:\s+841\.9\d? x 595\.9\d? pts \(A4\)/);
      // The permalink at the public address (issue 17.14), not the CLI's temporary server.
      expect(info).toMatch(
        /Keywords:.*https:\/\/atlas\.example\/maps\/\?article=hasakah-prison-us-statement-2022/,
      );
      expect(info).not.toMatch(/127\.0\.0\.1|localhost/);
      expect(info).toMatch(/Keywords:.*https:\/\/npasyria\.com\/94332\//);
      expect(info).toMatch(/Creator:\s+Article Atlas \d/);
      expect(info).toMatch(/Subject:.*North Press Agency/);
    }
    expect(poppler('pdfinfo', join(dir, 'ar.pdf'))).toContain('الخارجية الأميركية');
  });

  it('Arabic extracts as whole words in logical order (issue 17.15: was "الخ ارج ي ة")', () => {
    const title = 'الخارجية الأميركية لنورث برس: بايدن ملتزم بإرساء الاستقرار في شمال شرق سوريا';
    const text = poppler('pdftotext', join(dir, 'ar.pdf'), '-').replace(
      /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      '',
    );
    const line = text.split('\n').find((l) => l.includes('بايدن')) ?? '';
    const words = title.replace(':', '').split(' ');
    expect(
      line
        .replace(/\s*:\s*/, ' ')
        .split(/\s+/)
        .filter(Boolean),
    ).toEqual(words);
    // A search finds the word, and the quote's words are whole too.
    expect(text).toContain('الخارجية');
    expect(text).toContain('سجن الصناعة');
  });

  it('draws the timeline strip with --timeline (views.json key): dates as text, in the PDF too', () => {
    const svg = readFileSync(join(dir, 'ar.svg'), 'utf8');
    const { doc } = parseXml(svg);
    const strip = all(doc, 'g').find((g) => g.getAttribute('class') === 'timeline-strip')!;
    expect(strip).toBeTruthy();
    const texts = all(strip, 'text').map(textOf);
    // The approximate date visibly so, and the selected event named in the heading.
    expect(texts).toContain('حوالي 20 يناير 2022');
    expect(texts.join(' ')).toMatch(/المحدد: 22 يناير 2022/);
    expect(all(strip, 'path').length).toBeGreaterThan(4);
    // Without --timeline, no strip.
    expect(squash(poppler('pdftotext', join(dir, 'ar.pdf'), '-'))).not.toContain(squash('الخط الزمني'));
    const en = squash(poppler('pdftotext', join(dir, 'en.pdf'), '-'));
    expect(en).toContain(squash('c. 20 Jan 2022'));
    expect(en).toContain(squash('Timeline:'));
  });

  it('names a river along its line, as text the PDF keeps (Arabic)', () => {
    const text = squash(poppler('pdftotext', join(dir, 'semalka-ar.pdf'), '-'));
    expect(text).toContain(squash('دجلة'));
    // Still only one font, embedded: text on a path is ordinary text.
    for (const f of poppler('pdffonts', join(dir, 'semalka-ar.pdf')).trim().split('\n').slice(2))
      expect(f).toMatch(/NotoSansArabic.*\s+yes\s+yes\s+yes\s+/);
  });

  it('SVG with the same page size and citation as the interface, fonts subset', () => {
    const svg = readFileSync(join(dir, 'ar.svg'), 'utf8');
    const { doc, errors } = parseXml(svg);
    expect(errors).toEqual([]);
    expect([doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')]).toEqual([
      '297mm',
      '210mm',
    ]);
    expect(all(doc, 'atlas:item').map((e) => e.getAttribute('name'))).toEqual([
      'Title',
      'Permalink',
      'Source URL',
      'Source',
      'Copyright',
      'Sources',
      'Creation Time',
      'Software',
    ]);
    // Subset: far smaller than the 49 KB Arabic woff2 it came from.
    const fonts = [...svg.matchAll(/base64,([A-Za-z0-9+/=]+)/g)].map((m) => (m[1]!.length * 3) / 4);
    expect(fonts.length).toBeGreaterThan(0);
    expect(Math.max(...fonts)).toBeLessThan(30_000);
  });

  it('refuses a bad format with exit 2', async () => {
    const bad = await cli(['--article', ARTICLE, '--format', 'tiff', '--out', join(dir, 'x.tiff')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format must be one of png, svg, pdf, geojson, csv/);
  });
});
