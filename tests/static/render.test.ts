import { describe, expect, it } from 'vitest';
import { renderStaticMap, renderStaticSvg } from '../../src/static/render.ts';
import { loadBasemap } from '../../src/static/tiles.ts';
import { fsTileLoader } from '../../src/static/node-tiles.ts';
import { viewProjection, type StaticView } from '../../src/static/camera.ts';
import { basemapStyle, PALETTES } from '../../src/carto/basemap-style.ts';
import { anchor } from '../../src/carto/geometry.ts';
import type { PlaceFeature } from '../../src/model/types.ts';
import { all, textOf, parseXml, shippedModel, TILES_DIR } from './helpers.ts';

const loader = fsTileLoader(TILES_DIR);
const regional: StaticView = {
  camera: { center: [41.5, 36.6], zoom: 6.5 },
  size: { width: 700, height: 480 },
};
const city: StaticView = {
  camera: { center: [40.745, 36.49], zoom: 12.5 },
  size: { width: 390, height: 480 },
};

const layersOf = (doc: Document) =>
  all(doc, 'g')
    .map((g) => g.getAttribute('data-layer'))
    .filter(Boolean);

describe('renderStaticSvg', () => {
  it('is well-formed SVG with basemap paths and label text', async () => {
    const svg = await renderStaticMap(
      regional,
      { loader, places: shippedModel().places },
      { lang: 'en', theme: 'light' },
    );
    const { doc, errors } = parseXml(svg);
    expect(errors).toEqual([]);
    expect(doc.documentElement.tagName).toBe('svg');
    expect(doc.documentElement.getAttribute('width')).toBe('700');
    const layers = layersOf(doc);
    for (const id of ['basemap-countries', 'basemap-boundaries', 'basemap-rivers', 'aa-point'])
      expect(layers).toContain(id);
    expect(all(doc, 'path').length).toBeGreaterThan(5);
    const texts = all(doc, 'text').map(textOf);
    expect(texts).toContain('Semalka border crossing');
    expect(texts.some((t) => t?.includes('OpenStreetMap'))).toBe(true);
  });

  it("hides the basemap's own labels for the article's places, as the live map does", async () => {
    for (const lang of ['en', 'ar'] as const) {
      const svg = await renderStaticMap(
        regional,
        { loader, places: shippedModel().places },
        { lang, theme: 'light' },
      );
      const texts = all(parseXml(svg).doc, 'text').map((t) => textOf(t)?.trim());
      // The article's label only, not the basemap's too (it was drawn twice, a few px apart).
      const hasakah = lang === 'en' ? 'Al-Hasakah' : 'الحسكة';
      expect(texts.filter((t) => t === hasakah)).toHaveLength(1);
      // Other basemap places keep their labels.
      expect(texts).toContain(lang === 'en' ? 'Deir ez-Zor' : 'دير الزور');
    }
  });

  it('draws Arabic labels right-to-left with xml:lang', async () => {
    const svg = await renderStaticMap(
      city,
      { loader, places: shippedModel().places },
      { lang: 'ar', theme: 'dark' },
    );
    const { doc, errors } = parseXml(svg);
    expect(errors).toEqual([]);
    const label = all(doc, 'text').find((t) => t.textContent === 'سجن الصناعة');
    expect(label).toBeDefined();
    expect(label!.getAttribute('direction')).toBe('rtl');
    expect(label!.getAttribute('xml:lang')).toBe('ar');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('ar');
  });

  it('uses the basemap style colours of the theme', async () => {
    const svg = await renderStaticMap(regional, { loader, places: [] }, { lang: 'en', theme: 'dark' });
    expect(svg).toContain(`fill="${PALETTES.dark.water}"`);
    expect(svg).toContain(`fill="${PALETTES.dark.land}"`);
    expect(svg).not.toContain(`fill="${PALETTES.light.land}"`);
  });

  it('draws a place at its projected position, and a selected place in the accent colour', () => {
    const places = shippedModel().places;
    const svg = renderStaticSvg(
      city,
      { basemap: null, places },
      { lang: 'en', theme: 'light', selected: ['sinaa_prison'] },
    );
    const prison = places.find((p) => p.id === 'sinaa_prison')!;
    const [x, y] = viewProjection(city)(anchor(prison))!;
    const { doc } = parseXml(svg);
    const points = all(doc, 'g').find((g) => g.getAttribute('data-layer') === 'aa-point')!;
    const selectedGroup = all(points, 'g').find((g) => g.getAttribute('fill') === '#b3261e')!;
    const c = all(selectedGroup, 'circle')[0]!;
    expect(Number(c.getAttribute('cx'))).toBeCloseTo(x, 0);
    expect(Number(c.getAttribute('cy'))).toBeCloseTo(y, 0);
  });

  it('draws the precision circle (turf circle, 64 steps) as a dashed path', () => {
    const places = shippedModel().places;
    const svg = renderStaticSvg(city, { basemap: null, places }, { lang: 'en', theme: 'light' });
    const { doc } = parseXml(svg);
    const g = all(doc, 'g').find((x) => x.getAttribute('data-layer') === 'aa-uncertainty-line')!;
    const path = all(g, 'path')[0]!;
    expect(path.getAttribute('stroke-dasharray')).toMatch(/^\d+(\.\d+)?([ ,]+\d+(\.\d+)?)+$/);
    // One sub-path per circle; each has ~64 steps.
    const steps = (path.getAttribute('d')!.split('M')[1] ?? '').split('l').length - 1;
    expect(steps).toBeGreaterThan(30);
  });

  it('keeps names as text: markup in a name is escaped', () => {
    const evil: PlaceFeature = {
      type: 'Feature',
      id: 'evil',
      geometry: { type: 'Point', coordinates: [40.745, 36.49] },
      properties: {
        ...shippedModel().places.find((p) => p.geometry.type === 'Point')!.properties,
        name_en: '<img src=x onerror=alert`1`> & "q"',
        name_ar: '<script>x</script>',
        approximate: false,
      },
    } as PlaceFeature;
    const svg = renderStaticSvg(
      city,
      { basemap: null, places: [evil] },
      { lang: 'en', theme: 'light', title: '<b>t</b>' },
    );
    const { doc, errors } = parseXml(svg);
    expect(errors).toEqual([]);
    expect(all(doc, 'img').length).toBe(0);
    expect(all(doc, 'b').length).toBe(0);
    const texts = all(doc, 'text').map(textOf);
    expect(texts).toContain('<img src=x onerror=alert`1`> & "q"');
    expect(svg).not.toContain('<img');
  });

  it('draws edge indicators for far places when they are off the view', () => {
    const svg = renderStaticSvg(
      regional,
      { basemap: null, places: shippedModel().places },
      { lang: 'en', theme: 'light' },
    );
    // The number is isolated (FSI … PDI) as on the live map, so digits never reorder the name.
    expect(svg).toMatch(/>Geneva \u2068[\d,]+ km\u2069</);
  });

  it('names the image: by its <title>, or by `label` as aria-label (axe svg-img-alt)', () => {
    const places = shippedModel().places;
    const named = (o: { title?: string; label?: string }) =>
      parseXml(renderStaticSvg(regional, { basemap: null, places }, { lang: 'ar', theme: 'light', ...o })).doc
        .documentElement;
    const labelled = named({ label: 'خريطة' });
    expect(labelled.getAttribute('role')).toBe('img');
    expect(labelled.getAttribute('aria-label')).toBe('خريطة');
    expect(all(labelled.ownerDocument, 'title')).toHaveLength(0);
    const titled = named({ title: 'Map', label: 'x' });
    expect(titled.getAttribute('aria-labelledby')).toMatch(/title$/);
    expect(titled.hasAttribute('aria-label')).toBe(false);
  });

  it('ids are prefixed, so several SVGs can share a document', () => {
    const svg = renderStaticSvg(
      city,
      { basemap: null, places: [] },
      { lang: 'en', theme: 'light', idPrefix: 'e3-' },
    );
    expect(svg).toContain('id="e3-clip"');
    expect(svg).toContain('url(#e3-clip)');
  });

  it('a missing tile is drawn empty and a broken one is counted', async () => {
    const basemap = await loadBasemap(regional, async ({ x }) =>
      x % 2 ? null : new Uint8Array([0xff, 0xff, 0xff]),
    );
    expect(basemap.tiles.length).toBe(0);
    expect(basemap.failed).toBeGreaterThan(0);
    const { errors } = parseXml(
      renderStaticSvg(regional, { basemap, places: [] }, { lang: 'ar', theme: 'light' }),
    );
    expect(errors).toEqual([]);
  });

  it('clips the basemap to the view (no coordinates far outside)', async () => {
    const svg = await renderStaticMap(regional, { loader, places: [] }, { lang: 'en', theme: 'light' });
    const starts = [...svg.matchAll(/d="M(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(starts.length).toBeGreaterThan(0);
    for (const [x, y] of starts) {
      expect(x).toBeGreaterThanOrEqual(-9);
      expect(x).toBeLessThanOrEqual(709);
      expect(y).toBeGreaterThanOrEqual(-9);
      expect(y).toBeLessThanOrEqual(489);
    }
  });

  it('reads the style it draws from the live style (layer ids in drawing order)', async () => {
    const svg = await renderStaticMap(
      regional,
      { loader, places: shippedModel().places },
      { lang: 'en', theme: 'light' },
    );
    const order = layersOf(parseXml(svg).doc);
    const styleOrder = basemapStyle({ baseUrl: '', theme: 'light', lang: 'en' }).layers.map((l) => l.id);
    const basemapDrawn = order.filter((id) => id!.startsWith('basemap-'));
    expect(basemapDrawn).toEqual(styleOrder.filter((id) => basemapDrawn.includes(id)));
    expect(order.indexOf('aa-point')).toBeGreaterThan(order.indexOf('basemap-boundaries'));
  });
});
