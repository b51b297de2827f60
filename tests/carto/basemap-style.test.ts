import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { expression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_LAYER_IDS,
  BASEMAP_MAX_ZOOM,
  BASEMAP_SOURCE_LAYERS,
  PALETTES,
  basemapStyle,
  nameExpr,
  type BasemapLang,
  type BasemapTheme,
} from '../../src/carto/basemap-style.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BASEMAP = join(ROOT, 'geodata/basemap');
const BASE = 'http://127.0.0.1:5173/app/';
const combos = (['light', 'dark'] as BasemapTheme[]).flatMap((theme) =>
  (['ar', 'en'] as BasemapLang[]).map((lang) => ({ theme, lang })),
);

/** WCAG 2 contrast ratio of two opaque #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('basemap style', () => {
  for (const { theme, lang } of combos) {
    it(`validates with zero errors (${theme}, ${lang})`, () => {
      const style = basemapStyle({ baseUrl: BASE, theme, lang });
      expect(validateStyleMin(style)).toEqual([]);
      expect(style.glyphs).toBeUndefined();
      expect(style.layers.map((l) => l.id)).toEqual([...BASEMAP_LAYER_IDS]);
    });
  }

  it('keeps the tile URL absolute with literal {z}/{x}/{y} and overzooms past the tile maxzoom', () => {
    const style = basemapStyle({ baseUrl: BASE, theme: 'light', lang: 'ar' });
    const src = style.sources.basemap as { tiles: string[]; maxzoom: number; attribution: string };
    expect(src.tiles).toEqual([`${BASE}geodata/basemap/tiles/{z}/{x}/{y}.pbf`]);
    expect(src.maxzoom).toBe(BASEMAP_MAX_ZOOM);
    expect(src.attribution).toMatch(/OpenStreetMap/);
    expect(src.attribution).toMatch(/Natural Earth/);
  });

  it('points font-faces at shipped font files and uses only that font', () => {
    const style = basemapStyle({ baseUrl: BASE, theme: 'dark', lang: 'en' });
    const faces = Object.entries(style['font-faces'] ?? {});
    expect(faces.length).toBe(1);
    for (const [name, decl] of faces) {
      for (const face of Array.isArray(decl) ? decl : [{ url: decl }]) {
        expect(face.url.startsWith(`${BASE}fonts/`)).toBe(true);
        expect(existsSync(join(ROOT, 'public', face.url.slice(BASE.length)))).toBe(true);
      }
      for (const l of style.layers) if (l.type === 'symbol') expect(l.layout?.['text-font']).toEqual([name]);
    }
    expect(existsSync(join(ROOT, 'public/fonts/OFL-noto-sans-arabic.txt'))).toBe(true);
  });

  it('labels follow lang with a fallback to the other name', () => {
    const ar = JSON.stringify(basemapStyle({ baseUrl: BASE, theme: 'light', lang: 'ar' }).layers);
    const en = JSON.stringify(basemapStyle({ baseUrl: BASE, theme: 'light', lang: 'en' }).layers);
    expect(ar).toContain(JSON.stringify(nameExpr('ar')));
    expect(en).toContain(JSON.stringify(nameExpr('en')));
    expect(JSON.stringify(nameExpr('ar')).indexOf('name_ar')).toBeLessThan(
      JSON.stringify(nameExpr('ar')).indexOf('name_en'),
    );
  });

  it("leaves the app layers' prefix (aa-) free", () => {
    for (const id of BASEMAP_LAYER_IDS) expect(id.startsWith('aa-')).toBe(false);
  });

  for (const theme of ['light', 'dark'] as BasemapTheme[]) {
    it(`text colours meet WCAG AA against the land fill (${theme})`, () => {
      const p = PALETTES[theme];
      for (const t of [p.text, p.textMuted, p.regionText, p.riverText])
        expect(contrast(t, p.land)).toBeGreaterThanOrEqual(4.5);
    });
  }
});

describe('built tiles', () => {
  const meta = JSON.parse(readFileSync(join(BASEMAP, 'tiles.json'), 'utf8')) as {
    maxzoom: number;
    vector_layers: { id: string; fields: Record<string, string> }[];
    stats: { tiles: number };
  };

  it('metadata lists every source-layer the style uses, at the style maxzoom', () => {
    expect(meta.maxzoom).toBe(BASEMAP_MAX_ZOOM);
    const ids = meta.vector_layers.map((l) => l.id);
    const style = basemapStyle({ baseUrl: BASE, theme: 'light', lang: 'en' });
    const used = new Set(
      style.layers.flatMap((l) => ('source-layer' in l && l['source-layer'] ? [l['source-layer']] : [])),
    );
    for (const s of used) expect(ids).toContain(s);
    for (const s of BASEMAP_SOURCE_LAYERS) expect(ids).toContain(s);
    expect(meta.stats.tiles).toBeLessThan(4000);
  });

  it('a decoded first-view tile holds the regional layers (Hasakah, z8)', () => {
    // z8 tile containing al-Hasakah (40.75E 36.50N)
    const z = 8;
    const x = Math.floor(((40.75 + 180) / 360) * 2 ** z);
    const s = Math.sin((36.5 * Math.PI) / 180);
    const y = Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 2 ** z);
    const tile = new VectorTile(new PbfReader(readFileSync(join(BASEMAP, `tiles/${z}/${x}/${y}.pbf`))));
    for (const name of ['countries', 'governorates', 'places', 'labels'])
      expect(Object.keys(tile.layers)).toContain(name);
    const places = tile.layers.places!;
    const names = Array.from({ length: places.length }, (_, i) => places.feature(i).properties);
    expect(names.some((p) => p.name_en === 'Al Hasakah' && p.name_ar === 'الحسكة')).toBe(true);
  });

  it('the max-zoom tile at the prison holds the neighbourhoods', () => {
    const z = 10;
    const x = Math.floor(((40.7625 + 180) / 360) * 2 ** z);
    const s = Math.sin((36.4775 * Math.PI) / 180);
    const y = Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 2 ** z);
    const tile = new VectorTile(new PbfReader(readFileSync(join(BASEMAP, `tiles/${z}/${x}/${y}.pbf`))));
    expect(Object.keys(tile.layers)).toContain('neighbourhoods');
    expect(tile.layers.neighbourhoods!.extent).toBe(8192);
  });

  it('writes no tile above maxzoom', () => {
    const zs = readdirSync(join(BASEMAP, 'tiles')).map(Number);
    expect(Math.max(...zs)).toBe(BASEMAP_MAX_ZOOM);
  });
});

describe('one spelling per place', () => {
  const label = (lang: 'ar' | 'en', properties: Record<string, string>) => {
    const e = expression.createExpression(nameExpr(lang), {
      type: 'string',
      'property-type': 'data-driven',
      expression: { interpolated: false, parameters: ['zoom', 'feature'] },
    } as never);
    if (e.result !== 'success') throw new Error('bad expression');
    return e.value.evaluate({ zoom: 8 }, { type: 'Point', properties } as never);
  };
  it.each([
    ['Dahuk', 'Duhok'],
    ['Dohuk', 'Duhok'],
    ['Irbil', 'Erbil'],
    ['Erbil', 'Erbil'],
    ['Al Hasakah', 'Al-Hasakah'],
    ['Mosul', 'Mosul'],
    ['Kiev', 'Kyiv'],
  ])('%s is shown as %s', (raw, want) => expect(label('en', { name_en: raw })).toBe(want));
  it('Arabic gets its hamza, and a missing name falls back to the other language', () => {
    expect(label('ar', { name_ar: 'اربيل' })).toBe('أربيل');
    expect(label('ar', { name_en: 'Halabja' })).toBe('Halabja');
    expect(label('en', { name_ar: 'حلب' })).toBe('حلب');
  });
});

describe('tile coverage', () => {
  it('the regional source declares where its tiles are; the world source covers the world up to z6', () => {
    const style = basemapStyle({ baseUrl: BASE, theme: 'light', lang: 'en' });
    const regional = style.sources.basemap as { bounds?: number[] };
    const world = style.sources['basemap-world'] as { bounds?: number[]; maxzoom?: number };
    expect(regional.bounds).toEqual([34.5, 31.5, 46.5, 38.5]);
    expect(world.maxzoom).toBe(6);
    // Washington and 0°,0° lie outside the regional tiles: nothing is asked of them there.
    const inside = (b: number[], [lon, lat]: [number, number]) =>
      lon >= b[0]! && lon <= b[2]! && lat >= b[1]! && lat <= b[3]!;
    expect(inside(regional.bounds!, [-77.03, 38.9])).toBe(false);
    expect(inside(regional.bounds!, [0, 0])).toBe(false);
    expect(inside(regional.bounds!, [40.75, 36.5])).toBe(true);
    // The world layers come from the world source only, the regional ones from the regional source only.
    for (const l of style.layers) {
      const sl = (l as { 'source-layer'?: string })['source-layer'];
      if (!sl) continue;
      expect('source' in l && l.source).toBe(sl.startsWith('world') ? 'basemap-world' : 'basemap');
    }
  });
});

describe('the world basemap', () => {
  const tileAt = (lon: number, lat: number, z: number) => {
    const x = Math.floor(((lon + 180) / 360) * 2 ** z);
    const s = Math.sin((lat * Math.PI) / 180);
    const y = Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 2 ** z);
    return new VectorTile(new PbfReader(readFileSync(join(BASEMAP, `tiles/${z}/${x}/${y}.pbf`))));
  };
  const props = (tile: VectorTile, layer: string) => {
    const l = tile.layers[layer];
    return l ? Array.from({ length: l.length }, (_, i) => l.feature(i).properties) : [];
  };

  it.each([
    ['Khartoum', 32.53, 15.59, 'الخرطوم', 'السودان'],
    ['Kyiv', 30.52, 50.45, 'كييف', 'أوكرانيا'],
    ['Gaza', 34.45, 31.5, 'غزة', 'فلسطين'],
  ])(
    'the z6 tile at %s has its coast or borders, the city in both languages and the country',
    (en, lon, lat, ar, country) => {
      const tile = tileAt(lon, lat, 6);
      expect(Object.keys(tile.layers)).toEqual(expect.arrayContaining(['world', 'world_places']));
      expect(
        props(tile, 'world_places').some(
          (p) => String(p.name_en).includes(en === 'Kyiv' ? 'Kiev' : en) && p.name_ar === ar,
        ),
      ).toBe(true);
      expect(props(tile, 'world').some((p) => p.name_ar === country)).toBe(true);
    },
  );

  it("names Washington's country and draws the Nile at Khartoum", () => {
    expect(props(tileAt(-77.04, 38.9, 6), 'world').some((p) => p.name_ar === 'الولايات المتحدة')).toBe(true);
    expect(props(tileAt(32.53, 15.59, 6), 'world_rivers').some((p) => p.name_en === 'Nile')).toBe(true);
  });

  it('cuts the study box out of the world layers (the regional layers draw it)', () => {
    const hasakah = tileAt(40.75, 36.5, 6);
    expect(props(hasakah, 'world').every((p) => p.name_en !== 'Syria')).toBe(true);
    expect(props(hasakah, 'world_places').every((p) => p.name_en !== 'Al Hasakah')).toBe(true);
  });

  it('leaves out on the Arabic map a world city without an Arabic name; the English map shows it', () => {
    const filterOf = (lang: BasemapLang) =>
      (
        basemapStyle({ baseUrl: BASE, theme: 'light', lang }).layers.find(
          (l) => l.id === 'basemap-world-place-labels',
        ) as { filter: unknown }
      ).filter;
    const shows = (lang: BasemapLang, properties: Record<string, unknown>) => {
      const f = expression.createExpression(filterOf(lang), {
        type: 'boolean',
        'property-type': 'data-driven',
        expression: { interpolated: false, parameters: ['zoom', 'feature'] },
      } as never);
      if (f.result !== 'success') throw new Error('bad filter');
      return f.value.evaluate({ zoom: 8 }, { type: 'Point', properties } as never);
    };
    const washington = { name_en: 'Washington, D.C.', minz: 1.1, rank: 1 };
    expect(shows('ar', washington)).toBe(false);
    expect(shows('en', washington)).toBe(true);
    expect(shows('ar', { ...washington, name_en: 'Kiev', name_ar: 'كييف' })).toBe(true);
    expect(shows('en', { ...washington, minz: 9 })).toBe(false);
  });
});

describe('the tile pyramid as the style reads it', () => {
  it('is the shipped tiles.json (constants in code, so the first view does not carry the file)', async () => {
    const meta = JSON.parse(readFileSync('geodata/basemap/tiles.json', 'utf8'));
    const tiles = await import('../../src/carto/basemap-tiles.ts');
    expect(tiles.WORLD_TILE_MAX_ZOOM).toBe(meta.world_maxzoom);
    expect(tiles.REGIONAL_BOUNDS).toEqual(meta.study_bounds);
    expect(tiles.WORLD_BOUNDS).toEqual(meta.bounds);
    expect(tiles.BASEMAP_MAX_ZOOM).toBe(meta.maxzoom);
  });
});
