import { describe, expect, it } from 'vitest';
import {
  clipToBox,
  countryLabelPoints,
  countryNameFeatures,
  countryShapes,
  interiorPoint,
  namesForView,
  ringArea,
  type NamesCamera,
} from '../../src/carto/country-names.ts';

/** A plate carrée "camera": 10 px per degree, lon 0..40 and lat 0..30 in a 400×300 view. */
const cam: NamesCamera = {
  width: 400,
  height: 300,
  project: ([lon, lat]) => ({ x: lon * 10, y: (30 - lat) * 10 }),
  unproject: ([x, y]) => [x / 10, 30 - y / 10],
};
const square = (x0: number, y0: number, x1: number, y1: number) => [
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ],
];
const AR: Record<string, string> = { Syria: 'سوريا', Iraq: 'العراق', Turkey: 'تركيا' };
const shape = (nameEn: string, polygons: number[][][][]) => ({ nameEn, nameAr: AR[nameEn]!, polygons });

describe('country names for the view', () => {
  it('names a country that fills the view without its own label, inside the part in view', () => {
    // Syria runs far west of the view; its part in view is lon 0..20.
    const fc = countryNameFeatures([shape('Syria', [square(-30, 0, 20, 30)])], new Set(), cam);
    expect(fc.features).toHaveLength(1);
    const [lon, lat] = fc.features[0]!.geometry.coordinates as [number, number];
    expect(lon).toBeGreaterThan(2);
    expect(lon).toBeLessThan(18);
    expect(lat).toBeGreaterThan(2);
    expect(lat).toBeLessThan(28);
    expect(fc.features[0]!.properties).toMatchObject({ name_ar: 'سوريا', name_en: 'Syria' });
  });
  it('skips countries already labelled, or with too small a share of the view', () => {
    const shapes = [shape('Syria', [square(0, 0, 20, 30)]), shape('Turkey', [square(38, 0, 60, 30)])];
    const fc = countryNameFeatures(shapes, new Set(['Syria']), cam);
    expect(fc.features).toEqual([]);
  });
  it('keeps one name per country, in its largest piece (tiles cut countries into pieces)', () => {
    const shapes = [shape('Iraq', [square(20, 0, 25, 30)]), shape('Iraq', [square(25, 0, 40, 30)])];
    const fc = countryNameFeatures(shapes, new Set(), cam);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]!.geometry.coordinates[0]).toBeGreaterThan(25);
  });
  it('keeps names out of the covered part of the view', () => {
    const fc = countryNameFeatures([shape('Syria', [square(0, 0, 40, 30)])], new Set(), {
      ...cam,
      inset: { bottom: 150 },
    });
    const lat = fc.features[0]!.geometry.coordinates[1]!;
    expect(lat).toBeGreaterThan(15);
  });
  it('clips rings to a box and measures them', () => {
    const ring = clipToBox(
      [
        [-10, -10],
        [10, -10],
        [10, 10],
        [-10, 10],
      ],
      { x0: 0, y0: 0, x1: 5, y1: 20 },
    );
    expect(Math.abs(ringArea(ring))).toBeCloseTo(50);
    expect(
      clipToBox(
        [
          [50, 50],
          [60, 50],
          [60, 60],
        ],
        { x0: 0, y0: 0, x1: 5, y1: 5 },
      ),
    ).toEqual([]);
  });
  it('finds a point inside a concave ring, away from its edges', () => {
    // An L shape: the bounding box's centre (5, 5) is outside it.
    const L: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 10],
      [0, 10],
    ];
    const p = interiorPoint(L)!;
    expect(p[0] < 2 || p[1] < 2).toBe(true);
    expect(
      interiorPoint([
        [0, 0],
        [1, 1],
      ]),
    ).toBeNull();
  });
});

describe('reading the basemap tiles', () => {
  it('takes named country polygons and country label points, and nothing else', () => {
    const poly = { type: 'Polygon' as const, coordinates: square(0, 0, 1, 1) };
    const shapes = countryShapes([
      { geometry: poly, properties: { name_en: 'Syria', name_ar: 'سوريا' } },
      {
        geometry: { type: 'MultiPolygon', coordinates: [square(0, 0, 1, 1)] },
        properties: { name_en: 'Iraq', name_ar: 'العراق' },
      },
      { geometry: poly, properties: { name_en: 'Nowhere' } },
      {
        geometry: { type: 'Point', coordinates: [0, 0] },
        properties: { name_en: 'Iraq', name_ar: 'العراق' },
      },
    ]);
    expect(shapes.map((s) => [s.nameEn, s.nameAr])).toEqual([
      ['Syria', 'سوريا'],
      ['Iraq', 'العراق'],
    ]);
    const points = countryLabelPoints([
      {
        geometry: { type: 'Point', coordinates: [38, 35] },
        properties: { kind: 'country', name_en: 'Syria' },
      },
      { geometry: { type: 'Point', coordinates: [40, 36] }, properties: { kind: 'city', name_en: 'Raqqa' } },
      { geometry: poly, properties: { kind: 'country', name_en: 'Iraq' } },
    ]);
    expect([...points]).toEqual([['Syria', [38, 35]]]);
  });

  it('names from the tiles only the countries whose own label is out of the free view', () => {
    const poly = (x0: number, x1: number) => ({
      type: 'Polygon' as const,
      coordinates: square(x0, 0, x1, 30),
    });
    const countries = [
      { geometry: poly(-30, 20), properties: { name_en: 'Syria', name_ar: 'سوريا' } },
      { geometry: poly(20, 60), properties: { name_en: 'Iraq', name_ar: 'العراق' } },
    ];
    const label = (name: string, lon: number, lat: number) => ({
      geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      properties: { kind: 'country', name_en: name },
    });
    // Syria's label point is west of the view; Iraq's is in it.
    const names = (labels: ReturnType<typeof label>[], inset?: NamesCamera['inset']) =>
      namesForView({ countries, labels }, { ...cam, inset }).features.map((f) => f.properties!.name_en);
    expect(names([label('Syria', -10, 15), label('Iraq', 30, 15)])).toEqual(['Syria']);
    // Iraq's label under the covered bottom of the view does not count as shown.
    expect(names([label('Syria', -10, 15), label('Iraq', 30, 5)], { bottom: 150 })).toEqual([
      'Syria',
      'Iraq',
    ]);
  });
});
