/**
 * Accessibility across the page's states (issue 17.6): axe-core reports no serious or critical
 * violation in any state × language × size × theme; skip links lead to the map, the article and the
 * timeline; Escape clears a selection from anywhere outside a dialog; after the map's chooser, focus
 * is on the chosen place's card. One page per size, its states changed in place.
 */
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { DESKTOP, PHONE, expectClean, mapIdle, open, shot } from './harness.ts';

const THEMES = ['light', 'dark'] as const;
const LANGS = ['ar', 'en'] as const;
/** Two places drawn on top of each other at the opening view: a click there opens the chooser. */
const OVERLAP: [number, number] = [40.7615, 36.476];

async function setLangTheme(page: Page, lang: string, theme: string): Promise<void> {
  for (let i = 0; i < 3 && (await page.evaluate(() => document.documentElement.lang)) !== lang; i++)
    await page.locator('[data-testid="lang-switch"]').click();
  if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme)
    await page.locator('[data-testid="theme-switch"]').click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
}

/** Serious and critical violations, each as "where: rule (nodes)". */
async function check(page: Page, where: string, found: string[]): Promise<void> {
  // Transitions (dimming, the sheet) settle before colours are measured.
  await page.waitForTimeout(50);
  for (const v of await seriousViolations(page))
    found.push(`${where}: ${v.id} ${v.impact} ×${v.nodes.length} ${v.nodes.slice(0, 3).join(' | ')}`);
}

async function openChooser(page: Page): Promise<boolean> {
  const at = await page.evaluate((ll) => {
    const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
    return map.project(ll);
  }, OVERLAP);
  const box = (await page.locator('[data-testid="map"] canvas').boundingBox())!;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  return page
    .locator('[data-testid="place-chooser"]')
    .waitFor({ timeout: 3000 })
    .then(() => true)
    .catch(() => false);
}

describe('axe: 0 serious or critical violations in every state', () => {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`${size}: every state, both languages, light and dark`, async () => {
      const found: string[] = [];
      const p = await open('./?lang=ar', { viewport, isMobile: size === 'phone' });
      const { page } = p;
      await mapIdle(page);
      for (const theme of THEMES)
        for (const lang of LANGS) {
          const at = `${size} ${lang} ${theme}`;
          await setLangTheme(page, lang, theme);
          await page.keyboard.press('Escape');
          await check(page, `${at} opening`, found);
          await page.locator('[data-testid="place-list"] button[data-place="sinaa_prison"]').click();
          await page.locator('[data-testid="place-card"]').waitFor();
          await check(page, `${at} place`, found);
          if ((lang === 'en') === (theme === 'light'))
            await shot(page, `a11y-${size}-place-${lang}-${theme}`);
          await page.locator('[data-testid="event-list"] li button').first().click();
          await check(page, `${at} event`, found);
          await page.keyboard.press('Escape');
          if (size === 'phone') {
            await page.locator('[data-testid="sheet-handle"]').focus();
            await page.keyboard.press('ArrowUp');
            await check(page, `${at} sheet raised`, found);
            await page.keyboard.press('ArrowDown');
            await page.keyboard.press('ArrowDown');
            await check(page, `${at} sheet lowered`, found);
            await page.keyboard.press('ArrowUp');
          }
          if (size === 'desktop') {
            // Back to the opening frame, where two places overlap.
            await page.locator('[data-testid="show-all"]').click();
            await mapIdle(page);
            expect(await openChooser(page)).toBe(true);
            await check(page, `${at} chooser`, found);
            await page.keyboard.press('Escape');
          }
          await page.locator('[data-testid="share-open"]').click();
          await page.locator('[data-testid="share-dialog"][open]').waitFor();
          await check(page, `${at} share`, found);
          await page.keyboard.press('Escape');
          await page.locator('[data-testid="export-open"]').click();
          await page.locator('[data-testid="export-dialog"][open]').waitFor();
          await check(page, `${at} export`, found);
          await page.keyboard.press('Escape');
        }
      // The time filter, from the URL.
      await page.goto(new URL('./?lang=ar&time=2022-01-20/2022-01-27', page.url()).href);
      await mapIdle(page);
      for (const theme of THEMES)
        for (const lang of LANGS) {
          await setLangTheme(page, lang, theme);
          await check(page, `${size} ${lang} ${theme} time filter`, found);
        }
      expect(found).toEqual([]);
      expectClean(p);
    }, 300_000);
  }

  it('without WebGL: the still map, both languages, both sizes, light and dark', async () => {
    const noGl = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
    });
    const found: string[] = [];
    try {
      for (const [size, viewport] of [
        ['desktop', DESKTOP],
        ['phone', PHONE],
      ] as const) {
        const p = await open('./?lang=ar', { browser: noGl, viewport, isMobile: size === 'phone' });
        await p.page.locator('[data-testid="map-fallback"]').waitFor();
        for (const theme of THEMES)
          for (const lang of LANGS) {
            await setLangTheme(p.page, lang, theme);
            await check(p.page, `no-webgl ${size} ${lang} ${theme}`, found);
          }
        expectClean(p);
      }
    } finally {
      await noGl.close();
    }
    expect(found).toEqual([]);
  }, 120_000);
});

