/**
 * Only the reader's language's strings in the first view (issue 16.3, `i18n-split.plugin.ts`): the
 * build loads the other language's chunk when the reader switches, before the switch shows, so no
 * string key ever reaches the page. The app and the atlas.
 */
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n.ts';
import { expectClean, mapIdle, open, type OpenedPage } from './harness.ts';

const chunk = (code: string) => new RegExp(`/assets/_virtual_atlas-strings-${code}-[\\w-]+\\.js$`);
const fetched = (p: OpenedPage) =>
  p.page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
/** Keys that cannot be a word of the interface (camelCase or with `_`): none may show on the page. */
const KEYS = Object.keys(STRINGS).filter((k) => /[A-Z_]/.test(k));

async function shownKeys(p: OpenedPage): Promise<string[]> {
  const text = await p.page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].map((e) =>
      ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? '').join(' '),
    );
    return `${document.body.innerText} ${attrs.join(' ')}`;
  });
  return KEYS.filter((k) => new RegExp(`(^|[^\\w])${k}([^\\w]|$)`).test(text));
}

/**
 * Two quick presses on an English page while the Arabic strings load: they load once, and the page
 * stays English.
 */
async function thereAndBack(p: OpenedPage): Promise<void> {
  await p.page.evaluate(() => {
    const b = document.querySelector<HTMLButtonElement>('[data-testid="lang-switch"]')!;
    b.click();
    b.click();
  });
  await expect.poll(async () => (await fetched(p)).filter((u) => chunk('ar').test(u)).length).toBe(1);
  await p.page.waitForTimeout(200);
  expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('en');
  expectClean(p);
}

describe('one language at a time', () => {
  it('the app: English only until the switch, then Arabic, and no key shows', async () => {
    const p = await open('./?lang=en');
    await mapIdle(p.page);
    expect((await fetched(p)).filter((u) => chunk('ar').test(u))).toEqual([]);
    expect(await shownKeys(p)).toEqual([]);
    await p.page.getByTestId('lang-switch').click();
    await p.page.waitForFunction(() => document.documentElement.lang === 'ar');
    expect((await fetched(p)).filter((u) => chunk('ar').test(u))).toHaveLength(1);
    expect(await p.page.getByTestId('lang-switch').innerText()).toBe('English');
    expect(await shownKeys(p)).toEqual([]);
    await p.page.getByTestId('lang-switch').click();
    await p.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await shownKeys(p)).toEqual([]);
    expectClean(p);
  });

  it('two quick presses while the other language loads go there and back', async () => {
    const p = await open('./?lang=en');
    await mapIdle(p.page);
    await thereAndBack(p);
  });

  it('the app in Arabic (no lang=) fetches no English strings', async () => {
    const p = await open('./');
    await mapIdle(p.page);
    const all = await fetched(p);
    expect(all.filter((u) => chunk('ar').test(u))).toHaveLength(1);
    expect(all.filter((u) => chunk('en').test(u))).toEqual([]);
    expect(await shownKeys(p)).toEqual([]);
    expectClean(p);
  });

  it('the atlas switches language with its strings loaded first', async () => {
    const p = await open('atlas.html?lang=en');
    await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await shownKeys(p)).toEqual([]);
    await p.page.getByTestId('lang-switch').click();
    await p.page.waitForFunction(() => document.documentElement.lang === 'ar');
    expect(await shownKeys(p)).toEqual([]);
    expectClean(p);
  });

  it('the atlas: two quick presses while the other language loads go there and back', async () => {
    const p = await open('atlas.html?lang=en');
    await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await thereAndBack(p);
  });
});
