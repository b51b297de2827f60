/**
 * The review page in Chromium, on Vite's dev server (the page and its save endpoint exist only
 * there). The server reads and saves a temporary geodata folder (AA_REVIEW_GEODATA), filled by
 * running the ingest command on a synthetic test text, so the repository's geodata/ is never written.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main as ingest } from '../../scripts/ingest.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { validateBundleAsync } from '../../src/model/validate.ts';
import axe from 'axe-core';
import { expectClean, open, PHONE, shot, type OpenedPage } from './harness.ts';

const ID = 'review-test';
const TEXT = resolve(import.meta.dirname, '../fixtures/ingest/review-test-article.txt');
const FILES = ['article.json', 'passages.json', 'mentions.json', 'places.geojson', 'events.json'];
let root: string;
let server: ViteDevServer;
let base: string;
let draft: string;
const dir = () => join(root, 'geodata', ID);
const files = (d: string) => Object.fromEntries(FILES.map((f) => [f, readFileSync(join(d, f), 'utf8')]));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'aa-review-e2e-'));
  draft = join(root, 'draft');
  const quiet = () => {};
  expect(
    ingest(
      [TEXT, '--id', ID, '--out', draft, '--published', '2022-01-25', '--today', '2026-12-01'],
      quiet,
      quiet,
    ),
  ).toBe(0);
  process.env.AA_REVIEW_GEODATA = join(root, 'geodata');
  process.env.AA_REVIEW_PREVIOUS = join(root, 'previous');
  process.env.AA_REVIEW_TEST_HOOKS = '1';
  server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  base = server.resolvedUrls!.local[0]!;
}, 90_000);
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  rmSync(join(root, 'geodata'), { recursive: true, force: true });
  rmSync(join(root, 'previous'), { recursive: true, force: true });
  cpSync(draft, join(root, 'geodata'), { recursive: true });
});

async function openReview(opts: { viewport?: { width: number; height: number }; isMobile?: boolean } = {}) {
  const p = await open(`review.html?id=${ID}`, { base, ...opts });
  await p.page.locator('[data-mention-id]').first().waitFor({ timeout: 60_000 });
  return p;
}
const left = async (page: Page) => parseInt(await page.getByTestId('proposals-left').innerText(), 10);
const mention = (page: Page, id: string) => page.locator(`[data-mention-id="${id}"]`);
const card = (page: Page) => page.getByTestId('mention-card');
async function select(page: Page, id: string) {
  await mention(page, id).click();
  await expect.poll(() => card(page).innerText()).toContain(id);
}
async function saved(page: Page): Promise<string> {
  await page.getByTestId('save').click();
  const msg = page.getByTestId('message');
  await msg.filter({ hasText: /Saved|Not saved/ }).waitFor({ timeout: 20_000 });
  return msg.innerText();
}
/** axe-core's WCAG 2.1 A/AA and best-practice rules on the page as it is: the violations, by rule and target. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    }),
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The dev server's own client (HMR socket) is not a foreign request; nothing else may leave. */
const clean = (p: OpenedPage) => expectClean(p);

/** Drags the mouse across `word` in the article text (a real selection, in either direction of writing). */
async function dragSelect(page: Page, word: string, through?: string) {
  const box = await page.evaluate(
    ([w, t]) => {
      const root = document.querySelector('section.text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const find = (s: string) => {
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf(s);
          if (i >= 0) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + s.length);
            return r.getBoundingClientRect();
          }
        }
        return null;
      };
      const a = find(w)!;
      const b = t ? find(t)! : a;
      const rtl = getComputedStyle(root).direction === 'rtl';
      return {
        x0: rtl ? a.right - 1 : a.left + 1,
        y0: a.top + a.height / 2,
        x1: rtl ? b.left + 1 : b.right - 1,
        y1: b.top + b.height / 2,
      };
    },
    [word, through ?? ''] as const,
  );
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 });
  await page.mouse.move(box.x1, box.y1, { steps: 4 });
  await page.mouse.up();
}
type SavedMention = {
  id: string;
  placeId: string;
  passageId: string;
  role: string;
  status?: string;
  selector: [{ start: number; end: number }, { exact: string; prefix: string; suffix: string }];
};
/** The selectors of `m` checked against `text` in code points (as the validator reads them). */
function expectAnchored(text: string, m: Pick<SavedMention, 'selector'>) {
  const cps = Array.from(text);
  const [pos, q] = m.selector;
  expect(cps.slice(pos.start, pos.end).join('')).toBe(q.exact);
  expect(cps.slice(Math.max(0, pos.start - 32), pos.start).join('')).toBe(q.prefix);
  expect(cps.slice(pos.end, pos.end + 32).join('')).toBe(q.suffix);
}

