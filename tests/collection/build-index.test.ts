import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/collection/build-index.ts';
import { buildCollectionDir, readDigests, writeFiles } from '../../src/collection/build-node.ts';
import type { ArticleDigest } from '../../src/collection/digest.ts';
import {
  CARD_FIRST,
  PAGE_SIZE,
  placeShardCount,
  placeShardOf,
  type EventsFile,
  type PlaceShard,
  type PointsFile,
  type SearchShard,
  type Summary,
} from '../../src/collection/format.ts';
import { shardFile } from '../../src/collection/search-text.ts';
import { synthCollection } from '../../src/collection/synth.ts';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';

const SHIPPED = ['hasakah-prison-us-statement-2022', 'semalka-reopening-demo'];
const shipped = readDigests('geodata', SHIPPED, null);
const files = buildCollection(shipped.digests, { hasCard: () => true });
const text = (f: ReadonlyMap<string, string | Uint8Array>, path: string) => f.get(path) as string;
const json = <T>(path: string) => JSON.parse(text(files, path)) as T;
const summary = json<Summary>('summary.json');
const points = json<PointsFile>('points.json');

function placeRecord(f: ReadonlyMap<string, string | Uint8Array>, key: string, shards: number) {
  const shard = JSON.parse(text(f, `places/${placeShardOf(key, shards)}.json`)) as PlaceShard;
  return shard.find(([k]) => k === key)?.[1];
}

const tmp = mkdtempSync(join(tmpdir(), 'aa-collection-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('buildCollection over the shipped articles', () => {
  it('reads both articles and lists them newest first with their cards', () => {
    expect(shipped.skipped).toEqual([]);
    expect(summary.counts.articles).toBe(2);
    expect(summary.first.map((e) => e.id)).toEqual([
      'semalka-reopening-demo',
      'hasakah-prison-us-statement-2022',
    ]);
    expect(summary.first.every((e) => e.card)).toBe(true);
    expect(summary.first[0]!.synthetic).toBe(true);
    expect(summary.first[1]!.synthetic).toBe(false);
  });

  it('makes Semalka, named in both, one place whose card lists both articles, newest first', () => {
    const semalka = points.find(([k]) => k === 'semalka_crossing')!;
    expect(semalka[3]).toBe(2);
    const rec = placeRecord(files, 'semalka_crossing', summary.placeShards)!;
    expect(rec.items.map((i) => i.a)).toEqual(['semalka-reopening-demo', 'hasakah-prison-us-statement-2022']);
    expect(rec.items[1]!.q).toContain('سيمالكا');
    expect(rec.items[1]!.qe).toMatch(/Semalka/);
  });

  it('keeps places of one article apart, each with its own count', () => {
    const geneva = points.find(([k]) => k === 'geneva')!;
    expect(geneva[3]).toBe(1);
    expect(summary.counts.places).toBe(new Set(points.map((p) => p[0])).size);
    expect('places' in summary).toBe(false); // the first view lists no place: the map has tiles
  });

  it('writes search shards that find an article by a clitic-bearing Arabic word', () => {
    // "بالحسكة" is indexed under its article-less reading "حسكه".
    const shard = json<SearchShard>(`search/${shardFile('حس')}.json`);
    const hit = shard.terms.find(([t]) => t === 'حسكه')!;
    expect(hit[1].map((i) => shard.docs[i]!)).toContain('hasakah-prison-us-statement-2022');
    // The reading with the article is not indexed, its rest is: only short words stay under ال.
    const al = json<SearchShard>(`search/${shardFile('ال')}.json`);
    expect(al.terms.every(([t]) => Array.from(t).length <= 3)).toBe(true);
    expect(summary.searchShards).toContain('حس');
  });

  it('writes every event once, sorted by start, with its places as atlas indexes', () => {
    const ev = json<EventsFile>('events.json');
    expect(ev.ev.length).toBe(summary.counts.events);
    expect(ev.ev.length).toBe(shipped.digests.reduce((n, d) => n + d.events.length, 0));
    for (let i = 1; i < ev.ev.length; i++) expect(ev.ev[i]![0]!).toBeGreaterThanOrEqual(ev.ev[i - 1]![0]!);
    expect(summary.span![0]).toBe(ev.ev[0]![0]);
  });
});

const digest = (
  id: string,
  day: number,
  point: [number, number],
  extra: Partial<ArticleDigest['places'][0]> = {},
) =>
  ({
    id,
    lang: 'en',
    title: { en: id },
    outlet: 'x',
    date: new Date(day).toISOString().slice(0, 10),
    day,
    synthetic: true,
    places: [{ id: 'town', point, name_ar: 'ت', name_en: 'Town', kind: 'town', quote: 'q', ...extra }],
    events: [],
    mentions: 1,
    terms: [],
  }) satisfies ArticleDigest;

describe('identity across articles', () => {
  it('one id far apart is two places; a gazetteer id joins different ids', () => {
    const f = buildCollection([
      digest('a', 0, [40, 36]),
      digest('b', 1, [40.05, 36.05]),
      digest('c', 2, [10, 10]),
      digest('d', 3, [0, 0], { gazetteerId: 'x1' }),
      digest('e', 4, [1, 1], { id: 'other', gazetteerId: 'x1' } as never),
    ]);
    const s = JSON.parse(text(f, 'points.json')) as PointsFile;
    expect(s.map(([k, , , n]) => [k, n])).toEqual([
      ['g-x1', 2],
      ['town', 2],
      ['town--2', 1],
    ]);
  });
});

