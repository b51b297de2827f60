/**
 * The vector page (SVG) in node: well-formed, the basemap as paths and the place labels as
 * `<text>`, no raster, the citation as RDF/Dublin Core, the embedded-font helpers, and the map
 * fitted between the furniture bands so no place of the frame is under them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { all, parseXml, shippedModel, textOf, TILES_DIR } from '../static/helpers.ts';
import { fsTileLoader } from '../../src/static/node-tiles.ts';
import { loadBasemap, type BasemapTiles } from '../../src/static/tiles.ts';
import { viewProjection, type StaticCamera } from '../../src/static/camera.ts';
import { anchor } from '../../src/carto/geometry.ts';
import { parseSizeArg, resolveSize, type ExportSize } from '../../src/export/sizes.ts';
import { framePlaces, pageSize, vectorExport, type VectorInput } from '../../src/export/vector.ts';
import {
  chooseFonts,
  documentText,
  filesFor,
  fontFaceCss,
  fontFiles,
  withFontCss,
} from '../../src/export/fonts.ts';
import type { Lang } from '../../src/model/types.ts';

const model = shippedModel();
const size = (id: string): ExportSize => {
  const r = resolveSize({ kind: 'preset', id }, { width: 1280, height: 800 });
  if ('error' in r) throw new Error(r.error);
  return r.ok;
};
/** Around al-Hasakah, where the article's places sit close together. */
const CAMERA: StaticCamera = { center: [40.75, 36.5], zoom: 8.6 };

function input(lang: Lang, over: Partial<VectorInput> = {}): VectorInput {
  return {
    model,
    lang,
    theme: 'light',
    digits: 'latn',
    camera: CAMERA,
    size: size('a4-300'),
    basemap: null,
    selectedPlace: 'hasakah_city',
    selected: ['hasakah_city'],
    dimmed: new Set(),
    timeRange: null,
    permalink: 'https://atlas.example/?article=hasakah-prison-us-statement-2022&view=40.75%2C36.5%2C8.6',
    now: new Date('2026-12-01T12:00:00Z'),
    ...over,
  };
}

let basemap: BasemapTiles;
beforeAll(async () => {
  const plan = vectorExport(input('en'));
  basemap = await loadBasemap(plan.view, fsTileLoader(TILES_DIR), { margin: 64 });
});

