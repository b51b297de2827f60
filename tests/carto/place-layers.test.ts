import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { basemapStyle } from '../../src/carto/basemap-style.ts';
import {
  labelData,
  placeData,
  placeLayers,
  SELECTED_LABEL_LAYER,
  withPlaces,
  PLACE_SOURCES,
  COUNTRY_NAMES_LAYER,
  COUNTRY_NAMES_SOURCE,
} from '../../src/carto/place-layers.ts';
import { FeatureIds } from '../../src/carto/feature-ids.ts';
import { GUARD_LAYER, GUARD_SOURCE } from '../../src/carto/label-guard.ts';
import { fontFiles } from '../../src/export/fonts.ts';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';

const model = buildModel(readArticleFromDisk('geodata/hasakah-prison-us-statement-2022').bundle!);

describe('place data', () => {
  it('carries every place once, keyed by pid, with one label point each', () => {
    const data = placeData(model.places);
    const labels = labelData(model.places);
    expect(data.features.map((f) => f.properties!.pid)).toEqual(model.places.map((p) => p.id));
    expect(labels.features.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(labels.features.find((f) => f.properties!.pid === 'kurdistan_region')!.properties!.area).toBe(
      true,
    );
  });
});

describe('the full style', () => {
  it.each([
    ['light', 'ar'],
    ['dark', 'en'],
  ] as const)('is a valid MapLibre style (%s, %s) with the place sources on top', (theme, lang) => {
    const base = basemapStyle({ baseUrl: 'http://127.0.0.1/', theme, lang });
    const style = withPlaces(base, {
      places: model.places,
      theme,
      lang,
      font: ['Noto Sans Arabic Regular'],
      offmap: { type: 'FeatureCollection', features: [] },
      ids: new FeatureIds(model.places.map((p) => p.id)),
    });
    expect(validateStyleMin(style as never)).toEqual([]);
    for (const s of Object.values(PLACE_SOURCES)) expect(style.sources[s]).toBeDefined();
    expect(style.layers.at(-1)!.id.startsWith('aa-')).toBe(true);
    expect(style.layers.filter((l) => l.id.startsWith('basemap-')).length).toBe(base.layers.length);
  });
});

describe('the text the place layers add', () => {
  it('draws only characters the bundled font has (no "≈" printed in a system font)', () => {
    const ranges = fontFiles().flatMap((f) => f.ranges);
    const covered = (ch: string) =>
      ranges.some(([a, b]) => ch.codePointAt(0)! >= a && ch.codePointAt(0)! <= b);
    for (const lang of ['ar', 'en'] as const) {
      const literals = JSON.stringify(
        placeLayers({
          places: [],
          theme: 'light',
          lang,
          font: ['x'],
          offmap: { type: 'FeatureCollection', features: [] },
        }),
      )
        .match(/"concat",[^\]]*/g)!
        .join('')
        .match(/"[^"]*"/g)!
        .map((s) => JSON.parse(s) as string)
        .join('');
      for (const ch of literals) expect(covered(ch), `${lang}: ${ch}`).toBe(true);
    }
  });
});

describe('live place labels (issue 17, 3)', () => {
  const input = (selected?: string[]) => ({
    places: model.places,
    theme: 'light' as const,
    lang: 'ar' as const,
    font: ['x'],
    offmap: { type: 'FeatureCollection' as const, features: [] },
    selected,
  });
  const symbol = (layers: ReturnType<typeof placeLayers>, id: string) => {
    const l = layers.find((x) => x.id === id);
    return l?.type === 'symbol' ? l : undefined;
  };
  it("the selected place's name is on a layer of its own, placed first and always shown", () => {
    const layers = placeLayers(input(['ghwayran']));
    // Last of the labels: only the invisible label guard (label-guard.ts) is placed before it.
    expect(layers.map((l) => l.id).slice(-2)).toEqual([SELECTED_LABEL_LAYER, GUARD_LAYER]);
    expect(symbol(layers, SELECTED_LABEL_LAYER)!.layout!['text-allow-overlap']).toBe(true);
    expect(JSON.stringify(symbol(layers, SELECTED_LABEL_LAYER)!.filter)).toContain('ghwayran');
  });
  it("on a live map the edge arrows are placed before the place labels (an arrow's name is never the one lost), after the selected name", () => {
    const ids = placeLayers(input([])).map((l) => l.id);
    expect(ids.indexOf('aa-offmap-arrow')).toBeGreaterThan(ids.indexOf('aa-label'));
    expect(ids.indexOf('aa-offmap-arrow')).toBeLessThan(ids.indexOf(SELECTED_LABEL_LAYER));
    // The static drawing keeps its order (it places its labels itself).
    const still = placeLayers(input()).map((l) => l.id);
    expect(still.indexOf('aa-offmap-arrow')).toBeLessThan(still.indexOf('aa-label'));
  });
  it('a selected area is named like any label, never printed over another (no «الحسكةشمال شرقي سوريا»)', () => {
    const area = symbol(placeLayers(input(['northeast_syria'])), 'aa-area-label')!;
    expect(area.layout!['text-allow-overlap']).toBe(false);
    expect(area.layout!['text-ignore-placement']).toBeUndefined();
    expect(area.layout!['text-padding']).toBeGreaterThan(2);
    expect(symbol(placeLayers(input([])), 'aa-label')!.layout!['text-variable-anchor']).toContain('bottom');
  });
  it('the static renderer (no selection given) keeps its layers as they were', () => {
    const layers = placeLayers(input());
    expect(layers.some((l) => l.id === SELECTED_LABEL_LAYER || l.id === GUARD_LAYER)).toBe(false);
    expect(symbol(layers, 'aa-area-label')!.layout!['text-ignore-placement']).toBe(true);
  });
  it('the live style validates', () => {
    const style = withPlaces(
      basemapStyle({ baseUrl: 'http://127.0.0.1/', theme: 'light', lang: 'ar' }),
      input(['ghwayran']),
    );
    expect(validateStyleMin(style)).toEqual([]);
    // The label guard's source is there, empty until the map has a size.
    expect(style.sources[GUARD_SOURCE]).toMatchObject({ type: 'geojson' });
    expect(style.layers.at(-1)!.id).toBe(GUARD_LAYER);
  });
});

describe('the atlas’s cluster mode (issue 20: no work before idle that its first view does not draw)', () => {
  it('leaves out the article’s place and edge-indicator sources and layers; keeps the country names and the guard', () => {
    const base = basemapStyle({ baseUrl: 'http://127.0.0.1/', theme: 'light', lang: 'en' });
    const style = withPlaces(base, {
      places: [],
      theme: 'light',
      lang: 'en',
      font: ['x'],
      offmap: { type: 'FeatureCollection', features: [] },
      selected: [],
      clusters: true,
    });
    const gone = new Set<string>(Object.values(PLACE_SOURCES));
    expect(Object.keys(style.sources).filter((k) => gone.has(k))).toEqual([]);
    expect(style.layers.filter((l) => 'source' in l && gone.has(l.source))).toEqual([]);
    expect(style.sources[COUNTRY_NAMES_SOURCE]).toMatchObject({ type: 'geojson' });
    expect(style.layers.map((l) => l.id)).toContain(COUNTRY_NAMES_LAYER);
    expect(style.sources[GUARD_SOURCE]).toMatchObject({ type: 'geojson' });
    expect(style.layers.at(-1)!.id).toBe(GUARD_LAYER);
    expect(validateStyleMin(style)).toEqual([]);
  });
});
