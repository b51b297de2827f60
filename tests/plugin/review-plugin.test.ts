import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failAtOf, REVIEW_PATHS, reviewPaths } from '../../review.plugin.ts';

describe('reviewPaths', () => {
  it('defaults to geodata/ and .review-previous/', () => {
    expect(reviewPaths({})).toEqual({
      ...REVIEW_PATHS,
      gazetteer: resolve(REVIEW_PATHS.geodata, 'gazetteer.json'),
    });
  });
  it('a test points it elsewhere; the gazetteer stays the repository’s', () => {
    const p = reviewPaths({ AA_REVIEW_GEODATA: '/tmp/x', AA_REVIEW_PREVIOUS: '/tmp/y' });
    expect(p).toEqual({
      geodata: '/tmp/x',
      previous: '/tmp/y',
      gazetteer: resolve(REVIEW_PATHS.geodata, 'gazetteer.json'),
    });
  });
});

describe('failAtOf (the interrupted-save hook)', () => {
  const url = (q: string) => new URL(`http://x/article/a${q}`);
  it.each([
    ['?failAt=staged', { AA_REVIEW_TEST_HOOKS: '1' }, 'staged'],
    ['?failAt=replaced:mentions.json', { AA_REVIEW_TEST_HOOKS: '1' }, 'replaced:mentions.json'],
    ['?failAt=staged', {}, undefined],
    ['?failAt=staged', { AA_REVIEW_TEST_HOOKS: 'true' }, undefined],
    ['?failAt=replaced:article.txt', { AA_REVIEW_TEST_HOOKS: '1' }, undefined],
    ['?failAt=elsewhere', { AA_REVIEW_TEST_HOOKS: '1' }, undefined],
    ['', { AA_REVIEW_TEST_HOOKS: '1' }, undefined],
  ] as const)('%s with %o → %s', (q, env, want) => expect(failAtOf(url(q), env)).toBe(want));
});