describe('the SVG page', () => {
  for (const lang of ['ar', 'en'] as const)
    it(`parses, draws the basemap as paths and every place in the frame as <text> (${lang})`, () => {
      const r = vectorExport(input(lang, { basemap }));
      const { doc, errors } = parseXml(r.svg);
      expect(errors).toEqual([]);
      expect(all(doc, 'image')).toHaveLength(0);
      const layers = all(doc, 'g').filter((g) => g.getAttribute('data-layer'));
      const basemapLayers = layers.filter((g) => !g.getAttribute('data-layer')!.startsWith('aa-'));
      expect(basemapLayers.length).toBeGreaterThan(3);
      expect(basemapLayers.flatMap((g) => all(g, 'path')).length).toBeGreaterThan(5);
      const texts = all(doc, 'text').map(textOf);
      const inFrame = r.places.map((p) => model.placeById.get(p.id)!);
      expect(inFrame.length).toBeGreaterThanOrEqual(3);
      for (const p of inFrame.filter((q) => q.geometry.type === 'Point')) {
        const name = lang === 'ar' ? p.properties.name_ar : p.properties.name_en;
        expect(
          texts.some((t) => t.includes(name.replace(/\s*\(.*\)$/, ''))),
          name,
        ).toBe(true);
      }
      // Furniture: title, legend heading, scale bar, north arrow, source line.
      const svg = doc.documentElement;
      expect(svg.getAttribute('width')).toBe('297mm');
      expect(svg.getAttribute('xml:lang')).toBe(lang);
      expect(all(doc, 'g').some((g) => g.getAttribute('class') === 'scale-bar')).toBe(true);
      expect(all(doc, 'g').some((g) => g.getAttribute('class') === 'north-arrow')).toBe(true);
      expect(texts.some((t) => t.includes('npasyria.com'))).toBe(true);
    });

  it('carries the citation as RDF / Dublin Core and as the PNG chunk keywords', () => {
    const r = vectorExport(input('ar', { basemap }));
    const { doc } = parseXml(r.svg);
    const one = (tag: string) => all(doc, tag).map((e) => e.textContent)[0];
    expect(one('title')).toBe(model.meta.title.original);
    expect(one('dc:identifier')).toBe(input('ar').permalink);
    expect(one('dc:source')).toBe(model.meta.outlet.match?.url);
    expect(one('dc:date')).toBe('2026-12-01T12:00:00.000Z');
    expect(one('xmp:CreatorTool')).toMatch(/^Article Atlas \d/);
    expect(all(doc, 'dc:rights').map((e) => e.textContent)).toContain(
      'Basemap: © OpenStreetMap contributors, geoBoundaries (ODbL 1.0)',
    );
    expect(all(doc, 'dc:relation').length).toBeGreaterThan(2);
    const rdf = all(doc, 'rdf:Description')[0]!;
    expect(rdf.getAttribute('rdf:about')).toBe(input('ar').permalink);
    const items = all(doc, 'atlas:item').map((e) => e.getAttribute('name'));
    expect(items).toEqual(r.metadata.map(([k]) => k));
    expect(one('desc')).toContain(input('ar').permalink);
  });

  it('writes no permalink without a public address, and says so (issue 17.14)', () => {
    const r = vectorExport(input('en', { basemap, permalink: '' }));
    const { doc } = parseXml(r.svg);
    const items = all(doc, 'atlas:item');
    expect(items.map((e) => e.getAttribute('name'))).not.toContain('Permalink');
    expect(items.find((e) => e.getAttribute('name') === 'Comment')?.textContent).toMatch(
      /^No permalink: .*ATLAS_PUBLIC_URL or --public-url/,
    );
    expect(all(doc, 'dc:identifier')).toHaveLength(0);
    expect(all(doc, 'desc')[0]!.textContent).toMatch(/No permalink/);
    expect(all(doc, 'desc')[0]!.textContent).not.toMatch(/Permalink:/);
  });

  it('never cuts the credits with "…" on a small page: the key band grows (issue 17.16)', () => {
    const small = resolveSize(parseSizeArg('640x420')!, { width: 1280, height: 800 });
    if ('error' in small) throw new Error(small.error);
    for (const lang of ['ar', 'en'] as const) {
      const r = vectorExport(input(lang, { basemap, size: small.ok }));
      const texts = all(parseXml(r.svg).doc, 'text').map(textOf);
      expect(texts.filter((t) => t.endsWith('…'))).toEqual([]);
      const all_ = texts.join(' ');
      for (const licence of ['ODbL', 'CC BY 4.0', 'Natural Earth']) expect(all_).toContain(licence);
    }
  });

  it('fits the whole frame between the bands: no place of the frame is under the furniture', () => {
    // Put a place 4 px below the frame's top edge and one 4 px above its bottom edge, where the
    // title band and the key band would cover them if the map filled the page.
    const page = pageSize(size('social'));
    const frame = { camera: CAMERA, size: { width: page.width, height: page.height } };
    const proj = viewProjection(frame);
    const city = model.placeById.get('hasakah_city')!;
    const [x, y] = proj(anchor(city))!;
    const camera: StaticCamera = {
      center: proj.invert!([x, y + page.height / 2 - 4]) as [number, number],
      zoom: CAMERA.zoom,
    };
    const r = vectorExport(input('en', { camera, size: size('social') }));
    expect(r.bands.top).toBeGreaterThan(40);
    expect(r.bands.bottom).toBeGreaterThan(80);
    const inFrame = framePlaces(model.places, { camera, size: frame.size }).inView.map((p) => p.id);
    expect(inFrame).toContain('hasakah_city');
    expect(r.places.map((p) => p.id).sort()).toEqual([...inFrame].sort());
    for (const p of r.places) {
      if (!p.point) continue;
      expect(p.y, p.id).toBeGreaterThanOrEqual(r.map.y);
      expect(p.y, p.id).toBeLessThanOrEqual(r.map.y + r.map.height);
      expect(p.y, p.id).toBeGreaterThan(r.bands.top);
      expect(p.y, p.id).toBeLessThan(page.height - r.bands.bottom);
    }
    // The frame's top edge lands on the map area's top edge (zoomed out, centred).
    expect(r.view.camera.zoom).toBeLessThan(camera.zoom);
    expect(r.map.height).toBeCloseTo(page.height - r.bands.top - r.bands.bottom, 6);
  });
});