describe('review page', () => {
  it('accept: the mention becomes reviewed and one proposal fewer is left', async () => {
    const p = await openReview();
    const before = await left(p.page);
    await select(p.page, 'm02');
    await p.page.getByTestId('accept').click();
    await expect.poll(() => mention(p.page, 'm02').getAttribute('class')).not.toContain('proposed');
    expect(await left(p.page)).toBe(before - 1);
    clean(p);
  });

  it('reject: the mention goes, and its proposed place with it', async () => {
    const p = await openReview();
    await select(p.page, 'm03');
    await p.page.getByTestId('reject').click();
    await expect.poll(() => mention(p.page, 'm03').count()).toBe(0);
    expect(await p.page.locator('ul.places').innerText()).not.toContain('erbil');
    clean(p);
  });

  it('relink: a candidate replaces the place (its geometry fetched from the gazetteer)', async () => {
    const p = await openReview();
    await select(p.page, 'm04');
    await card(p.page).getByRole('button', { name: 'duhok_governorate', exact: true }).click();
    await expect.poll(() => card(p.page).innerText()).toContain('duhok_governorate');
    // The place list follows once the gazetteer's geometry has arrived (an async fetch): poll, not read once.
    const list = p.page.locator('ul.places');
    await expect.poll(() => list.innerText()).toContain('duhok_governorate');
    await expect.poll(() => list.innerText()).not.toMatch(/· duhok$/m);
    clean(p);
  });

  it('places an unknown name by a click on the map, with the chosen precision and note', async () => {
    const p = await openReview();
    await p.page.locator('[data-testid="review-map"][data-ready="true"]').waitFor({ timeout: 60_000 });
    const row = p.page.locator('ul.places li', { has: p.page.getByTestId('place-new_village_1') });
    expect(await row.innerText()).toContain('no geometry yet');
    await p.page.getByTestId('place-new_village_1').click();
    await p.page.getByLabel('Precision (m)').fill('2000');
    await p.page.getByLabel('Editor’s note').fill('test placement');
    await p.page.getByTestId('review-map').scrollIntoViewIfNeeded();
    const box = (await p.page.locator('[data-testid="review-map"] canvas').boundingBox())!;
    await p.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => row.innerText()).not.toContain('no geometry yet');
    expect(await saved(p.page)).toContain('Saved');
    const place = JSON.parse(readFileSync(join(dir(), 'places.geojson'), 'utf8')).features.find(
      (f: { id: string }) => f.id === 'new_village_1',
    );
    expect(place.geometry.type).toBe('Point');
    expect(place.properties).toMatchObject({
      precision_m: 2000,
      note: 'test placement',
      geometry_source: { title: 'placed by the editor' },
    });
    expect(place.properties.status).toBeUndefined();
    clean(p);
  });

  it('a name placed in the sea by a slip gets the dev server’s land warning in the issue list', async () => {
    const p = await openReview();
    const { page } = p;
    await page.locator('[data-testid="review-map"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('place-new_village_1').click();
    await page.getByTestId('review-map').scrollIntoViewIfNeeded();
    // Pan so that a point of the eastern Mediterranean is in view, then click it.
    const at = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="review-map"]') as HTMLElement & {
        maplibre: { jumpTo(o: object): void; project(p: [number, number]): { x: number; y: number } };
      };
      el.maplibre.jumpTo({ center: [34, 34], zoom: 6 });
      return el.maplibre.project([34, 34]);
    });
    const box = (await page.locator('[data-testid="review-map"] canvas').boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    const list = page.getByTestId('issues');
    await expect
      .poll(() => list.innerText(), { timeout: 20_000 })
      .toContain('from any land the basemap draws');
    expect(await list.innerText()).toMatch(/places\.features\[\d+\]\.geometry\.coordinates/);
    // Undone, the warning goes.
    await page.getByTestId('undo').click();
    await expect.poll(() => list.innerText(), { timeout: 20_000 }).not.toContain('from any land');
    clean(p);
  });

  it('undo: the button and Ctrl+Z take back the last edits, one at a time', async () => {
    const p = await openReview();
    const before = await left(p.page);
    expect(await p.page.getByTestId('undo').isDisabled()).toBe(true);
    await select(p.page, 'm02');
    await p.page.getByTestId('accept').click();
    await select(p.page, 'm03');
    await p.page.getByTestId('reject').click();
    await expect.poll(() => mention(p.page, 'm03').count()).toBe(0);
    await p.page.keyboard.press('Control+z');
    await expect.poll(() => mention(p.page, 'm03').count()).toBe(1);
    expect(await mention(p.page, 'm02').getAttribute('class')).not.toContain('proposed');
    await p.page.getByTestId('undo').click();
    await expect.poll(() => mention(p.page, 'm02').getAttribute('class')).toContain('proposed');
    expect(await left(p.page)).toBe(before);
    expect(await p.page.getByTestId('undo').isDisabled()).toBe(true);
    clean(p);
  });

  it('save: the edits are written, the saved folder validates, the previous version is kept', async () => {
    const p = await openReview();
    const original = files(dir());
    await select(p.page, 'm02');
    await p.page.getByTestId('accept').click();
    await select(p.page, 'm03');
    await p.page.getByTestId('reject').click();
    await select(p.page, 'm04');
    await card(p.page).getByRole('button', { name: 'duhok_governorate', exact: true }).click();
    await expect.poll(() => card(p.page).innerText()).toContain('duhok_governorate');
    expect(await saved(p.page)).toContain('Saved');
    const { bundle } = readArticleFromDisk(dir());
    const issues = await validateBundleAsync(bundle!, { expectedId: ID });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const mentions = JSON.parse(readFileSync(join(dir(), 'mentions.json'), 'utf8')) as {
      id: string;
      placeId: string;
      status?: string;
    }[];
    expect(mentions.map((m) => [m.id, m.placeId, m.status ?? 'reviewed'])).toEqual([
      ['m01', 'new_village_1', 'proposed'],
      ['m02', 'qamishli', 'reviewed'],
      ['m04', 'duhok_governorate', 'proposed'],
    ]);
    expect(files(join(root, 'previous', ID))).toEqual(original);
    await shot(p.page, 'review-saved-en-desktop');
    clean(p);
  });

  it('a save interrupted midway leaves the previous version intact', async () => {
    const p = await openReview();
    const original = files(dir());
    // The server is told to fail after moving the old folder away: the worst moment.
    await p.page.route('**/__review/api/article/**', (route) =>
      route.request().method() === 'POST'
        ? route.continue({ url: `${route.request().url()}?failAt=after-move-old` })
        : route.continue(),
    );
    await select(p.page, 'm02');
    await p.page.getByTestId('accept').click();
    expect(await saved(p.page)).toContain('Not saved');
    expect(files(dir())).toEqual(original);
    expect(readdirSync(join(root, 'geodata'))).toEqual([ID]);
    expect(existsSync(join(root, 'previous', ID))).toBe(false);
    clean(p);
  });

  it.each(['en', 'ar'] as const)(
    'axe finds no violation (%s, a mention chosen, placing a name, adding a mention)',
    async (lang) => {
      const p = await openReview();
      if (lang === 'ar') await p.page.getByRole('button', { name: 'العربية' }).click();
      await p.page.locator('[data-testid="review-map"][data-ready="true"]').waitFor({ timeout: 60_000 });
      await select(p.page, 'm04');
      await p.page.getByTestId('place-new_village_1').click();
      // "Add a mention" in its fullest state: words marked, a new place chosen.
      const add = p.page.getByTestId('add-card');
      await add.getByTestId('add-find').fill('الطريق');
      await add.getByTestId('add-occurrence').first().click();
      await add.getByTestId('add-place').selectOption('new');
      expect(await axeViolations(p.page)).toEqual([]);
      clean(p);
    },
  );

  it('keyboard only: choose a mention, accept it, place an unknown name at the map centre, save', async () => {
    const p = await openReview();
    const { page } = p;
    await page.locator('[data-testid="review-map"][data-ready="true"]').waitFor({ timeout: 60_000 });
    const before = await left(page);
    // Tab from the top of the page to the first mention.
    await page.locator('body').focus();
    let tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.getAttribute('data-mention-id'))) !== 'm01') {
      await page.keyboard.press('Tab');
      expect(++tabs).toBeLessThan(20);
    }
    await page.keyboard.press('Tab'); // m02
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('mention-heading');
    // From the card heading, Tab reaches Accept.
    tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== 'accept') {
      await page.keyboard.press('Tab');
      expect(++tabs).toBeLessThan(15);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => mention(page, 'm02').getAttribute('class')).not.toContain('proposed');
    await page.getByTestId('place-new_village_1').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('place-at-centre').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('ul.places li', { has: page.getByTestId('place-new_village_1') }).innerText())
      .not.toContain('no geometry yet');
    // m02 accepted (its place qamishli stays proposed) and new_village_1 placed: two fewer.
    expect(await left(page)).toBe(before - 2);
    await page.getByTestId('save').focus();
    await page.keyboard.press('Enter');
    await page
      .getByTestId('message')
      .filter({ hasText: /Saved|Not saved/ })
      .waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('message').innerText()).toContain('Saved');
    clean(p);
  });

  it('add a missed mention by a mouse selection: gazetteer place, undo, save with code-point selectors', async () => {
    const p = await openReview();
    const { page } = p;
    // أربيل is proposed (m03); rejected, it is a name the tool "missed".
    await select(page, 'm03');
    await page.getByTestId('reject').click();
    await expect.poll(() => mention(page, 'm03').count()).toBe(0);
    await dragSelect(page, 'أربيل');
    const add = page.getByTestId('add-card');
    await expect.poll(() => add.getByTestId('add-marked').innerText()).toContain('“أربيل”');
    await add.getByTestId('add-search').fill('أربيل');
    await add.getByRole('button', { name: /· erbil$/ }).click();
    await add.getByTestId('add-role').selectOption('place');
    await add.getByTestId('add-mention').click();
    await expect.poll(() => mention(page, 'ed01').count()).toBe(1);
    expect(await mention(page, 'ed01').innerText()).toBe('أربيل');
    expect(await mention(page, 'ed01').getAttribute('class')).not.toContain('proposed');
    // Undo takes the added mention back; the undo of the undo is redoing it by hand here.
    await page.getByTestId('undo').click();
    await expect.poll(() => mention(page, 'ed01').count()).toBe(0);
    await dragSelect(page, 'أربيل');
    await expect.poll(() => add.getByTestId('add-marked').innerText()).toContain('“أربيل”');
    await add.getByTestId('add-search').fill('أربيل');
    await add.getByRole('button', { name: /· erbil$/ }).click();
    await add.getByTestId('add-mention').click();
    await expect.poll(() => mention(page, 'ed01').count()).toBe(1);
    await shot(page, 'review-added-en-desktop');
    expect(await saved(page)).toContain('Saved');
    const text = readFileSync(join(dir(), 'article.txt'), 'utf8');
    const mentions = JSON.parse(readFileSync(join(dir(), 'mentions.json'), 'utf8')) as SavedMention[];
    const m = mentions.find((x) => x.id === 'ed01')!;
    expect(m).toMatchObject({ placeId: 'erbil', passageId: 'p02', role: 'place' });
    expect(m.status).toBeUndefined();
    expect(m.selector[1].exact).toBe('أربيل');
    expectAnchored(text, m);
    // In code points, not UTF-16 units (the same here: Arabic is in the BMP; node tests cover emoji).
    expect(m.selector[0].start).toBe(Array.from(text.slice(0, text.indexOf('أربيل'))).length);
    const places = JSON.parse(readFileSync(join(dir(), 'places.geojson'), 'utf8')).features as {
      id: string;
    }[];
    expect(places.map((f) => f.id)).toContain('erbil');
    const { bundle } = readArticleFromDisk(dir());
    const issues = await validateBundleAsync(bundle!, { expectedId: ID });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    clean(p);
  });

  it('refuses a selection that overlaps a mention or crosses a passage, with a clear message', async () => {
    const p = await openReview();
    const { page } = p;
    const add = page.getByTestId('add-card');
    await dragSelect(page, 'قرب', 'القامشلي');
    await expect.poll(() => add.getByTestId('add-problem').innerText()).toContain('overlaps the mention m02');
    await dragSelect(page, 'الاثنين', 'مسؤول');
    await expect
      .poll(() => add.getByTestId('add-problem').innerText())
      .toContain('crosses a passage boundary');
    expect(await add.getByTestId('add-mention').count()).toBe(0);
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => add.getByTestId('add-problem').innerText()).toContain('يتجاوز حدود فقرة');
    await shot(page, 'review-add-refused-ar-desktop');
    clean(p);
  });

  it('keyboard: type the words, choose the occurrence, a new place, add; it can then be placed', async () => {
    const p = await openReview();
    const { page } = p;
    const add = page.getByTestId('add-card');
    await add.getByTestId('add-find').focus();
    await page.keyboard.type('الطريق');
    await add.getByTestId('add-occurrence').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => add.getByTestId('add-marked').innerText()).toContain('“الطريق”');
    // The marked words are shown as the page's selection in the text.
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('الطريق');
    await shot(page, 'review-add-marked-en-desktop');
    await add.getByTestId('add-place').selectOption('new');
    await add.getByTestId('add-kind').selectOption('road');
    await add.getByTestId('add-name-en').fill('the road to Duhok');
    await add.getByTestId('add-mention').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => mention(page, 'ed01').count()).toBe(1);
    const row = page.locator('ul.places li', { has: page.getByTestId('place-new_road_ed1') });
    expect(await row.innerText()).toContain('no geometry yet');
    expect(await row.innerText()).toContain('the road to Duhok');
    clean(p);
  });

  it('add a mention in a translation (keyboard selection in the box), saved with its selectors', async () => {
    const p = await openReview();
    const { page } = p;
    const box = page.locator('textarea[data-translation-of="p02"]');
    await box.fill('😀 An official in Erbil said the road to Duhok is open.');
    await box.blur();
    await box.focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 'xx An official in '.length - 1; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 'Erbil'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    const add = page.getByTestId('add-card');
    await expect.poll(() => add.getByTestId('add-marked').innerText()).toContain('“Erbil”');
    await add.getByTestId('add-place').selectOption('p:erbil');
    await add.getByTestId('add-mention').click();
    await expect.poll(() => page.locator('[data-tm-id="ed01"]').count()).toBe(1);
    expect(await saved(page)).toContain('Saved');
    const passages = JSON.parse(readFileSync(join(dir(), 'passages.json'), 'utf8')) as {
      id: string;
      translation: { en: { text: string; mentions?: SavedMention[] } };
    }[];
    const en = passages.find((x) => x.id === 'p02')!.translation.en;
    const tm = en.mentions!.find((x) => x.id === 'ed01')!;
    expect(tm).toMatchObject({ placeId: 'erbil', selector: [{ start: 17, end: 22 }, { exact: 'Erbil' }] });
    expectAnchored(en.text, tm);
    clean(p);
  });

  it.each(['en', 'ar'] as const)(
    'on a phone (%s), after tapping a mention its card’s controls are in view',
    async (lang) => {
      const p = await openReview({ viewport: PHONE, isMobile: true });
      const { page } = p;
      if (lang === 'ar') await page.getByRole('button', { name: 'العربية' }).click();
      await mention(page, 'm04').tap();
      await expect.poll(() => card(page).innerText()).toContain('m04');
      const inView = async (testid: string) => {
        const b = (await card(page).getByTestId(testid).boundingBox())!;
        return b.y >= 0 && b.y + b.height <= PHONE.height && b.x >= 0 && b.x + b.width <= PHONE.width;
      };
      await expect.poll(() => inView('accept')).toBe(true);
      expect(await inView('reject')).toBe(true);
      // The tapped mention is still visible above the card.
      const m = (await mention(page, 'm04').boundingBox())!;
      const c = (await card(page).boundingBox())!;
      expect(m.y).toBeGreaterThanOrEqual(0);
      expect(m.y + m.height).toBeLessThanOrEqual(c.y);
      await shot(page, `review-card-${lang}-phone`);
      await card(page).getByTestId('card-close').tap();
      await expect.poll(() => card(page).innerText()).not.toContain('m04');
      // Marking a name docks "add a mention" the same way.
      const add = page.getByTestId('add-card');
      await add.getByTestId('add-find').fill('الطريق');
      await add.getByTestId('add-occurrence').first().tap();
      await page.evaluate(() => window.scrollTo(0, 0));
      const sel = (await add.getByTestId('add-place').boundingBox())!;
      expect(sel.y).toBeGreaterThanOrEqual(0);
      expect(sel.y + sel.height).toBeLessThanOrEqual(PHONE.height);
      await shot(page, `review-add-${lang}-phone`);
      clean(p);
    },
  );
  it.each([
    ['ar', 'desktop'],
    ['en', 'phone'],
    ['ar', 'phone'],
  ] as const)('looks right in %s on %s (screenshot)', async (lang, size) => {
    const p = await openReview(size === 'phone' ? { viewport: PHONE, isMobile: true } : {});
    if (lang === 'ar') await p.page.getByRole('button', { name: 'العربية' }).click();
    await select(p.page, 'm04');
    await shot(p.page, `review-${lang}-${size}`);
    clean(p);
  });
});
