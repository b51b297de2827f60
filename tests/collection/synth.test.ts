import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawIndex, rankPlaces, synthCollection, synthId, zipfTable } from '../../src/collection/synth.ts';
import { mulberry32 } from '../../src/timeline/synthetic.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';
import { validateBundle } from '../../src/model/validate.ts';
import type { RawArticleBundle } from '../../src/model/types.ts';
import { refuseOut } from '../../scripts/synth-collection.ts';

const gaz = parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')));
const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const make = (count: number, seed = 7) => synthCollection(gaz.entries, { count, seed, sha256 });

const bundle = (files: Record<string, string>): RawArticleBundle => ({
  meta: JSON.parse(files['article.json']!),
  text: files['article.txt']!,
  passages: JSON.parse(files['passages.json']!),
  mentions: JSON.parse(files['mentions.json']!),
  places: JSON.parse(files['places.geojson']!),
  events: JSON.parse(files['events.json']!),
});

describe('synthCollection', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(make(5)).toEqual(make(5));
    expect(make(5, 8)[0]!.files['article.txt']).not.toBe(make(5)[0]!.files['article.txt']);
  });

  it('writes articles the validator accepts without errors (offsets, quotes, hash)', () => {
    for (const a of make(40)) {
      const errors = validateBundle(bundle(a.files)).filter((i) => i.severity === 'error');
      expect(errors, a.id).toEqual([]);
    }
  });

  it('marks every article synthetic', () => {
    for (const a of make(10)) {
      const meta = JSON.parse(a.files['article.json']!);
      expect(meta.notice.kind).toBe('synthetic-demo');
      expect(meta.outlet.asDelivered).toMatch(/synthetic/i);
    }
  });

  it('draws places with a skew: the commonest place is in many articles, most in few', () => {
    const counts = new Map<string, number>();
    const arts = make(200);
    for (const a of arts)
      for (const f of JSON.parse(a.files['places.geojson']!).features)
        counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
    const sorted = [...counts.values()].sort((x, y) => y - x);
    expect(sorted[0]! / arts.length).toBeGreaterThan(0.3);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(median / arts.length).toBeLessThan(0.05);
  });

  it('numbers ids so they sort in generation order', () => {
    expect(synthId(0)).toBe('synth-00001');
    expect(synthId(9999)).toBe('synth-10000');
  });

  it('samples a Zipf table by binary search', () => {
    const cum = zipfTable(3, 1); // 1, 1.5, 1.8333
    expect(drawIndex(cum, 0)).toBe(0);
    expect(drawIndex(cum, 0.5)).toBe(0);
    expect(drawIndex(cum, 0.6)).toBe(1);
    expect(drawIndex(cum, 0.99)).toBe(2);
  });

  it('refuses a gazetteer without two placeable entries', () => {
    expect(() => synthCollection(gaz.entries.slice(0, 1), { count: 1, sha256 })).toThrow(/two places/);
  });
});

/**
 * A stand-in for the world index (GeoNames, 68,000 entries, 3–9 s to build): entries shaped as
 * `geonamesEntry` makes them, one in three with an Arabic name, on a grid inside the study box.
 */
const fakeWorld = (n: number): GazetteerEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `geonames-${1000 + i}`,
    names: { ar: i % 3 === 0 ? [`بلدة ${i}`] : [], en: [`Town ${i}`] },
    kind: 'town',
    point: [36 + (i % 100) * 0.05, 33 + Math.floor(i / 100) * 0.01],
    precision_m: 2000,
    certainty: 'medium',
    source: { title: 'test', licence: 'CC BY 4.0' },
    geonames: 1000 + i,
    population: (i * 7919) % 100_000,
    world: true,
  }));

describe('drawing from the world index', () => {
  const world = fakeWorld(30_000);
  const shipped = gaz.entries.filter((e) => !e.world);

  it('ranks the shipped entries first, then world places; a world twin of a shipped entry is left out', () => {
    const twin = { ...world[0]!, geonames: 77, id: 'geonames-77' };
    const own = { ...shipped[0]!, geonames: 77 };
    const ranked = rankPlaces([own, ...shipped.slice(1), twin, ...world.slice(1, 100)], mulberry32(1));
    expect(ranked.slice(0, shipped.length).every((e) => !e.world)).toBe(true);
    expect(ranked.map((e) => e.id)).not.toContain('geonames-77');
    expect(ranked).toHaveLength(shipped.length + 99);
    expect(rankPlaces(world, mulberry32(1))).toEqual(rankPlaces(world, mulberry32(1)));
  });

  const arts = synthCollection([...gaz.entries, ...world], { count: 300, seed: 5, sha256 });
  const features = (a: (typeof arts)[number]) =>
    JSON.parse(a.files['places.geojson']!).features as {
      id: string;
      properties: { name_ar: string; gazetteer_id: string };
    }[];

  it('names world places, each with its gazetteer id, and validates (an English article may name a place with no Arabic name)', () => {
    const ids = new Set(arts.flatMap((a) => features(a).map((f) => f.properties.gazetteer_id)));
    expect([...ids].filter((id) => id.startsWith('geonames-')).length).toBeGreaterThan(300);
    for (const a of arts) {
      for (const f of features(a)) expect(f.properties.gazetteer_id).toBe(f.id);
      const errors = validateBundle(bundle(a.files)).filter((i) => i.severity === 'error');
      expect(errors, a.id).toEqual([]);
    }
    const unnamed = arts.filter((a) => features(a).some((f) => f.properties.name_ar === ''));
    expect(unnamed.length).toBeGreaterThan(0);
    for (const a of unnamed) expect(JSON.parse(a.files['article.json']!).language).toBe('en');
  });

  it('an Arabic article names every place by its Arabic name', () => {
    const arabic = arts.filter((a) => JSON.parse(a.files['article.json']!).language === 'ar');
    expect(arabic.length).toBeGreaterThan(100);
    for (const a of arabic) for (const f of features(a)) expect(f.properties.name_ar).not.toBe('');
  });
});

describe('synth-collection CLI', () => {
  it('refuses to write under geodata/', () => {
    expect(refuseOut('geodata/synth')).toMatch(/never shipped/);
    expect(refuseOut('geodata')).toMatch(/never shipped/);
    expect(refuseOut('/tmp/aa-synth-nonexistent')).toBeNull();
  });
});
