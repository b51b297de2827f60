import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/collection/build-index.ts';
import { readDigests } from '../../src/collection/build-node.ts';
import type { EventsFile, ListPage, PointsFile, Summary } from '../../src/collection/format.ts';
import { compactRows, rowAt, type RowsFile } from '../../src/collection/rows.ts';
import { synthCollection } from '../../src/collection/synth.ts';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';

function built(files: ReadonlyMap<string, string | Uint8Array>) {
  const json = <T>(p: string) => JSON.parse(files.get(p) as string) as T;
  const summary = json<Summary>('summary.json');
  const pages = Array.from({ length: summary.pages }, (_, i) => json<ListPage>(`articles/${i}.json`).rows);
  return {
    rows: json<RowsFile>('rows.json'),
    ids: json<EventsFile>('events.json').articles,
    points: json<PointsFile>('points.json'),
    pages,
    gz: gzipSync(files.get('rows.json') as string, { level: 9 }).length,
  };
}

describe('rows.json: every list row, compact', () => {
  it('gives every article the row its list page carries (the shipped articles: Arabic, English, posters)', () => {
    const files = buildCollection(
      readDigests('geodata', ['hasakah-prison-us-statement-2022', 'semalka-reopening-demo'], null).digests,
      { hasCard: (id) => id.startsWith('hasakah') },
    );
    const b = built(files);
    const all = b.pages.flat();
    expect(b.ids.map((_, i) => rowAt(b.rows, b.ids, b.points, i))).toEqual(all);
    expect(all.some((e) => e.card) && all.some((e) => !e.card)).toBe(true);
  });

  it('at 120 generated articles: equal to the pages, under 40 bytes gzip an article', () => {
    const gaz = parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')));
    const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
    const arts = synthCollection(gaz.entries, { count: 120, seed: 11, sha256 });
    const dir = mkdtempSync(join(tmpdir(), 'aa-rows-'));
    try {
      for (const a of arts) {
        mkdirSync(join(dir, a.id), { recursive: true });
        for (const [f, t] of Object.entries(a.files)) writeFileSync(join(dir, a.id, f), t);
      }
      const b = built(
        buildCollection(
          readDigests(
            dir,
            arts.map((a) => a.id),
            null,
          ).digests,
        ),
      );
      expect(b.ids.map((_, i) => rowAt(b.rows, b.ids, b.points, i))).toEqual(b.pages.flat());
      expect(b.gz / 120).toBeLessThan(40);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);

  it('refuses a place the points file lacks, and an article out of range', () => {
    const e = {
      id: 'a',
      lang: 'en' as const,
      title: { en: 'A' },
      outlet: 'O',
      date: '2020-01-01',
      places: ['x'],
      names: [['', 'X'] as [string, string]],
      synthetic: false,
      card: false,
    };
    expect(() => compactRows([e], new Map())).toThrow(/a names place x/);
    const f = compactRows([e], new Map([['x', 0]]));
    expect(rowAt(f, ['a'], [['x', 0, 0, 1, '', 'X']], 0)).toEqual(e);
    expect(() => rowAt(f, ['a'], [], 0)).toThrow(/place 0/);
    expect(() => rowAt(f, ['a'], [], 1)).toThrow(/no article at 1/);
  });
});
