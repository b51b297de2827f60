import { describe, expect, it } from 'vitest';
import { evaluate, operatorsIn, SUPPORTED_OPERATORS } from '../../src/static/expr.ts';
import { basemapStyle } from '../../src/carto/basemap-style.ts';
import { placeLayers } from '../../src/carto/place-layers.ts';

const ctx = (
  zoom: number,
  properties: Record<string, unknown> = {},
  state: Record<string, unknown> = {},
) => ({
  zoom,
  properties,
  state,
  geometryType: 'Point',
});

describe('style expression subset', () => {
  it.each([
    [['interpolate', ['linear'], ['zoom'], 4, 10, 8, 20], 6, 15],
    [['interpolate', ['linear'], ['zoom'], 4, 10, 8, 20], 2, 10],
    [['interpolate', ['linear'], ['zoom'], 4, 10, 8, 20], 9, 20],
    [['interpolate', ['exponential', 2], ['zoom'], 0, 0, 2, 3], 1, 1],
    [['step', ['zoom'], 2, 6, 3, 7, 4], 6.5, 3],
    [['step', ['zoom'], 2, 6, 3, 7, 4], 5, 2],
    [['match', ['get', 'rank'], 1, 'a', 2, 'b', 'c'], 0, 'c'],
    [['coalesce', ['get', 'missing'], 'x'], 0, 'x'],
    [['concat', '~ ', 'a'], 0, '~ a'],
    [['in', 'b', ['literal', ['a', 'b']]], 0, true],
    [['in', 'c', ['literal', ['a', 'b']]], 0, false],
    [['in', 'ska', 'Semalka'], 0, false],
    [['in', 'alk', 'Semalka'], 0, true],
    [['!', ['in', ['coalesce', ['get', 'missing'], ''], ['literal', ['x']]]], 0, true],
  ])('%j at z%s = %j', (expr, zoom, want) => {
    expect(evaluate(expr, ctx(zoom))).toEqual(want);
  });

  it('reads properties and feature-state, never the prototype', () => {
    expect(evaluate(['get', 'rank'], ctx(0, { rank: 2 }))).toBe(2);
    expect(evaluate(['get', '__proto__'], ctx(0, {}))).toBe(null);
    expect(
      evaluate(
        ['case', ['boolean', ['feature-state', 'selected'], false], 'red', 'ink'],
        ctx(0, {}, { selected: true }),
      ),
    ).toBe('red');
    expect(evaluate(['case', ['boolean', ['feature-state', 'selected'], false], 'red', 'ink'], ctx(0))).toBe(
      'ink',
    );
    expect(evaluate(['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false], ctx(0))).toBe(
      false,
    );
  });

  it('literal arrays stay values', () => {
    expect(evaluate([3, 2], ctx(0))).toEqual([3, 2]);
    expect(evaluate(['right', 'left'], ctx(0))).toEqual(['right', 'left']);
  });

  it('covers every operator the basemap and place styles use', () => {
    // Array-valued properties that are values, not expressions.
    const literal = new Set(['text-font', 'text-variable-anchor', 'line-dasharray', 'text-offset']);
    const used = new Set<string>();
    const layers = [
      ...basemapStyle({ baseUrl: '', theme: 'light', lang: 'en' }).layers,
      ...basemapStyle({ baseUrl: '', theme: 'dark', lang: 'ar' }).layers,
      ...placeLayers({
        places: [],
        theme: 'light',
        lang: 'ar',
        font: ['x'],
        offmap: { type: 'FeatureCollection', features: [] },
      }),
    ];
    for (const l of layers) {
      const props = {
        ...((l as { paint?: object }).paint ?? {}),
        ...((l as { layout?: object }).layout ?? {}),
      };
      for (const [k, v] of Object.entries(props)) if (!literal.has(k)) operatorsIn(v, used);
      if ('filter' in l) operatorsIn(l.filter, used);
    }
    // Kind names, layer names and anchors appear as match labels: only operator-shaped heads count.
    const unknown = [...used].filter((op) => !SUPPORTED_OPERATORS.has(op) && !/^[a-z]+$/.test(op));
    expect(unknown).toEqual([]);
    for (const op of ['interpolate', 'match', 'case', 'feature-state', 'step', 'has'])
      expect(used).toContain(op);
  });
});