describe("a place's names across articles", () => {
  it("an empty name (an English article's world place) is filled from another article", () => {
    const f = buildCollection([
      digest('a', 0, [0, 0], { gazetteerId: 'geonames-1', name_ar: '' } as never),
      digest('b', 1, [0, 0], { gazetteerId: 'geonames-1', name_ar: 'بلدة' } as never),
    ]);
    const s = JSON.parse(text(f, 'points.json')) as PointsFile;
    expect(s.map(([k, , , n, ar, en]) => [k, n, ar, en])).toEqual([['g-geonames-1', 2, 'بلدة', 'Town']]);
  });
});

describe('a generated collection', () => {
  const gaz = parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')));
  const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
  const arts = synthCollection(gaz.entries, { count: 30, seed: 3, sha256 });
  const root = join(tmp, 'articles');
  for (const a of arts) {
    mkdirSync(join(root, a.id), { recursive: true });
    for (const [f, t] of Object.entries(a.files)) writeFileSync(join(root, a.id, f), t);
  }
  const ids = arts.map((a) => a.id);

  it('keeps the newest reports of a place in its shard and pages the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      digest(`a${String(i).padStart(2, '0')}`, i * 86_400_000, [40, 36]),
    );
    const f = buildCollection(many);
    const rec = placeRecord(f, 'town', 1)!;
    expect(rec.items.length).toBe(CARD_FIRST);
    expect(rec.n).toBe(25);
    expect('ids' in rec).toBe(false); // a card never fetches the full list of its articles
    expect(rec.items[0]!.a).toBe('a24');
    expect(JSON.parse(text(f, 'place-items/town/0.json')).length).toBe(25);
    expect(JSON.parse(text(f, 'place-items/town/ids.json'))).toEqual(
      Array.from({ length: 25 }, (_, i) => `a${String(24 - i).padStart(2, '0')}`),
    );
  });

  it('a place with no more reports than a card shows has no ids file', () => {
    const f = buildCollection([digest('b1', 0, [40, 36])]);
    expect(placeRecord(f, 'town', 1)!.n).toBe(1);
    expect([...f.keys()].some((k) => k.startsWith('place-items/'))).toBe(false);
  });

  it('keeps place shards small: about 16 places each', () => {
    expect(placeShardCount(16)).toBe(1);
    expect(placeShardCount(17)).toBe(2);
    expect(placeShardCount(20_000)).toBe(2048);
  });

  it('pages the list and shards places by a stable rule', () => {
    const r = buildCollectionDir(root, ids, join(tmp, 'out'), join(tmp, 'cache.json'));
    expect(r.digests.length).toBe(30);
    const s = JSON.parse(readFileSync(join(tmp, 'out/summary.json'), 'utf8')) as Summary;
    expect(s.pages).toBe(Math.ceil(30 / PAGE_SIZE));
    expect(s.first.length).toBe(PAGE_SIZE);
    expect(s.placeShards).toBe(placeShardCount(s.counts.places));
  });

  it('an added article rewrites only the files it touches and reads only its folder', () => {
    const out = join(tmp, 'inc');
    const cache = join(tmp, 'inc-cache.json');
    buildCollectionDir(root, ids.slice(0, 29), out, cache);
    const r = buildCollectionDir(root, ids, out, cache);
    expect(r.read).toBe(1);
    expect(r.written).toBeGreaterThan(0);
    expect(r.unchanged).toBeGreaterThan(r.written);
    const again = buildCollectionDir(root, ids, out, cache);
    expect(again).toMatchObject({ read: 0, written: 0, removed: 0 });
  });

  it('skips an invalid article with its reason and counts it', () => {
    const bad = join(tmp, 'bad');
    mkdirSync(join(bad, 'broken'), { recursive: true });
    writeFileSync(join(bad, 'broken', 'article.json'), '{');
    const r = readDigests(bad, ['broken'], null);
    expect(r.skipped[0]!.id).toBe('broken');
    expect(r.skipped[0]!.reason).toMatch(/article\.json|JSON/);
  });

  it('removes files no longer produced', () => {
    const out = join(tmp, 'rm');
    writeFiles(
      out,
      new Map([
        ['a.json', '1'],
        ['b/c.json', '2'],
      ]),
    );
    const r = writeFiles(out, new Map([['a.json', '1']]));
    expect(r).toMatchObject({ removed: 1, unchanged: 1, written: 0 });
  });

  it('with a record of what it wrote, trusts an unchanged file of the same size and rewrites one damaged or gone', () => {
    const out = join(tmp, 'rec');
    const record = join(tmp, 'rec-written.json');
    const files = new Map<string, string | Uint8Array>([
      ['a.json', '[1]'],
      ['t/0.pbf', new Uint8Array([1, 2, 3])],
    ]);
    expect(writeFiles(out, files, record)).toMatchObject({ written: 2 });
    expect(writeFiles(out, files, record)).toMatchObject({ written: 0, unchanged: 2 });
    writeFileSync(join(out, 'a.json'), '[1, 2]'); // edited on disk: another size
    rmSync(join(out, 't/0.pbf'));
    expect(writeFiles(out, files, record)).toMatchObject({ written: 2, unchanged: 0 });
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('[1]');
    files.set('a.json', '[7]'); // a new content of the same size
    expect(writeFiles(out, files, record)).toMatchObject({ written: 1, unchanged: 1 });
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('[7]');
  });
});
