/**
 * Printing the app with the browser's own Print (Ctrl+P, issue 17.5): one or two clean pages — the
 * map as it is (an image of the live canvas, the selection in frame), the chosen passages and the
 * sources —, never the timeline over the article, never the whole article and its lists.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, SHOTS, expectClean, mapIdle, open } from './harness.ts';
import { writeFileSync } from 'node:fs';

/**
 * What the print stylesheet shows: `beforeprint` fired on the screen layout (as the browser does),
 * then print media emulated and the page read, then `afterprint`.
 */
async function printed(page: Page) {
  // The print stylesheet and handlers arrive after the map's first idle.
  await page.locator('html[data-print="ready"]').waitFor({ state: 'attached' });
  await page.evaluate(async () => {
    dispatchEvent(new Event('beforeprint'));
    await document.querySelector<HTMLImageElement>('img.print-map')?.decode();
  });
  await page.emulateMedia({ media: 'print' });
  const out = await page.evaluate(() => {
    const shown = (el: Element | null) => el != null && (el as HTMLElement).offsetParent !== null;
    const all = (sel: string) => [...document.querySelectorAll(sel)];
    const img = document.querySelector<HTMLImageElement>('img.print-map');
    const r = img?.getBoundingClientRect();
    return {
      timeline: shown(document.querySelector('[data-testid="timeline"]')),
      placeList: shown(document.querySelector('[data-testid="place-list"]')),
      eventList: shown(document.querySelector('[data-testid="event-list"]')),
      passages: all('[data-passage]')
        .filter(shown)
        .map((p) => (p as HTMLElement).dataset.passage),
      highlighted: all('[data-passage][data-highlighted="true"]').map(
        (p) => (p as HTMLElement).dataset.passage,
      ),
      mapImage: r ? { width: r.width, height: r.height } : null,
      credits: (document.querySelector('.print-credits') as HTMLElement | null)?.innerText ?? '',
      source: shown(document.querySelector('[data-testid="article-header"]')),
    };
  });
  await page.emulateMedia({ media: null });
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  return out;
}

const pageCount = async (pdf: Buffer) => (await PDFDocument.load(pdf)).getPageCount();

describe('print', () => {
  for (const lang of ['ar', 'en'] as const) {
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      it(`${lang} ${name}: a selection prints as the map, the chosen passages and the sources, in at most two pages`, async () => {
        const p = await open(`./?lang=${lang}&place=semalka_crossing`, {
          viewport,
          isMobile: name === 'phone',
        });
        const { page } = p;
        await mapIdle(page);
        await page.locator('html[data-print="ready"]').waitFor({ state: 'attached' });
        await page.locator('html[data-print="ready"]').waitFor({ state: 'attached' });
        // The browser's own print first (it fires beforeprint and afterprint itself).
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        writeFileSync(`${SHOTS}/print-${lang}-${name}.pdf`, pdf);
        expect(await pageCount(pdf)).toBeLessThanOrEqual(2);
        const what = await printed(page);
        expect(what.timeline).toBe(false);
        expect(what.placeList).toBe(false);
        expect(what.eventList).toBe(false);
        expect(what.highlighted.length).toBeGreaterThan(0);
        expect(what.passages).toEqual(what.highlighted);
        expect(what.source).toBe(true);
        expect(what.credits).toContain('OpenStreetMap');
        // The map is a picture of a useful size, not a strip.
        expect(what.mapImage).not.toBeNull();
        expect(what.mapImage!.height).toBeGreaterThan(250);
        expectClean(p);
      });
    }
  }

  it('without a selection: the map and the article facts, one or two pages', async () => {
    const p = await open('./?lang=en');
    const { page } = p;
    await mapIdle(page);
    await page.locator('html[data-print="ready"]').waitFor({ state: 'attached' });
    const what = await printed(page);
    expect(what.timeline).toBe(false);
    expect(what.passages).toEqual([]);
    expect(what.source).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(await pageCount(pdf)).toBeLessThanOrEqual(2);
    expectClean(p);
  });
});
