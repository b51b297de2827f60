/**
 * Hostile inputs and bad networks in a real browser (issue 8). Each case asserts what the reader
 * sees: the article, or an error panel naming the problem; never a blank page, a page error or a
 * request off the origin.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FETCH_TIMEOUT_MS } from '../../src/model/load.ts';
import { MARKUP_PAYLOADS } from '../fuzz/generators.ts';
import { expectClean, open, shot, type OpenedPage } from './harness.ts';

const ID = 'hasakah-prison-us-statement-2022';

/** The page shows something: the article, or a problem panel; not an empty main area. */
async function expectNotBlank(p: OpenedPage): Promise<'article' | 'problem'> {
  const { page } = p;
  const seen = page.locator(
    '[data-testid="article-text"], [data-testid="load-error"], [data-testid="data-issues"]',
  );
  await seen.first().waitFor({ timeout: 20_000 });
  return (await page.locator('[data-testid="article-text"]').count()) > 0 ? 'article' : 'problem';
}

describe('a server that never answers (issue 8.3)', () => {
  it('index.json: the page names it, offers a retry, and the retry loads the article', async () => {
    const p = await open('./?lang=en', { hang: ['geodata/index.json'], clock: true });
    const { page } = p;
    await page.locator('.status').waitFor();
    await p.hung(1);
    await page.clock.fastForward(FETCH_TIMEOUT_MS + 100);
    const panel = page.locator('[data-testid="load-error"]');
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.innerText()).toContain('index.json: did not answer within 10 s');
    await shot(page, 'fuzz-hang-index-en-desktop');
    p.answerHung();
    await page.locator('[data-testid="retry"]').click();
    await page.locator('[data-testid="article-text"]').waitFor({ timeout: 20_000 });
    expectClean(p);
  });

  it('one article file: the issue list names the file, with a retry, in Arabic too', async () => {
    const p = await open('./', { hang: [`${ID}/events.json`], clock: true });
    const { page } = p;
    await page.locator('.status').waitFor();
    await p.hung(1);
    await page.clock.fastForward(FETCH_TIMEOUT_MS + 100);
    const issues = page.locator('[data-testid="data-issues"]');
    await issues.waitFor({ timeout: 10_000 });
    expect(await issues.innerText()).toContain('events.json: did not answer within 10 s');
    expect(await page.locator('[data-testid="retry"]').innerText()).toBe('إعادة المحاولة');
    await shot(page, 'fuzz-hang-events-ar-desktop');
    p.answerHung();
    await page.locator('[data-testid="retry"]').click();
    expect(await expectNotBlank(p)).toBe('article');
    expectClean(p);
  });
});

const DIR = `geodata/${ID}`;
const file = (f: string) => readFileSync(`${DIR}/${f}`, 'utf8');

/** Hostile query strings: the article always shows, whatever the URL says. */
const QUERIES = [
  '?place=__proto__',
  '?place=constructor&event=toString',
  '?article=../../etc/passwd',
  '?article=__proto__',
  `?lang=${'x'.repeat(15_000)}`,
  '?theme=SECURITY+ALERT:+call+this+number',
  '?style=javascript:alert(1)',
  '?style=http://evil.example/style.json',
  '?view=NaN,NaN,NaN',
  '?view=1e309,0,3',
  '?view=0,0,22',
  '?time=2022-02-30/2022-01-01',
  '?%E0%A4%A=%&&&=&lang',
  '?lang=en&lang=ar&lang=<img src=https://tracker.example/x>',
  '?place=%3Cscript%3Ealert(1)%3C/script%3E',
  '?\u202e=1&digits=arab&tdir=rtl&place=syria',
];

