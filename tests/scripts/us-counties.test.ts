/**
 * The US Census counties for the world index (issue 18): entries built from the committed us-atlas
 * topology (`geodata/sources/world/us_atlas_counties_10m.topojson.gz`), checked on real units.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countyEntries, readCounties } from '../../scripts/gazetteer/us-counties.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const topo = readCounties(ROOT);
// Kentucky's and Louisiana's first-level units as the world index has them (ids illustrative).
const units: GazetteerEntry[] = [
  ['ne-admin1-test-ky', 'Kentucky'],
  ['ne-admin1-test-la', 'Louisiana'],
].map(([id, name]) => ({
  id: id!,
  names: { ar: [], en: [name!] },
  kind: 'governorate',
  point: [0, 0],
  precision_m: 1,
  certainty: 'medium',
  source: { title: 'test' },
  country: 'US',
  world: true,
}));
const entries = topo ? countyEntries(topo, units) : [];
const byId = new Map(entries.map((e) => [e.id, e]));

describe('US Census counties for the world index', () => {
  it('reads the committed source', () => {
    expect(topo).not.toBeNull();
    expect(entries.length).toBeGreaterThan(3000);
  });

  it('names a county with its suffix, in its state, as a world district of the United States', () => {
    const perry = byId.get('us-county-21193')!;
    expect(perry.names).toEqual({ ar: [], en: ['Perry County'] });
    expect(perry).toMatchObject({
      kind: 'district',
      country: 'US',
      world: true,
      within: 'ne-admin1-test-ky',
    });
    expect(perry.note).toMatch(/Kentucky/u);
    // Its namesake in Pennsylvania is another entry, in another state.
    expect(byId.get('us-county-42099')?.names.en).toEqual(['Perry County']);
    expect(byId.get('us-county-42099')?.note).toMatch(/Pennsylvania/u);
    expect(byId.get('us-county-42099')?.within).toBeUndefined();
  });

  it("names Louisiana's units parishes", () => {
    expect(byId.get('us-county-22071')?.names.en).toEqual(['Orleans Parish']);
    expect(byId.get('us-county-22071')?.within).toBe('ne-admin1-test-la');
  });

  it('leaves out independent cities, keeping the county of the same name and Texas codes above 500', () => {
    expect(byId.has('us-county-24510')).toBe(false); // Baltimore (city)
    expect(byId.get('us-county-24005')?.names.en).toEqual(['Baltimore County']);
    expect(byId.has('us-county-51760')).toBe(false); // Richmond (city), Virginia
    expect(byId.has('us-county-29510')).toBe(false); // St. Louis (city)
    expect(byId.has('us-county-32510')).toBe(false); // Carson City
    expect(byId.get('us-county-48507')?.names.en).toEqual(['Zavala County']);
  });

  it('leaves out the units whose suffix the data cannot say (Alaska, DC, Puerto Rico)', () => {
    expect(entries.filter((e) => /^us-county-(02|11|72)/u.test(e.id))).toEqual([]);
  });

  it('gives every entry a point inside its bbox, a positive precision and no Arabic name', () => {
    const bad = entries.filter((e) => {
      const [w, s, east, n] = e.bbox!;
      const [x, y] = e.point;
      return !(e.precision_m > 0) || x < w || x > east || y < s || y > n || e.names.ar.length > 0;
    });
    expect(bad.map((e) => e.id)).toEqual([]);
  });
});
