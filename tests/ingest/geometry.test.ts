/**
 * `geometryResolver`: a shipped entry's geometry reference resolved and simplified for an article's
 * places.geojson, on the repository's own files. Small islands collapse under the simplification's
 * tolerance; they keep their drawn rings (an ingest of a report naming the Maldives crashed).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { geometryResolver } from '../../src/ingest/geometry.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const entries = (
  JSON.parse(readFileSync(resolve(ROOT, 'geodata/gazetteer.json'), 'utf8')) as { entries: GazetteerEntry[] }
).entries;
const byId = (id: string) => entries.find((e) => e.id === id)!;
const geometryOf = geometryResolver(ROOT);
const rings = (g: { type: string; coordinates: unknown }) =>
  (g.type === 'Polygon' ? [g.coordinates] : (g.coordinates as unknown[])) as [number, number][][][];

describe('geometryResolver', () => {
  test.each(['maldives', 'seychelles', 'vatican', 'u_s_minor_outlying_is'])(
    '%s: islands smaller than the tolerance keep their drawn rings, each closed with 4 points or more',
    (id) => {
      const got = geometryOf(byId(id));
      expect(got.geometry?.type).toMatch(/Polygon$/u);
      const polys = rings(got.geometry as { type: string; coordinates: unknown });
      expect(polys.length).toBeGreaterThan(0);
      for (const ring of polys.flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    },
  );

  test('every shipped entry with a geometry reference resolves without throwing', () => {
    const refs = entries.filter((e) => e.ref);
    expect(refs.length).toBeGreaterThan(100);
    for (const e of refs) expect(() => geometryOf(e), e.id).not.toThrow();
  });

  test('a large unit is still simplified, and says so', () => {
    const got = geometryOf(byId('egypt'));
    expect(got.note).toMatch(/Simplified from/u);
  });
});
