/** What a reader sees: notices, the place card, linked translation, layouts at several sizes. */
import { describe, expect, it } from 'vitest';
import { URL_WRITE_MS } from '../../src/state/url-write.ts';
import { expectClean, mapIdle, open, shot } from './harness.ts';

describe('notices', () => {
  it('a huge echoed URL value is cut, the notice area stays small and the article keeps its room', async () => {
    const p = await open(`./?theme=${'SECURITY+ALERT+'.repeat(20)}&lang=${'x'.repeat(14_805)}`);
    const { page } = p;
    await page.locator('[data-testid="article-text"]').waitFor();
    const notices = page.locator('[data-testid="notices"]');
    const text = await notices.innerText();
    expect(text).toContain('…(مقتطع)');
    expect(text.length).toBeLessThan(600);
    const box = (await notices.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(130);
    const main = (await page.locator('main').boundingBox())!;
    expect(main.height).toBeGreaterThan(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await shot(page, 'reader-notice-cut-ar');
    expectClean(p);
  });

  it('a notice follows the language of the moment', async () => {
    const p = await open('./?place=atlantis');
    const { page } = p;
    const notices = page.locator('[data-testid="notices"]');
    await expect.poll(() => notices.innerText()).toContain('لا يوجد مكان بهذا المعرّف');
    await page.locator('[data-testid="lang-switch"]').click();
    await expect
      .poll(() => notices.innerText())
      .toContain('Ignored URL parameter place=atlantis: no such place');
    expectClean(p);
  });
});

const inView = async (page: import('playwright-core').Page, sel: string) => {
  const box = await page.locator(sel).boundingBox();
  const vp = page.viewportSize()!;
  return (
    box != null &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + Math.min(box.height, 120) <= vp.height &&
    box.x + box.width <= vp.width + 1
  );
};

describe('the place card', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: choosing a mention in a later paragraph shows the card and leaves the chosen word where it was`, async () => {
      const p = await open(`./?lang=${lang}`);
      const { page } = p;
      await page.locator('[data-testid="article-text"]').waitFor();
      // A mention in the 17th paragraph: scroll it into view, as a reader would.
      const sel =
        lang === 'en'
          ? '[data-passage="p17"] .translation button.mention'
          : '[data-passage="p17"] .original button.mention';
      const word = page.locator(sel).first();
      await word.scrollIntoViewIfNeeded();
      const before = (await word.boundingBox())!;
      await word.click();
      await page.locator('[data-testid="place-card"]').waitFor();
      const after = (await word.boundingBox())!;
      expect(Math.abs(after.y - before.y)).toBeLessThan(3);
      expect(await inView(page, '[data-testid="place-card"]')).toBe(true);
      await shot(page, `reader-card-text-${lang}-desktop`);
      expectClean(p);
    });
  }

  it('choosing a place on the map shows the card in view', async () => {
    const p = await open('./?lang=en');
    const { page } = p;
    await mapIdle(page);
    const pt = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
        maplibre: { project(c: [number, number]): { x: number; y: number } };
      };
      const r = el.getBoundingClientRect();
      const q = el.maplibre.project([42.35, 37.0897]);
      return { x: r.left + q.x, y: r.top + q.y };
    });
    await page.mouse.click(pt.x, pt.y);
    const card = page.locator('[data-testid="place-card"]');
    await card.waitFor();
    expect(await card.getAttribute('data-place')).toBe('semalka_crossing');
    expect(await inView(page, '[data-testid="place-card"]')).toBe(true);
    await shot(page, 'reader-card-map-en-desktop');
    expectClean(p);
  });
});

describe('the English translation is linked', () => {
  it('place names in the translation are keyboard-reachable buttons linked both ways', async () => {
    const p = await open('./?lang=en');
    const { page } = p;
    await page.locator('[data-testid="article-text"]').waitFor();
    const buttons = page.locator('.translation button.mention');
    expect(await buttons.count()).toBe(23);
    const semalka = page.locator(
      '[data-passage="p18"] .translation button.mention[data-place="semalka_crossing"]',
    );
    expect(await semalka.innerText()).toBe('this crossing');
    await semalka.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('[data-testid="place-card"]');
    await card.waitFor();
    expect(await card.getAttribute('data-place')).toBe('semalka_crossing');
    expect(await page.locator('[data-passage="p17"]').getAttribute('data-highlighted')).toBe('true');
    expect(await page.locator('[data-passage="p18"]').getAttribute('data-highlighted')).toBe('true');
    // Selected from elsewhere (the list): the translation's mentions of that place are marked.
    await page.locator('[data-testid="place-list"] button[data-place="geneva"]').click();
    expect(
      await page.locator('.translation button.mention.selected').first().getAttribute('data-place'),
    ).toBe('geneva');
    expectClean(p);
  });

  it("a translator's note opens in the reader's language", async () => {
    const p = await open('./?lang=en');
    const { page } = p;
    const marker = page.locator('[data-passage="p08"] button.note-marker');
    await marker.click();
    const note = page.locator('[data-testid="translator-note"]');
    expect(await note.innerText()).toContain('prosecute');
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    await shot(page, 'reader-note-en');
    expectClean(p);
  });
});

describe('history', () => {
  it('a selection replaces the history entry (Back leaves the article as it was opened, never a selection at a time)', async () => {
    const p = await open('./?lang=en');
    const { page } = p;
    await page.locator('[data-testid="article-text"]').waitFor();
    const length = await page.evaluate(() => history.length);
    await page.locator('[data-passage="p03"] .translation button.mention').first().click();
    await expect.poll(() => page.url()).toContain('place=sinaa_prison');
    expect(await page.evaluate(() => history.length)).toBe(length);
    expectClean(p);
  });

  it('rapid selections write the permalink never in their own task, at most once a 300 ms window, and the last one lands', async () => {
    const p = await open('./?lang=en');
    const { page } = p;
    await mapIdle(page);
    const keys = await page
      .locator('[data-testid="place-list"] button[data-place]')
      .evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLElement).dataset.place!))].slice(0, 8));
    expect(keys.length).toBe(8);
    // Eight choices in the list, each in a task of its own as soon as can be (a reader's quick
    // taps, or a key held down): the time of every write of the URL kept.
    const inTask = await page.evaluate(async (keys) => {
      const w = window as unknown as { writes: number[] };
      w.writes = [];
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        w.writes.push(performance.now());
        replace(...args);
      };
      const pick = (k: string) =>
        document.querySelector<HTMLElement>(`[data-testid="place-list"] button[data-place="${k}"]`)!.click();
      const nextTask = () =>
        new Promise((r) => {
          const c = new MessageChannel();
          c.port1.onmessage = r;
          c.port2.postMessage(0);
        });
      pick(keys[0]!);
      for (let i = 0; i < 5; i++) await Promise.resolve(); // the change's effects, still its task
      const inTask = w.writes.length;
      for (const k of keys.slice(1)) {
        await nextTask();
        pick(k);
      }
      return inTask;
    }, keys);
    expect(inTask).toBe(0);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('place'), { timeout: 2_000 })
      .toBe(keys.at(-1));
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    const writes = await page.evaluate(() => (window as unknown as { writes: number[] }).writes);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.length).toBeLessThan(keys.length);
    // A timer never fires early; 1 ms for the clock's coarsening.
    for (let i = 1; i < writes.length; i++)
      expect(writes[i]! - writes[i - 1]!).toBeGreaterThanOrEqual(URL_WRITE_MS - 1);
    expectClean(p);
  });
});

describe('layouts', () => {
  const sizes = [
    { name: 'desktop', width: 1280, height: 800 },
    { name: '850', width: 850, height: 700 },
    { name: '760', width: 770, height: 700 },
    { name: 'phone', width: 390, height: 844, mobile: true },
    { name: 'phone-landscape', width: 844, height: 390, mobile: true },
  ];
  for (const s of sizes) {
    for (const lang of ['ar', 'en'] as const) {
      it(`${s.name} ${lang}: no sideways scroll, the map keeps a usable size, the card shows`, async () => {
        const p = await open(`./?lang=${lang}&place=semalka_crossing`, {
          viewport: { width: s.width, height: s.height },
          isMobile: s.mobile,
        });
        const { page } = p;
        await mapIdle(page);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(s.width);
        const map = (await page.locator('[data-testid="map"]').boundingBox())!;
        expect(map.width).toBeGreaterThanOrEqual(Math.min(360, s.width - 20));
        expect(map.height).toBeGreaterThanOrEqual(Math.min(200, s.height / 2));
        expect(await inView(page, '[data-testid="place-card"]')).toBe(true);
        await shot(page, `reader-layout-${s.name}-${lang}`);
        expectClean(p);
      });
    }
  }
});

describe('the system colour scheme', () => {
  it('a reader whose system is dark gets the dark theme; a theme they choose is written and kept on reload', async () => {
    const p = await open('./?lang=en', { colorScheme: 'dark' });
    const { page } = p;
    await mapIdle(page);
    const html = page.locator('html');
    expect(await html.getAttribute('data-theme')).toBe('dark');
    const sw = page.locator('[data-testid="theme-switch"]');
    expect(await sw.getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(URL_WRITE_MS + 200);
    expect(new URL(page.url()).searchParams.get('theme')).toBeNull(); // the system's theme is not written
    await shot(page, 'reader-system-dark-en');
    await sw.click();
    await expect.poll(() => html.getAttribute('data-theme')).toBe('light');
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('light');
    await page.reload();
    await mapIdle(page);
    expect(await html.getAttribute('data-theme')).toBe('light');
    expectClean(p);
  });
});
