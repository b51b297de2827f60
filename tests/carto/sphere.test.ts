import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  alongLine,
  bboxOf,
  bearingDeg,
  centroidOf,
  circle,
  destination,
  distanceKm,
  lineKm,
} from '../../src/carto/sphere.ts';

/** A seeded generator (mulberry32), so a failure names inputs that can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(16);
/** Anywhere on the globe, some points near each other (as an article's places are). */
const pos = (near?: Position): [number, number] =>
  near
    ? [near[0]! + (rand() - 0.5) * 2, near[1]! + (rand() - 0.5) * 2]
    : [(rand() - 0.5) * 360, (rand() - 0.5) * 170];
const line = (n: number): [number, number][] => {
  const out = [pos()];
  for (let i = 1; i < n; i++) out.push(pos(out[i - 1]));
  return out;
};
const PAIRS = Array.from({ length: 300 }, (_, i) => {
  const a = pos();
  return [a, i % 2 ? pos(a) : pos()] as const;
});

// Equal to the last bit: the first view's framing, circles and arrows must not move by a pixel.
describe('sphere: turf 7.4 written out', () => {
  it('distance and bearing', () => {
    for (const [a, b] of PAIRS) {
      expect(distanceKm(a, b)).toBe(turf.distance(a, b));
      expect(bearingDeg(a, b)).toBe(turf.bearing(a, b));
    }
    expect(distanceKm([0, 0], [0, 0])).toBe(0);
  });

  it('destination', () => {
    for (const [a] of PAIRS) {
      const km = rand() * 3000;
      const deg = (rand() - 0.5) * 720;
      expect(destination(a, km, deg)).toEqual(turf.destination(a, km, deg).geometry.coordinates);
    }
  });

  it('circle, with the default and a given number of steps', () => {
    for (const [a] of PAIRS.slice(0, 50)) {
      const km = rand() * 50;
      expect(circle(a, km)).toEqual(turf.circle(a, km));
      expect(circle(a, km, 16)).toEqual(turf.circle(a, km, { units: 'kilometers', steps: 16 }));
    }
  });

  it('length and the point along a line, at its ends, its middle and beyond', () => {
    for (let i = 0; i < 60; i++) {
      const c = line(2 + (i % 6));
      const l = turf.lineString(c);
      const total = turf.length(l);
      expect(lineKm(c)).toBe(total);
      for (const km of [0, total / 2, total * rand(), total, total + 5])
        expect(alongLine(c, km)).toEqual(turf.along(l, km).geometry.coordinates);
    }
  });

  it('bbox and centroid of every geometry type, features and collections', () => {
    const ring = (c: Position) =>
      [...line(5).map((p) => pos(p)), c].map((p, i, all) => (i === all.length - 1 ? all[0]! : p));
    const geometries: Geometry[] = [
      { type: 'Point', coordinates: pos() },
      { type: 'MultiPoint', coordinates: line(4) },
      { type: 'LineString', coordinates: line(5) },
      { type: 'MultiLineString', coordinates: [line(3), line(4)] },
      { type: 'Polygon', coordinates: [ring(pos()), ring(pos())] },
      { type: 'MultiPolygon', coordinates: [[ring(pos())], [ring(pos()), ring(pos())]] },
    ];
    geometries.push({ type: 'GeometryCollection', geometries: [...geometries] });
    const features: Feature[] = geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }));
    const fc: FeatureCollection = { type: 'FeatureCollection', features };
    for (const g of [...geometries, ...features, fc]) {
      expect(bboxOf(g)).toEqual(turf.bbox(g));
      expect(centroidOf(g)).toEqual(turf.centroid(g).geometry.coordinates);
    }
    // An object's own bbox wins, as in turf.
    const own: Feature = { ...features[2]!, bbox: [1, 2, 3, 4] };
    expect(bboxOf(own)).toEqual(turf.bbox(own));
    expect(bboxOf(own)).toEqual([1, 2, 3, 4]);
  });

  it('an unknown geometry type throws, as in turf', () => {
    const bad = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Curve', coordinates: [] },
    } as unknown as Feature;
    expect(() => bboxOf(bad)).toThrow('Unknown Geometry Type');
    expect(() => turf.bbox(bad)).toThrow('Unknown Geometry Type');
  });
});
