import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  anchor,
  directionTo,
  edgePoint,
  spreadIndicators,
  edgeSide,
  frameBounds,
  offMapPlaces,
  placeBounds,
  uncertaintyCircles,
} from '../../src/carto/geometry.ts';
import type { PlaceFeature } from '../../src/model/types.ts';

const pt = (id: string, lon: number, lat: number, kind = 'city', precision_m = 1000): PlaceFeature =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      name_ar: id,
      name_en: id,
      kind,
      precision_m,
      certainty: 'high',
      note: '',
      geometry_source: { title: 't' },
    },
  }) as PlaceFeature;

describe('frameBounds', () => {
  it('frames local points with their precision circles, not countries or far places', () => {
    const places = [
      pt('a', 40, 36, 'city', 1000),
      pt('b', 42, 37, 'crossing', 1000),
      pt('us', -77, 38.9, 'country'),
      pt('geneva', 6.1, 46.2, 'city'),
    ];
    const b = frameBounds(places)!;
    // 1 km of latitude is ~0.009°: the circle widens the frame on every side.
    expect(b[0]).toBeCloseTo(40 - 0.0112, 3);
    expect(b[1]).toBeCloseTo(36 - 0.009, 3);
    expect(b[2]).toBeCloseTo(42 + 0.0113, 3);
    expect(b[3]).toBeCloseTo(37 + 0.009, 3);
  });
  it('returns null for no places', () => expect(frameBounds([])).toBeNull());
});

describe('offMapPlaces', () => {
  it('keeps only points over 1000 km from the frame centre', () => {
    const places = [pt('a', 40, 36), pt('geneva', 6.14569, 46.20222), pt('dc', -77.03637, 38.89511)];
    expect(offMapPlaces(places, [40, 36, 42, 37]).map((p) => p.id)).toEqual(['geneva', 'dc']);
  });
  it('keeps a place whose extent reaches the frame: a sea given by a far label point and a wide precision', () => {
    // Suez's frame; the Red Sea's label point lies ~1,240 km south-east, its precision ~1,005 km.
    const frame: [number, number, number, number] = [32.3, 29.8, 32.7, 30.1];
    const sea = pt('red-sea', 38.6, 20.3, 'region', 1_005_000);
    const pointOnly = pt('far-town', 38.6, 20.3, 'city', 5_000);
    expect(offMapPlaces([sea, pointOnly], frame).map((p) => p.id)).toEqual(['far-town']);
  });
});

describe('directionTo', () => {
  it('gives distance and bearing from al-Hasakah to Geneva (north-west, ~3,050 km)', () => {
    const { km, bearing } = directionTo([40.74772, 36.50237], [6.14569, 46.20222]);
    expect(km).toBeGreaterThan(3000);
    expect(km).toBeLessThan(3100);
    expect(bearing).toBeGreaterThan(280);
    expect(bearing).toBeLessThan(320);
  });
});

describe('edgePoint', () => {
  const table: [string, { x: number; y: number }, { x: number; y: number; angle: number } | null][] = [
    ['inside', { x: 500, y: 300 }, null],
    ['far right', { x: 5000, y: 400 }, { x: 964, y: 400, angle: 90 }],
    ['far above', { x: 500, y: -9000 }, { x: 500, y: 36, angle: 0 }],
    ['far left', { x: -3000, y: 400 }, { x: 36, y: 400, angle: 270 }],
    ['far below', { x: 500, y: 9000 }, { x: 500, y: 764, angle: 180 }],
  ];
  it.each(table)('%s', (_, target, expected) => {
    const got = edgePoint(1000, 800, target);
    if (expected == null) return expect(got).toBeNull();
    expect(got!.x).toBeCloseTo(expected.x, 5);
    expect(got!.y).toBeCloseTo(expected.y, 5);
    expect(got!.angle).toBeCloseTo(expected.angle, 5);
  });
});