describe(`hostile URLs (${QUERIES.length} cases)`, () => {
  it.each(QUERIES)('%s: the article shows, nothing leaves the origin, nothing throws', async (q) => {
    const p = await open(`./${q}`);
    expect(await expectNotBlank(p)).toBe('article');
    expect(await p.page.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
    expectClean(p);
  });
});

/** The first place's credit line replaced by `payload`. */
function placesWith(payload: string): string {
  const places = JSON.parse(file('places.geojson')) as {
    features: { properties: { geometry_source: Record<string, string> } }[];
  };
  places.features[0]!.properties.geometry_source.attribution = payload;
  return JSON.stringify(places);
}

describe(`markup in the data (${MARKUP_PAYLOADS.length} cases)`, () => {
  it.each(MARKUP_PAYLOADS)('%s in a credit line: the issue list names the field', async (payload) => {
    const p = await open('./?lang=en', { fulfill: { [`${ID}/places.geojson`]: placesWith(payload) } });
    expect(await expectNotBlank(p)).toBe('problem');
    const issues = await p.page.locator('[data-testid="data-issues"]').innerText();
    expect(issues).toContain('places.features[0].properties.geometry_source.attribution');
    expect(
      await p.page.locator('[data-testid="data-issues"] img, [data-testid="data-issues"] a').count(),
    ).toBe(0);
    expectClean(p);
  });
});

const JSON_FILES = ['article.json', 'passages.json', 'mentions.json', 'places.geojson', 'events.json'];

describe('malformed data files', () => {
  it('a place id "__proto__" with mentions pointing to it: the issue list, no page error', async () => {
    const places = file('places.geojson').replaceAll('"syria"', '"__proto__"');
    const mentions = file('mentions.json').replaceAll('"syria"', '"__proto__"');
    const events = file('events.json').replaceAll('"syria"', '"__proto__"');
    const p = await open('./?lang=en', {
      fulfill: {
        [`${ID}/places.geojson`]: places,
        [`${ID}/mentions.json`]: mentions,
        [`${ID}/events.json`]: events,
      },
    });
    expect(await expectNotBlank(p)).toBe('problem');
    expect(await p.page.locator('[data-testid="data-issues"]').innerText()).toContain(
      '"__proto__" is not a valid id',
    );
    await shot(p.page, 'fuzz-proto-id-en-desktop');
    expectClean(p);
  });

  it.each(JSON_FILES)('%s truncated: the file is named', async (f) => {
    const text = file(f);
    const p = await open('./?lang=en', { fulfill: { [`${ID}/${f}`]: text.slice(0, text.length >> 1) } });
    expect(await expectNotBlank(p)).toBe('problem');
    expect(await p.page.locator('[data-testid="data-issues"]').innerText()).toContain(`${f}: not valid JSON`);
    expectClean(p);
  });

  it('events.json nested 100,000 deep: issues, no page error', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const p = await open('./?lang=en', { fulfill: { [`${ID}/events.json`]: deep } });
    expect(await expectNotBlank(p)).toBe('problem');
    expect(await p.page.locator('[data-testid="data-issues"]').innerText()).toContain('events[0]');
    expectClean(p);
  });

  it('a byte-order mark: refused with the rule the node validator uses', async () => {
    const p = await open('./?lang=en', {
      fulfill: { [`${ID}/passages.json`]: `\uFEFF${file('passages.json')}` },
    });
    expect(await expectNotBlank(p)).toBe('problem');
    expect(await p.page.locator('[data-testid="data-issues"]').innerText()).toContain(
      'passages.json: starts with a byte-order mark',
    );
    expectClean(p);
  });

  it.each([
    ['a path as an article id', '{"articles":["../../x"]}'],
    ['"__proto__" as an article id', '{"articles":["__proto__"]}'],
    ['HTML instead of JSON', '<!doctype html><img src="https://tracker.example/x">'],
  ])('index.json with %s: the load error names index.json', async (_, body) => {
    const p = await open('./?lang=en', { fulfill: { 'geodata/index.json': body } });
    expect(await expectNotBlank(p)).toBe('problem');
    expect(await p.page.locator('[data-testid="load-error"]').innerText()).toContain('index.json');
    expectClean(p);
  });
});
