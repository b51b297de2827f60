import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { basemapStyle } from '../../src/carto/basemap-style.ts';
import {
  BASEMAP_DUPLICATE_LAYERS,
  duplicateNames,
  withoutDuplicates,
} from '../../src/carto/basemap-duplicates.ts';
import { withPlaces } from '../../src/carto/place-layers.ts';
import { FeatureIds } from '../../src/carto/feature-ids.ts';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';

const model = buildModel(readArticleFromDisk('geodata/hasakah-prison-us-statement-2022').bundle!);

describe('basemap duplicates of article places', () => {
  it('names each settlement under the spellings the basemap uses', () => {
    const names = duplicateNames(model.places);
    expect(names.en).toEqual(expect.arrayContaining(['Al-Hasakah', 'Al Hasakah', 'Hasakah']));
    expect(names.ar).toContain('الحسكة');
    // Only the kinds asked for: settlements by default, governorates without their generic word.
    expect(names.en).not.toContain('Syria');
    const gov = duplicateNames(model.places, new Set(['governorate']));
    expect(gov.en).toContain('Al-Hasakah');
    expect(gov.ar).toContain('الحسكة');
  });
  it('names an atlas tile’s place (no kind: a settlement), never an empty name', () => {
    expect(duplicateNames([{ name_en: 'Geneva', name_ar: 'جنيف' }])).toEqual({
      en: ['Geneva'],
      ar: ['جنيف'],
    });
    expect(duplicateNames([{ name_en: '', name_ar: 'جنيف' }])).toEqual({ en: [], ar: ['جنيف'] });
    expect(duplicateNames([{ name_en: 'Geneva', name_ar: '' }], new Set(['river']))).toEqual({
      en: [],
      ar: [],
    });
  });
  it('hides the world layer’s name of a city as its regional twin’s (Geneva is a world label)', () => {
    const base = basemapStyle({ baseUrl: 'http://127.0.0.1/', theme: 'light', lang: 'en' });
    const layer = base.layers.find((l) => l.id === 'basemap-world-place-labels')!;
    const hidden = withoutDuplicates(layer, [{ name_en: 'Geneva', name_ar: 'جنيف' }]);
    expect(JSON.stringify((hidden as { filter?: unknown }).filter)).toContain('"Geneva"');
  });
  it('hides the basemap’s own label and dot for them, and only those layers', () => {
    const base = basemapStyle({ baseUrl: 'http://127.0.0.1/', theme: 'light', lang: 'en' });
    const style = withPlaces(base, {
      places: model.places,
      theme: 'light',
      lang: 'en',
      font: ['Noto Sans Arabic Regular'],
      offmap: { type: 'FeatureCollection', features: [] },
      ids: new FeatureIds(model.places.map((p) => p.id)),
    });
    const kinds = new Set<string>(model.places.map((p) => p.properties.kind));
    for (const [id, of] of BASEMAP_DUPLICATE_LAYERS) {
      if (![...of].some((k) => kinds.has(k))) continue; // no river in this article
      const layer = style.layers.find((l) => l.id === id)!;
      expect(JSON.stringify((layer as { filter?: unknown }).filter)).toContain('"Al Hasakah"');
    }
    const other = (s: { layers: { id: string }[] }) =>
      s.layers.find((l) => l.id === 'basemap-country-labels');
    expect(other(style)).toEqual(other(base));
    expect(validateStyleMin(style as never)).toEqual([]);
  });
  it('hides the basemap’s own river name for a river the article draws (and names along it)', () => {
    const demo = buildModel(readArticleFromDisk('geodata/semalka-reopening-demo').bundle!);
    for (const lang of ['en', 'ar'] as const) {
      const style = withPlaces(basemapStyle({ baseUrl: 'http://127.0.0.1/', theme: 'light', lang }), {
        places: demo.places,
        theme: 'light',
        lang,
        font: ['Noto Sans Arabic Regular'],
        offmap: { type: 'FeatureCollection', features: [] },
        ids: new FeatureIds(demo.places.map((p) => p.id)),
      });
      const rivers = style.layers.find((l) => l.id === 'basemap-river-labels') as { filter?: unknown };
      expect(JSON.stringify(rivers.filter)).toContain(lang === 'en' ? '"Tigris"' : '"دجلة"');
    }
  });
});