describe('uncertainty and bounds', () => {
  it('draws a circle per point with a precision, tagged with the place id', () => {
    const fc = uncertaintyCircles([pt('a', 40, 36, 'city', 2000)]);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]!.properties).toEqual({ pid: 'a', approximate: false });
    expect(fc.features[0]!.geometry.coordinates[0]).toHaveLength(65);
  });
  it('gives a point at least a minimum span to fit', () => {
    const b = placeBounds(pt('a', 40, 36, 'city', 100), 0.6);
    expect(b[3] - b[1]).toBeCloseTo((2 * 0.6) / 111.2, 2);
  });
  it('frames the shipped article on al-Hasakah to Semalka (~150 km)', () => {
    const fc = JSON.parse(
      readFileSync('geodata/hasakah-prison-us-statement-2022/places.geojson', 'utf8'),
    ) as { features: PlaceFeature[] };
    const b = frameBounds(fc.features)!;
    expect(b[0]).toBeGreaterThan(40.6);
    expect(b[2]).toBeLessThan(42.5);
    expect(b[1]).toBeGreaterThan(36.4);
    expect(b[3]).toBeLessThan(37.2);
  });
});

describe('spreadIndicators', () => {
  it('spaces indicators on the same edge at least the gap apart, keeping others', () => {
    const got = spreadIndicators(
      [
        { x: 36, y: 400 },
        { x: 36, y: 410 },
        { x: 500, y: 36 },
      ],
      1000,
      800,
      40,
    );
    expect(got).toEqual([
      { x: 36, y: 400 },
      { x: 36, y: 440 },
      { x: 500, y: 36 },
    ]);
  });
});

describe('edgeSide', () => {
  it.each([
    [{ x: 36, y: 400 }, 'left'],
    [{ x: 964, y: 400 }, 'right'],
    [{ x: 500, y: 36 }, 'top'],
    [{ x: 500, y: 764 }, 'bottom'],
  ] as const)('%o is on the %s edge', (p, side) => expect(edgeSide(p, 1000, 800)).toBe(side));
});

describe('anchor', () => {
  const area = (id: string, geometry: PlaceFeature['geometry']): PlaceFeature =>
    ({ ...pt(id, 0, 0, 'country'), geometry }) as PlaceFeature;
  const shipped = JSON.parse(
    readFileSync(
      new URL('../../geodata/hasakah-prison-us-statement-2022/places.geojson', import.meta.url),
      'utf8',
    ),
  ) as { features: PlaceFeature[] };

  it('lies inside a U-shaped area, whose centroid is outside it', () => {
    // A U open to the north: the centroid (2, ~1.4) falls in the gap between the arms.
    const u = area('u', {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [3, 4],
          [3, 1],
          [1, 1],
          [1, 4],
          [0, 4],
          [0, 0],
        ],
      ],
    });
    const [x, y] = anchor(u);
    const inLeftArm = x > 0 && x < 1 && y > 0 && y < 4;
    const inRightArm = x > 3 && x < 4 && y > 0 && y < 4;
    const inBase = x > 0 && x < 4 && y > 0 && y < 1;
    expect(inLeftArm || inRightArm || inBase).toBe(true);
  });

  it('puts the United States in the contiguous states, near their middle (not in Washington State)', () => {
    const us = shipped.features.find((f) => f.id === 'united_states')!;
    const [lon, lat] = anchor(us);
    expect(lon).toBeGreaterThan(-105);
    expect(lon).toBeLessThan(-88);
    expect(lat).toBeGreaterThan(34);
    expect(lat).toBeLessThan(42);
  });

  it('keeps a point a point and a line on its line', () => {
    expect(anchor(pt('p', 40.1, 36.5))).toEqual([40.1, 36.5]);
    const line = area('l', {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [2, 0],
      ],
    });
    expect(anchor(line)[0]).toBeCloseTo(1, 3);
  });
});
