/**
 * Adding a mention the tool missed, on the review page in Chromium (review-harness.ts): a mouse
 * selection, refusals (overlap, a passage boundary), the keyboard way (typed words), a translation's
 * text, and the phone's docked cards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { validateBundleAsync } from '../../src/model/validate.ts';
import { PHONE, shot } from './harness.ts';
import {
  card,
  clean,
  dir,
  dragSelect,
  expectAnchored,
  ID,
  mention,
  openReview,
  saved,
  select,
  useReviewServer,
  type SavedMention,
} from './review-harness.ts';

useReviewServer();

describe('review page: add a mention', () => {
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
    expect(await page.getByTestId('name-en-new_road_ed1').inputValue()).toBe('the road to Duhok');
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
      // Its longest choice does not push it past the screen's edge.
      expect(sel.x).toBeGreaterThanOrEqual(0);
      expect(sel.x + sel.width).toBeLessThanOrEqual(PHONE.width);
      await shot(page, `review-add-${lang}-phone`);
      clean(p);
    },
  );
});
