import { describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/collection/build-index.ts';
import { readDigests } from '../../src/collection/build-node.ts';
import { CollectionClient, searchLoaded, loadShard, shardsFor } from '../../src/collection/client.ts';
import type { SearchShard } from '../../src/collection/format.ts';
import { AtlasEvents } from '../../src/atlas/time-filter.ts';
import { filterIndices } from '../../src/atlas/list-filter.ts';
import { articleHref, atlasSearch } from '../../src/atlas/links.ts';
import { parseUrlState } from '../../src/state/url-state.ts';

const HASAKAH = 'hasakah-prison-us-statement-2022';
const DEMO = 'semalka-reopening-demo';
const files = buildCollection(readDigests('geodata', [HASAKAH, DEMO], null).digests);

/** A fetch over the built files, counting requests. */
function serve() {
  const asked: string[] = [];
  const f = (async (url: string) => {
    const path = new URL(url).pathname.replace('/geodata/collection/', '');
    asked.push(path);
    const body = files.get(path);
    return body == null ? new Response('no', { status: 404 }) : new Response(body as BodyInit);
  }) as unknown as typeof fetch;
  return { client: new CollectionClient('http://atlas.test/', f), asked };
}

describe('CollectionClient', () => {
  it('fetches the summary once and a place shard only when a place is asked for', async () => {
    const { client, asked } = serve();
    await client.summary();
    await client.summary();
    expect(asked).toEqual(['summary.json']);
    const rec = await client.place('semalka_crossing');
    expect(rec!.items.map((i) => i.a)).toEqual([DEMO, HASAKAH]);
    expect(await client.place('no_such_place')).toBeNull();
    expect(asked.filter((a) => a.startsWith('places/')).length).toBe(1);
  });

  it("a place's article ids come from its shard when the card holds them all", async () => {
    const { client, asked } = serve();
    expect(await client.placeIds('semalka_crossing')).toEqual([DEMO, HASAKAH]);
    expect(await client.placeIds('no_such_place')).toEqual([]);
    expect(asked.some((a) => a.startsWith('place-items/'))).toBe(false);
  });

  it('prefetch starts the shard fetch once and never rejects', async () => {
    const { client, asked } = serve();
    await client.summary();
    client.prefetchPlace('semalka_crossing');
    client.prefetchPlace('semalka_crossing');
    await client.place('semalka_crossing');
    expect(asked.filter((a) => a.startsWith('places/')).length).toBe(1);
    const failing = new CollectionClient(
      'http://atlas.test/',
      (async () => new Response('no', { status: 500 })) as unknown as typeof fetch,
    );
    failing.prefetchPlace('semalka_crossing'); // an unhandled rejection would fail the run
    await new Promise((r) => setTimeout(r, 5));
  });

  it('searches in both languages over the shards the query needs', async () => {
    const { client, asked } = serve();
    expect((await client.search('Geneva')).sort()).toEqual([HASAKAH]);
    expect((await client.search('جنيف')).sort()).toEqual([HASAKAH]);
    expect((await client.search('وغويران')).sort()).toEqual([HASAKAH]);
    expect((await client.search('semalka crossing')).sort()).toEqual([HASAKAH, DEMO]);
    expect(await client.search('x')).toEqual([]);
    expect(await client.search('zzqq')).toEqual([]);
    expect(asked.every((a) => a === 'summary.json' || a.startsWith('search/'))).toBe(true);
  });

  it('rejects with the file when a file is missing, and may retry', async () => {
    const f = (async () => new Response('no', { status: 500 })) as unknown as typeof fetch;
    const client = new CollectionClient('http://atlas.test/', f);
    await expect(client.summary()).rejects.toThrow(/summary\.json: HTTP 500/);
  });

  it('pages: page 0 is the summary, others are fetched, out of range is empty', async () => {
    const { client } = serve();
    expect((await client.page(0)).length).toBe(2);
    expect(await client.page(5)).toEqual([]);
  });

  it("a list page brings its places' card heads: a card draws its newest reports with no fetch", async () => {
    const { client, asked } = serve();
    expect(client.headNow('semalka_crossing')).toBeNull();
    await client.page(0);
    const head = client.headNow('semalka_crossing')!;
    expect(head[1]).toBe(2);
    expect(head[2].map((r) => r.a)).toEqual([DEMO, HASAKAH]);
    expect(head[2][0]).not.toHaveProperty('q'); // quotes come with the shard
    expect(asked).toEqual(['summary.json']);
    expect(client.tiles()).toBe('http://atlas.test/geodata/collection/tiles/{z}/{x}/{y}.pbf');
  });
});

describe('searchLoaded', () => {
  const shard: SearchShard = {
    terms: [
      ['semalka', [0, 1]],
      ['seal', [1]],
      ['geneva', [0]],
    ],
    docs: ['a', 'b'],
  };
  const shards = new Map([
    ['se', loadShard(shard)],
    ['ge', loadShard({ terms: [['geneva', [0]]], docs: ['a'] })],
  ]);
  it.each([
    ['se', ['a', 'b']],
    ['sem', ['a', 'b']],
    ['sea', ['b']],
    ['semalka geneva', ['a']],
    ['semalka gen', ['a']],
    ['seal geneva', []],
    ['', []],
  ])('%s → %j', (q, ids) => {
    expect(searchLoaded(q, shards).sort()).toEqual(ids);
  });
  it('asks only for shards that exist', () => {
    expect(shardsFor('semalka qq', new Set(['se']))).toEqual(['se']);
  });
});

describe('time and list filters', () => {
  const ev = new AtlasEvents(JSON.parse(files.get('events.json') as string));
  const day = (s: string) => Date.parse(s);
  it('a range gives the places and articles with an event in it (half-open)', () => {
    const r = ev.inRange(day('2022-06-01'), day('2022-07-01'));
    expect(ev.file.articles.filter((_, i) => r.articles[i])).toEqual([HASAKAH]);
    const none = ev.inRange(day('2030-01-01'), day('2030-01-02'));
    expect(none.events).toBe(0);
    expect(none.places.every((f) => f === 0)).toBe(true);
  });
  it('filters combine: search ∩ place ∩ time, newest first', () => {
    expect(filterIndices(ev, { search: null, place: null, range: null })).toEqual([0, 1]);
    expect(filterIndices(ev, { search: [HASAKAH], place: null, range: null })).toEqual([1]);
    expect(filterIndices(ev, { search: null, place: [DEMO, HASAKAH], range: null })).toEqual([0, 1]);
    const june = { start: day('2022-06-01'), end: day('2022-07-01') };
    expect(filterIndices(ev, { search: [DEMO], place: null, range: june })).toEqual([]);
  });
});

describe('atlas links and URL keys', () => {
  it('opens an article at a place in the reader language', () => {
    expect(articleHref(HASAKAH, { lang: 'en', place: 'semalka_crossing' })).toBe(
      `./?article=${HASAKAH}&lang=en&place=semalka_crossing`,
    );
  });
  it('round-trips q and page through the one schema; bad values are dropped with a reason', () => {
    const s = atlasSearch({ lang: 'ar', q: 'سيمالكا', page: 2 });
    expect(parseUrlState(s).state).toEqual({ lang: 'ar', q: 'سيمالكا', page: 2 });
    expect(atlasSearch({ page: 0 })).toBe('');
    const bad = parseUrlState(`?q=${'x'.repeat(201)}&page=-1`);
    expect(bad.state).toEqual({});
    expect(bad.notices.map((n) => n.reason)).toEqual(['url_queryLong', 'url_page']);
    expect(parseUrlState('?q=%20').notices[0]!.reason).toBe('url_queryEmpty');
  });
});
