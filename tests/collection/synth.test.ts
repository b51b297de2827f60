import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawIndex, synthCollection, synthId, zipfTable } from '../../src/collection/synth.ts';
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

describe('synth-collection CLI', () => {
  it('refuses to write under geodata/', () => {
    expect(refuseOut('geodata/synth')).toMatch(/never shipped/);
    expect(refuseOut('geodata')).toMatch(/never shipped/);
    expect(refuseOut('/tmp/aa-synth-nonexistent')).toBeNull();
  });
});
