/**
 * Build-verified articles (issue 16.3, `src/model/verified.ts`): the shipped build's files match the
 * digests in each article's `verified.json`, so the first view draws without fetching the validator; a file changed
 * after the build loads the validator and is refused with its error, as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectClean, mapIdle, open, type OpenedPage } from './harness.ts';

const ID = 'hasakah-prison-us-statement-2022';
const VALIDATOR = /\/assets\/validate-[\w-]+\.js$/;

const fetched = (p: OpenedPage) =>
  p.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));

describe('build-verified article files', () => {
  it('the shipped build draws the article without fetching the validator', async () => {
    const p = await open('./?lang=en');
    await mapIdle(p.page);
    await p.page.getByTestId('article-text').waitFor();
    expect((await fetched(p)).filter((u) => VALIDATOR.test(u))).toEqual([]);
    expectClean(p);
  });

  it('a file edited after the build is validated and refused with its path and value', async () => {
    const meta = JSON.parse(readFileSync(`geodata/${ID}/article.json`, 'utf8')) as Record<string, unknown>;
    const p = await open('./?lang=en', {
      fulfill: { [`${ID}/article.json`]: JSON.stringify({ ...meta, id: 'Not An Id' }) },
    });
    const issues = p.page.getByTestId('data-issues');
    await issues.waitFor({ timeout: 20_000 });
    expect(await issues.innerText()).toContain('meta.id');
    expect(await issues.innerText()).toContain('Not An Id');
    expect((await fetched(p)).filter((u) => VALIDATOR.test(u))).toHaveLength(1);
    expect(await p.page.getByTestId('article-text').count()).toBe(0);
    expectClean(p);
  });

  it('a broken manifest (as if absent, as on the dev server) validates, then draws', async () => {
    expect(readFileSync(`dist/geodata/${ID}/verified.json`, 'utf8')).toContain('"files"');
    const p = await open('./?lang=en', { fulfill: { [`${ID}/verified.json`]: '{ not json' } });
    await mapIdle(p.page);
    await p.page.getByTestId('article-text').waitFor();
    expect((await fetched(p)).filter((u) => VALIDATOR.test(u))).toHaveLength(1);
    expectClean(p);
  });
});