describe('the embedded font', () => {
  it('embeds only the files whose unicode-range the page uses', () => {
    const names = (t: string) => filesFor(t).map((f) => /noto-sans-arabic-(.+)-400/.exec(f.path)![1]);
    expect(names('Al-Hasakah')).toEqual(['latin']);
    expect(names('الحسكة')).toEqual(['arabic']);
    expect(names('Ḩasakah الحسكة')).toEqual(['arabic', 'latin', 'latin-ext']);
    expect(fontFiles()).toHaveLength(3);
  });

  it('reads the drawn text, not the metadata or the CSS', () => {
    const svg = withFontCss(
      '<svg><title>t_</title><desc>d_</desc><metadata>metadata-only</metadata><text>a &#38; b</text><text>الحسكة</text></svg>',
      fontFaceCss([{ file: fontFiles()[0]!, base64: 'AAAA' }]),
    );
    expect(svg).toMatch(/<\/metadata><defs><style><!\[CDATA\[@font-face\{font-family:'Noto Sans Arabic'/);
    expect(svg).toContain('unicode-range:U+0600-06FF');
    expect(documentText(svg)).toBe('a & bالحسكة');
  });

  it("embeds the article's build-time subset when it holds every character drawn, else the whole file", () => {
    const subsets = [
      { file: 'x-ar.woff2', unicodeRange: 'U+62D, U+633, U+627, U+644, U+643, U+629' }, // الحسكة
      { file: 'x-latin.woff2', unicodeRange: 'U+20, U+2D, U+41, U+48, U+61-6C, U+73' },
    ];
    const pick = (t: string) => chooseFonts(t, filesFor(t), subsets).map((f) => f.path);
    // Bidi controls (LRI … PDI) need no glyph.
    expect(pick('Al-Hasakah \u2066الحسكة\u2069')).toEqual(['embed/x-ar.woff2', 'embed/x-latin.woff2']);
    // A letter the subset lacks: that file whole, the other still subset.
    expect(pick('Al-Hasakah Zone الحسكة')).toEqual([
      'embed/x-ar.woff2',
      'fonts/noto-sans-arabic-latin-400-normal.woff2',
    ]);
    // No subset for Latin Extended: whole; no subsets at all: the whole files.
    expect(pick('Ḩasakah')).toContain('fonts/noto-sans-arabic-latin-ext-400-normal.woff2');
    expect(chooseFonts('الحسكة', filesFor('الحسكة'), []).map((f) => f.path)).toEqual([
      'fonts/noto-sans-arabic-arabic-400-normal.woff2',
    ]);
    const [ar] = chooseFonts('الحسكة', filesFor('الحسكة'), subsets);
    expect(fontFaceCss([{ file: ar!, base64: 'AAAA' }])).toContain('unicode-range:U+62D, U+633');
    // A subset never claims characters beyond its file's range (Ḩ belongs to Latin Extended).
    const wide = [{ file: 'x-latin.woff2', unicodeRange: 'U+20-7E, U+1E28' }];
    const [latin] = chooseFonts('Hasakah', filesFor('Hasakah'), wide);
    expect(latin!.path).toBe('embed/x-latin.woff2');
    expect(latin!.unicodeRange).toBe('U+20-7E, U+200B-200F, U+202A-202E, U+2060-2069');
  });
});
