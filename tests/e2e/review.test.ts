/**
 * The review page in Chromium, on Vite's dev server (review-harness.ts): accept, reject, relink,
 * place an unknown name, the land warning, undo, save (validated, previous version kept), an
 * interrupted save, axe, keyboard only, screenshots. Adding a mention: review-add.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { validateBundleAsync } from '../../src/model/validate.ts';
import { PHONE, shot } from './harness.ts';
import {
  axeViolations,
  card,
  clean,
  dir,
  files,
  ID,
  left,
  mention,
  openReview,
  rootDir,
  saved,
  select,
  useReviewServer,
} from './review-harness.ts';

useReviewServer();

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
    // The map draws it with the app's place layers, through the one places adapter.
    await expect
      .poll(() =>
        p.page.evaluate(() => {
          const el = document.querySelector('[data-testid="review-map"]') as HTMLElement & {
            maplibre: { querySourceFeatures(s: string): { properties: { pid?: string } }[] };
            placeState?: (id: string) => object;
          };
          if (!el.placeState) return false;
          return el.maplibre
            .querySourceFeatures('aa-places')
            .some((f) => f.properties.pid === 'new_village_1');
        }),
      )
      .toBe(true);
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

  it('the map shows the chosen mention’s place: framed when out of view, still when in view', async () => {
    const p = await openReview();
    const { page } = p;
    const map = page.locator('[data-testid="review-map"][data-ready="true"]');
    await map.waitFor({ timeout: 60_000 });
    const centre = async () => ((await map.getAttribute('data-center')) ?? '0,0').split(',').map(Number);
    // In view at the opening frame: choosing it leaves the camera where it is.
    await expect.poll(async () => (await centre())[0]).toBeGreaterThan(35);
    const opening = await centre();
    await select(page, 'm04');
    await page.waitForTimeout(800);
    expect(await centre()).toEqual(opening);
    // Panned far away (western Europe), choosing another mention brings its place back into view.
    await page.getByTestId('card-close').click();
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="review-map"]') as HTMLElement & {
        maplibre: { jumpTo(o: object): void };
      };
      el.maplibre.jumpTo({ center: [2, 48], zoom: 6 });
    });
    await expect.poll(async () => (await centre())[0]).toBeLessThan(10);
    await select(page, 'm03');
    await expect
      .poll(async () => {
        const [lon, lat] = await centre();
        return Math.abs(lon! - 44) < 3 && Math.abs(lat! - 36.2) < 3;
      })
      .toBe(true);
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
    expect(files(join(rootDir(), 'previous', ID))).toEqual(original);
    await shot(p.page, 'review-saved-en-desktop');
    clean(p);
  });

  it('a save interrupted midway leaves the previous version intact', async () => {
    const p = await openReview();
    const original = files(dir());
    // The server is told to fail once every new file is staged, before its journal commits it
    // (a kill at every step is tested in node: tests/review/folder-commit.test.ts).
    await p.page.route('**/__review/api/article/**', (route) =>
      route.request().method() === 'POST'
        ? route.continue({ url: `${route.request().url()}?failAt=staged` })
        : route.continue(),
    );
    await select(p.page, 'm02');
    await p.page.getByTestId('accept').click();
    expect(await saved(p.page)).toContain('Not saved');
    expect(files(dir())).toEqual(original);
    expect(readdirSync(join(rootDir(), 'geodata'))).toEqual([ID]);
    expect(existsSync(join(rootDir(), 'previous', ID))).toBe(false);
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
      // A new place's kinds are named in the page's language; the value is the model's.
      const village = add.getByTestId('add-kind').locator('option[value="village"]');
      expect(await village.innerText()).toBe(lang === 'ar' ? 'قرية' : 'village');
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

  it.each([
    ['ar', 'desktop'],
    ['en', 'phone'],
    ['ar', 'phone'],
  ] as const)('looks right in %s on %s (screenshot)', async (lang, size) => {
    const p = await openReview(size === 'phone' ? { viewport: PHONE, isMobile: true } : {});
    if (lang === 'ar') await p.page.getByRole('button', { name: 'العربية' }).click();
    await select(p.page, 'm04');
    // The matcher's note is English on either page, and marked so (read left to right in Arabic).
    const note = card(p.page).getByTestId('rule-note');
    expect(await note.getAttribute('lang')).toBe('en');
    expect((await note.innerText()).length).toBeGreaterThan(10);
    // On the Arabic page the rule's kind is said in Arabic first (rule-summary.ts); not on the English one.
    const summary = card(p.page).getByTestId('rule-summary');
    if (lang === 'ar') expect(await summary.innerText()).toMatch(/[\u0600-\u06ff]{4}/u);
    else expect(await summary.count()).toBe(0);
    // The role's choices are in the page's language (the model's values stay).
    const role = card(p.page).getByRole('combobox', { name: lang === 'ar' ? 'الدور' : 'Role' });
    expect(await role.inputValue()).toBe('place');
    expect(await role.locator('option:checked').innerText()).toBe(lang === 'ar' ? 'مكان' : 'a place');
    await shot(p.page, `review-${lang}-${size}`);
    clean(p);
  });
});
