/** The app shell in a real browser: the article, its mentions, both languages, invalid data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FILES } from '../../src/model/load.ts';
import { expectClean, mapIdle, open, shot } from './harness.ts';

const ID = 'hasakah-prison-us-statement-2022';
const dir = `geodata/${ID}`;
const mentions = JSON.parse(readFileSync(`${dir}/mentions.json`, 'utf8')) as unknown[];
const passages = JSON.parse(readFileSync(`${dir}/passages.json`, 'utf8')) as {
  id: string;
  translation: { en: { text: string } };
}[];
const places = JSON.parse(readFileSync(`${dir}/places.geojson`, 'utf8')) as { features: { id: string }[] };

describe('article page', () => {
  it('shows the Arabic article right-to-left with every mention highlighted, offline', async () => {
    const p = await open('./');
    const { page } = p;
    await page.locator('[data-testid="article-text"]').waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('[data-passage]').count()).toBe(passages.length);
    expect(await page.locator('button.mention').count()).toBe(mentions.length);
    // The first passage's text is verbatim from the article (no HTML interpretation, no edits).
    const text = readFileSync(`${dir}/article.txt`, 'utf8');
    const firstLine = text.split('\n')[1]!;
    expect(await page.locator('[data-passage="p01"] .original').innerText()).toBe(firstLine);
    expect(await page.locator('[data-testid="place-list"] button').count()).toBe(places.features.length);
    expect(await page.locator('[data-testid="event-list"] li[data-event]').count()).toBeGreaterThanOrEqual(7);
    await shot(page, 'article-ar-desktop');
    expectClean(p);
  });

  it('switches to English: translation shown, direction flips, marked as the project translation', async () => {
    const p = await open('./');
    const { page } = p;
    await page.locator('[data-testid="lang-switch"]').click();
    // The switch applies once English's strings have loaded (the build ships one language).
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const first = page.locator('[data-passage="p01"] .translation');
    await expect.poll(() => first.innerText()).toContain(passages[0]!.translation.en.text.slice(0, 40));
    expect(await first.innerText()).toContain("Project's translation");
    await expect.poll(() => page.url()).toContain('lang=en'); // written ≤ 300 ms later
    await shot(page, 'article-en-desktop');
    expectClean(p);
  });

  it('lists each event with its sources and certainty', async () => {
    const p = await open('./?lang=en');
    const ev = p.page.locator('[data-testid="event-list"] [data-event="semalka_reopened"]');
    await ev.waitFor();
    const txt = await ev.innerText();
    expect(txt).toContain('context from outside the article');
    expect(txt).toMatch(/Certainty: high/);
    expect(await ev.locator('.sources a').count()).toBeGreaterThan(0);
    expectClean(p);
  });

  it('shows the validation issues instead of a blank page when a data file is invalid', async () => {
    const bad = JSON.parse(readFileSync(`${dir}/mentions.json`, 'utf8')) as {
      selector: { exact?: string }[];
    }[];
    bad[0]!.selector[1]!.exact = 'XXXX';
    const p = await open('./?lang=en', { fulfill: { [`${ID}/mentions.json`]: JSON.stringify(bad) } });
    const issues = p.page.locator('[data-testid="data-issues"]');
    await issues.waitFor();
    expect(await issues.innerText()).toContain('mentions[0].selector[1].exact');
    await shot(p.page, 'invalid-data');
    expectClean(p);
  });

  it('says why when the article index cannot be read', async () => {
    const p = await open('./?lang=en', { fulfill: { 'geodata/index.json': '{ not json' } });
    const err = p.page.locator('[data-testid="load-error"]');
    await err.waitFor();
    expect(await err.innerText()).toContain('index.json: not valid JSON');
    expectClean(p);
  });

  it('shows an error for an unparseable data file', async () => {
    const p = await open('./', { fulfill: { [`${ID}/events.json`]: '{ not json' } });
    const issues = p.page.locator('[data-testid="data-issues"]');
    await issues.waitFor();
    expect(await issues.innerText()).toContain('events.json');
    expectClean(p);
  });
});

describe('a second article, added as data alone', () => {
  it('is chosen by URL and drawn by the same engine (left-to-right text, its own places)', async () => {
    const files = Object.keys(ARTICLE_FILES);
    const fulfill: Record<string, string> = {
      'geodata/index.json': JSON.stringify({ articles: [ID, 'valid'] }),
    };
    for (const f of files) fulfill[`geodata/valid/${f}`] = readFileSync(`tests/fixtures/valid/${f}`, 'utf8');
    const p = await open('./?article=valid&lang=en&place=ulaanbaatar', { fulfill });
    await mapIdle(p.page);
    expect(await p.page.locator('[data-passage]').count()).toBeGreaterThan(0);
    expect(await p.page.locator('[data-testid="article-text"] .original').first().getAttribute('dir')).toBe(
      'ltr',
    );
    expect(await p.page.locator('[data-testid="place-card"]').getAttribute('data-place')).toBe('ulaanbaatar');
    expect(await p.page.locator('[data-testid="place-list"] button').count()).toBe(2);
    expect(p.page.url()).toContain('article=valid');
    await shot(p.page, 'second-article-en');
    expectClean(p);
  });
});
