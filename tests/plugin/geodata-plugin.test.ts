import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIds, shippedFile } from '../../geodata.plugin.ts';

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

describe('articleIds', () => {
  it('lists the folders holding an article.json, not the basemap or sources', () => {
    expect(articleIds()).toEqual(['hasakah-prison-us-statement-2022']);
  });
});