describe('keyboard', () => {
  it('the first Tab stops are skip links to the map, the article and the timeline', async () => {
    const p = await open('./?lang=en');
    const { page } = p;
    await mapIdle(page);
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement!;
        return { text: a.textContent?.trim(), visible: a.getBoundingClientRect().top >= 0 };
      });
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: 'The map', visible: true });
    await shot(page, 'a11y-skip-link-en');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="map"]') != null)).toBe(
      true,
    );
    // The map's own keys work where the link left focus.
    const z0 = await page.evaluate(() =>
      (document.querySelector('[data-testid="map"]') as any).maplibre.getZoom(),
    );
    await page.keyboard.press('Equal');
    await expect
      .poll(() =>
        page.evaluate(() => (document.querySelector('[data-testid="map"]') as any).maplibre.getZoom()),
      )
      .toBeGreaterThan(z0);
    for (const [n, want] of [
      [1, 'panel'],
      [2, 'timeline'],
    ] as const) {
      await page.locator('[data-testid="skip-links"] a').nth(n).focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(want);
    }
    expectClean(p);
  });

  it('with a place chosen in the URL, the first Tab still stops at the skip links', async () => {
    const p = await open('./?lang=en&place=sinaa_prison');
    await p.page.locator('[data-testid="place-card"]').waitFor();
    await p.page.waitForTimeout(300);
    await p.page.keyboard.press('Tab');
    expect(await p.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('The map');
    expectClean(p);
  });

  it('the skip links are there in Arabic on a phone too, and the article link raises the sheet', async () => {
    const p = await open('./?lang=ar', { viewport: PHONE, isMobile: true });
    const { page } = p;
    await mapIdle(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('إلى الخريطة');
    await shot(page, 'a11y-skip-link-ar-phone');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('panel');
    const panel = (await page.locator('[data-testid="panel"]').boundingBox())!;
    expect(panel.y + 100).toBeLessThan(PHONE.height);
    expectClean(p);
  });

  it('Escape clears a selection from anywhere outside a dialog, and not inside one', async () => {
    const p = await open('./?lang=en');
    const { page } = p;
    await mapIdle(page);
    const card = page.locator('[data-testid="place-card"]');
    // From the place list (focus stays on the list's button).
    await page.locator('[data-testid="place-list"] button[data-place="sinaa_prison"]').click();
    await card.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    // From inside the card: the selection clears and focus goes to the map, not the page.
    await page.locator('[data-testid="place-list"] button[data-place="sinaa_prison"]').click();
    await card.locator('summary').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="map"]') != null)).toBe(
      true,
    );
    // An event chosen in the list, Escape pressed in the timeline.
    await page.locator('[data-testid="event-list"] li button').first().click();
    expect(await page.locator('[data-testid="event-list"] button[aria-pressed="true"]').count()).toBe(1);
    await page.locator('[data-testid="timeline"]').focus();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('[data-testid="event-list"] button[aria-pressed="true"]').count())
      .toBe(0);
    // Inside the share dialog, Escape closes the dialog and keeps the selection.
    await page.locator('[data-testid="place-list"] button[data-place="sinaa_prison"]').click();
    await page.locator('[data-testid="share-open"]').click();
    await page.locator('[data-testid="share-dialog"][open]').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="share-dialog"][open]').count()).toBe(0);
    expect(await card.getAttribute('data-place')).toBe('sinaa_prison');
    expectClean(p);
  });

  it("after choosing from the map's chooser, focus is on the chosen place's card", async () => {
    const p = await open('./?lang=ar');
    const { page } = p;
    await mapIdle(page);
    expect(await openChooser(page)).toBe(true);
    await page.locator('[data-testid="place-chooser"] button[data-place="ghwayran"]').focus();
    await page.keyboard.press('Enter');
    const card = page.locator('[data-testid="place-card"]');
    await expect.poll(() => card.getAttribute('data-place')).toBe('ghwayran');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('place-card');
    await shot(page, 'a11y-chooser-focus-ar');
    // Escape from the card clears it and returns focus to the map.
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="map"]') != null)).toBe(
      true,
    );
    expectClean(p);
  });
});
