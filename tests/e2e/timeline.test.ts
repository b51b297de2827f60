/** The timeline in a real browser: brush filter, event selection, direction, keyboard, phone. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, expectClean, mapIdle, open, shot } from './harness.ts';

const mark = (page: Page, id: string) => page.locator(`[data-testid="timeline"] [data-event="${id}"]`);
/** Clicks (or taps) a mark where a reader would: its centre on screen (the brush layer lies on top). */
const hit = async (page: Page, id: string, how: 'click' | 'tap' = 'click') => {
  const b = (await mark(page, id).boundingBox())!;
  if (how === 'tap') await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
  else await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
};
const centreX = async (page: Page, id: string) => {
  const b = (await mark(page, id).boundingBox())!;
  return b.x + b.width / 2;
};
const selectedOnMap = (page: Page, id: string) =>
  page.evaluate(
    (pid) => (document.querySelector('[data-testid="map"]') as any).placeState(pid).selected === true,
    id,
  );

describe('timeline', () => {
  it('shows every event, and time runs left to right in English and right to left in Arabic', async () => {
    const en = await open('./?lang=en');
    await mapIdle(en.page);
    expect(await en.page.locator('[data-testid="timeline"] [data-event]').count()).toBe(8);
    expect(await centreX(en.page, 'attack_began')).toBeLessThan(await centreX(en.page, 'sdf_full_control'));
    await shot(en.page, 'timeline-en-desktop');
    const ar = await open('./?lang=ar');
    await mapIdle(ar.page);
    expect(await centreX(ar.page, 'attack_began')).toBeGreaterThan(
      await centreX(ar.page, 'sdf_full_control'),
    );
    await shot(ar.page, 'timeline-ar-desktop');
    // The flip setting reverses it.
    await ar.page.locator('[data-testid="time-dir"]').click();
    await expect
      .poll(
        async () => (await centreX(ar.page, 'attack_began')) < (await centreX(ar.page, 'sdf_full_control')),
      )
      .toBe(true);
    await expect.poll(() => ar.page.url()).toContain('tdir=ltr'); // written ≤ 300 ms later
    expectClean(en);
    expectClean(ar);
  });

  it('selecting an event selects its places on the map and highlights its passages', async () => {
    const p = await open('./?lang=en');
    await mapIdle(p.page);
    await hit(p.page, 'semalka_reopened');
    await expect.poll(() => selectedOnMap(p.page, 'semalka_crossing')).toBe(true);
    await expect.poll(() => p.page.url()).toContain('event=semalka_reopened');
    const hi = await p.page
      .locator('[data-passage][data-highlighted="true"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-passage')));
    expect(hi).toContain('p17');
    await expect
      .poll(() =>
        p.page.evaluate(() =>
          (document.querySelector('[data-testid="map"]') as any).maplibre
            .getBounds()
            .contains([42.34989, 37.089323]),
        ),
      )
      .toBe(true);
    await mapIdle(p.page);
    await shot(p.page, 'timeline-event-semalka-en');
    expectClean(p);
  });

  it('brushing a range filters the passages, the place list and the map, and can be cleared', async () => {
    const p = await open('./?lang=en');
    await mapIdle(p.page);
    const a = await centreX(p.page, 'attack_began');
    const b = await centreX(p.page, 'sdf_full_control');
    const box = (await p.page.locator('[data-testid="timeline-brush"]').boundingBox())!;
    const y = box.y + box.height / 2;
    await p.page.mouse.move(a - 8, y);
    await p.page.mouse.down();
    await p.page.mouse.move((a + b) / 2, y, { steps: 4 });
    await p.page.mouse.move(b + 8, y, { steps: 4 });
    await p.page.mouse.up();
    await expect.poll(() => p.page.url()).toMatch(/time=2022-01-\d\d%2F2022-01-\d\d/);
    expect(await p.page.locator('[data-testid="time-filter"]').innerText()).toMatch(/Showing events from/);
    // The closure began in December: out of range, so its passage-free place list entry and marks fade.
    expect(await p.page.locator('[data-passage][data-filtered-out="true"]').count()).toBeGreaterThan(0);
    expect(await p.page.locator('[data-testid="place-list"] li.out').count()).toBeGreaterThan(0);
    const dimmed = await p.page.evaluate(() => {
      const el = document.querySelector('[data-testid="map"]') as any;
      return ['geneva', 'washington'].map((id) => el.placeState(id).dimmed);
    });
    expect(dimmed).toEqual([true, true]);
    await shot(p.page, 'timeline-brushed-en');
    await p.page.locator('[data-testid="time-clear"]').click();
    await expect.poll(() => p.page.url()).not.toContain('time=');
    expect(await p.page.locator('[data-passage][data-filtered-out="true"]').count()).toBe(0);
    expectClean(p);
  });

  it('restores a time range from the URL', async () => {
    const p = await open('./?lang=en&time=2022-01-24/2022-01-25');
    await mapIdle(p.page);
    expect(await p.page.locator('[data-testid="time-filter"]').innerText()).toContain('24 Jan');
    expect(await p.page.locator('[data-testid="event-list"] li.out').count()).toBeGreaterThan(0);
    expect(
      await p.page.locator('[data-testid="event-list"] li[data-event="semalka_reopened"].out').count(),
    ).toBe(0);
    expectClean(p);
  });

  it('arrow keys step between events in the timeline direction', async () => {
    const p = await open('./?lang=en');
    await mapIdle(p.page);
    await mark(p.page, 'attack_began').focus();
    await p.page.keyboard.press('ArrowRight');
    const next = await p.page.evaluate(() => document.activeElement?.getAttribute('data-event'));
    expect(next).not.toBe('attack_began');
    expect(await centreX(p.page, next!)).toBeGreaterThanOrEqual(await centreX(p.page, 'attack_began'));
    await p.page.keyboard.press('Enter');
    await expect.poll(() => p.page.url()).toContain(`event=${next}`);
    expectClean(p);
  });

  it('works on a phone: a compact strip that selects by tap', async () => {
    const p = await open('./?lang=ar', { viewport: PHONE, isMobile: true });
    await mapIdle(p.page);
    await expect.poll(() => p.page.locator('[data-testid="timeline"]').isVisible()).toBe(true);
    await hit(p.page, 'state_statement', 'tap');
    await expect.poll(() => p.page.url()).toContain('event=state_statement');
    await mapIdle(p.page);
    await shot(p.page, 'timeline-phone-ar');
    expectClean(p);
  });

  it('draws its button icons (no font glyphs) and names them in both languages', async () => {
    for (const [lang, prev, next] of [
      ['en', 'Previous event', 'Next event'],
      ['ar', 'الحدث السابق', 'الحدث التالي'],
    ] as const) {
      const p = await open(`./?lang=${lang}`);
      await mark(p.page, 'attack_began').waitFor();
      const buttons = await p.page.locator('[data-testid="timeline"] .bar button').evaluateAll((els) =>
        els.map((b) => ({
          label: b.getAttribute('aria-label'),
          icon: b.querySelector('svg[data-icon] path') != null,
          text: b.textContent!.trim(),
        })),
      );
      const byLabel = (l: string) => buttons.find((b) => b.label === l);
      for (const l of [prev, next]) expect(byLabel(l), l).toMatchObject({ icon: true, text: '' });
      // Play, previous, next and the direction toggle: drawn, with no character a font could lack.
      expect(buttons.filter((b) => b.icon).length).toBe(4);
      for (const b of buttons)
        expect(b.text).not.toMatch(/[\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u27f0-\u27ff]/);
      expectClean(p);
    }
  });

  it.each(['ar', 'en'] as const)(
    'toolbar, time range and key fit the strip at any width from 320 px, never scrolling the page sideways (%s)',
    async (lang) => {
      const sizes = [
        { width: 320, height: 640, mobile: true },
        { width: 390, height: 844, mobile: true },
        { width: 844, height: 390, mobile: true },
        { width: 850, height: 700, mobile: false },
      ];
      for (const s of sizes) {
        const p = await open(`./?lang=${lang}&time=2021-12-26/2022-01-24`, {
          viewport: { width: s.width, height: s.height },
          isMobile: s.mobile,
        });
        await mark(p.page, 'attack_began').waitFor();
        const where = `${lang} ${s.width}x${s.height}`;
        const m = await p.page.evaluate(() => {
          const tl = document.querySelector('[data-testid="timeline"]')!;
          const r = tl.getBoundingClientRect();
          const shown = [...tl.querySelectorAll('.bar button, .bar .what, .legend li')].filter(
            (e) => e.getBoundingClientRect().width > 0,
          );
          return {
            pageOverflow: document.documentElement.scrollWidth - innerWidth,
            outside: shown
              .filter((e) => {
                const b = e.getBoundingClientRect();
                return b.left < r.left - 0.5 || b.right > r.right + 0.5;
              })
              .map((e) => e.textContent),
            clipped: shown.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
            range: (tl.querySelector('[data-testid="time-filter"]') as HTMLElement).innerText,
          };
        });
        expect(m.pageOverflow, where).toBeLessThanOrEqual(0);
        expect(m.outside, where).toEqual([]);
        expect(m.clipped, where).toEqual([]);
        // The whole range is there to read: both days with their years.
        expect(m.range, where).toMatch(
          lang === 'en' ? /26 Dec 2021.*23 Jan 2022/ : /26 ديسمبر 2021.*23 يناير 2022/,
        );
        if (s.width === 390 || s.width === 850) await shot(p.page, `timeline-fit-${lang}-${s.width}`);
        expectClean(p);
        await p.context.close();
      }
    },
    150_000,
  );

  it("keeps the marks' certainty styles under a strict style-src 'self' (no injected <style>)", async () => {
    const p = await open('./?lang=en');
    await p.page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const res = await route.fetch();
      await route.fulfill({
        response: res,
        headers: { ...res.headers(), 'content-security-policy': "style-src 'self'" },
      });
    });
    await p.page.addInitScript(() => {
      (window as any).__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as any).__violations.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}`),
      );
    });
    await p.page.reload();
    await mark(p.page, 'attack_began').waitFor();
    const styles = await p.page.evaluate(() => {
      const shape = (cls: string) =>
        getComputedStyle(document.querySelector(`[data-testid="timeline"] .tl-mark.${cls} .tl-shape`)!);
      return {
        high: shape('high').fillOpacity,
        medium: shape('medium').fill,
        low: [shape('low').fillOpacity, shape('low').strokeDasharray],
        injected: document.querySelectorAll('style').length,
        violations: [...((window as any).__violations as string[])],
      };
    });
    // The policy is in force: a <style> injected now is not applied.
    const probe = await p.page.evaluate(() => {
      const el = document.createElement('style');
      el.textContent = 'body { --probe: on; }';
      document.head.append(el);
      const v = getComputedStyle(document.body).getPropertyValue('--probe');
      el.remove();
      return v;
    });
    expect(probe).toBe('');
    expect(styles.medium).toContain('tl-hatch-');
    expect(styles.high).toBe('1');
    expect(styles.low).toEqual(['0.14', '3px, 2px']);
    expect(styles.injected).toBe(0);
    expect(styles.violations.filter((v) => v.startsWith('style-src'))).toEqual([]);
    expectClean(p);
  });
});
