import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { readTile } from '../../src/static/mvt.ts';
import { TILES_DIR } from './helpers.ts';

const files: string[] = [];
for (const z of readdirSync(TILES_DIR))
  for (const x of readdirSync(join(TILES_DIR, z)))
    for (const f of readdirSync(join(TILES_DIR, z, x))) files.push(join(TILES_DIR, z, x, f));

describe('readTile (our MVT reader) against @mapbox/vector-tile', () => {
  it(`decodes all ${files.length} shipped tiles identically: layers, extents, types, properties, geometry`, () => {
    let features = 0;
    for (const file of files) {
      const bytes = readFileSync(file);
      const ref = new VectorTile(new PbfReader(bytes));
      const ours = readTile(bytes);
      expect(Object.keys(ours.layers).sort(), file).toEqual(Object.keys(ref.layers).sort());
      for (const [name, rl] of Object.entries(ref.layers)) {
        const ol = ours.layers[name]!;
        expect([ol.extent, ol.length], `${file} ${name}`).toEqual([rl.extent, rl.length]);
        for (let i = 0; i < rl.length; i++) {
          const rf = rl.feature(i);
          const of = ol.feature(i);
          expect(of.type).toBe(rf.type);
          expect({ ...of.properties }).toEqual({ ...rf.properties });
          expect(of.loadGeometry()).toEqual(rf.loadGeometry().map((r) => r.map((p) => ({ x: p.x, y: p.y }))));
          features++;
        }
      }
    }
    expect(features).toBeGreaterThan(1000);
  }, 60_000);

  it('throws on bytes that are not a tile (decodeTile turns that into a counted failure)', () => {
    expect(() => readTile(new Uint8Array([0x1a, 0xff, 0xff, 0xff]))).toThrow();
  });

  it('keeps a `__proto__` property key as data', () => {
    // layer "l": name, one feature with tag 0=0, key "__proto__", value string "x"
    const str = (s: string) => [...new TextEncoder().encode(s)];
    const feature = [0x12, 0x02, 0x00, 0x00, 0x18, 0x01, 0x22, 0x03, 0x09, 0x02, 0x02];
    const key = str('__proto__');
    const value = [0x0a, 0x01, ...str('x')];
    const layer = [
      0x0a,
      0x01,
      ...str('l'),
      0x12,
      feature.length,
      ...feature,
      0x1a,
      key.length,
      ...key,
      0x22,
      value.length,
      ...value,
      0x28,
      0x80,
      0x20,
    ];
    const tile = readTile(new Uint8Array([0x1a, layer.length, ...layer]));
    const f = tile.layers.l!.feature(0);
    expect(Object.hasOwn(f.properties, '__proto__')).toBe(true);
    expect(f.properties['__proto__']).toBe('x');
    expect(f.loadGeometry()).toEqual([[{ x: 1, y: 1 }]]);
    expect(tile.layers.l!.extent).toBe(4096);
  });
});
