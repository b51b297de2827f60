import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleIds, articleIndex, defaultArticle, shippedFile } from '../../geodata.plugin.ts';

const ROOT = resolve('geodata');

describe('shippedFile (dev server paths under /geodata/)', () => {
  it.each([
    ['/index.json', 'index'],
    [
      '/hasakah-prison-us-statement-2022/article.json',
      join(ROOT, 'hasakah-prison-us-statement-2022/article.json'),
    ],
    ['/basemap/tiles.json?v=1', join(ROOT, 'basemap/tiles.json')],
    ['/sources/PROVENANCE.md', null],
    ['//sources/PROVENANCE.md', null],
    ['/./sources/PROVENANCE.md', null],
    ['/%2e%2e/package.json', null],
    ['/../package.json', null],
    ['/%E0%A4%A', null],
    ['/', null],
  ] as const)('%s → %s', (url, want) => expect(shippedFile(url)).toBe(want));
});

/** A geodata folder with articles `b-news` and `a-demo`, a basemap and sources; `site` is site.json. */
const dirs: string[] = [];
function geodata(site?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'aa-geodata-'));
  dirs.push(root);
  for (const id of ['b-news', 'a-demo']) {
    mkdirSync(join(root, id));
    writeFileSync(join(root, id, 'article.json'), '{}');
  }
  mkdirSync(join(root, 'basemap'));
  mkdirSync(join(root, 'sources'));
  if (site !== undefined) writeFileSync(join(root, 'site.json'), site);
  return root;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('articleIds', () => {
  it('lists the folders holding an article.json, sorted, not the basemap or sources', () => {
    expect(articleIds(geodata())).toEqual(['a-demo', 'b-news']);
  });
});

describe('articleIndex (geodata/index.json)', () => {
  it('puts the default of site.json first, whatever the alphabet says', () => {
    expect(articleIndex(geodata('{"defaultArticle":"b-news"}'))).toEqual({
      articles: ['b-news', 'a-demo'],
      default: 'b-news',
    });
  });
  it('without site.json: the folders sorted, no default', () => {
    expect(articleIndex(geodata())).toEqual({ articles: ['a-demo', 'b-news'] });
  });
  it.each([
    ['an unknown id', '{"defaultArticle":"c-missing"}'],
    ['no id', '{}'],
    ['a number', '{"defaultArticle":3}'],
  ])('site.json naming %s is refused', (_, site) => {
    expect(() => defaultArticle(geodata(site))).toThrow(/site\.json: defaultArticle/);
  });
  it('the shipped site.json names a shipped article', () => {
    const first = defaultArticle();
    expect(first).toBeDefined();
    expect(articleIds()).toContain(first);
  });
});
