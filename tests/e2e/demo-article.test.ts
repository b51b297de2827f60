/**
 * The synthetic demo article (geodata/semalka-reopening-demo, made by ingest + review only) in a
 * real browser: its demo notice, its river drawn and clickable, and the two-way links.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, expectClean, mapIdle, open, shot } from './harness.ts';

const ID = 'semalka-reopening-demo';
const meta = JSON.parse(readFileSync(`geodata/${ID}/article.json`, 'utf8')) as {
  notice: { text: { ar: { text: string }; en: { text: string } } };
};
const places = JSON.parse(readFileSync(`geodata/${ID}/places.geojson`, 'utf8')) as {
  features: { id: string; geometry: { type: string; coordinates: [number, number][][] } }[];
};
const tigris = places.features.find((f) => f.id === 'tigris')!;
const mentions = JSON.parse(readFileSync(`geodata/${ID}/mentions.json`, 'utf8')) as {
  placeId: string;
  passageId: string;
}[];
const tigrisPassages = [...new Set(mentions.filter((m) => m.placeId === 'tigris').map((m) => m.passageId))];

/**
 * A pixel on the drawn river, inside the canvas, with no point or label of another place within
 * 12 px: where a reader would click the line itself. Null when the river is not drawn.
 */
async function riverPixel(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate((lines) => {
    const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    for (const line of lines)
      for (const at of line) {
        const p = map.project(at);
        if (p.x < 40 || p.y < 40 || p.x > width - 40 || p.y > height - 40) continue;
        const box = [
          [p.x - 12, p.y - 12],
          [p.x + 12, p.y + 12],
        ];
        const others = map.queryRenderedFeatures(box, { layers: ['aa-point', 'aa-label'] });
        const line = map.queryRenderedFeatures([p.x, p.y], { layers: ['aa-line-hit'] });
        if (others.length === 0 && line.some((f: any) => f.properties.pid === 'tigris'))
          return { x: p.x, y: p.y };
      }
    return null;
  }, tigris.geometry.coordinates);
}

describe('the synthetic demo article', () => {
  it('is not the default article', async () => {
    const p = await open('./');
    await p.page.locator('[data-testid="article-text"]').waitFor();
    expect(await p.page.locator('[data-testid="article-notice"]').count()).toBe(0);
    expectClean(p);
  });

  it.each(['ar', 'en'] as const)('says, in %s, that it is synthetic demo text, not news', async (lang) => {
    const p = await open(`./?article=${ID}&lang=${lang}`);
    const notice = p.page.locator('[data-testid="article-notice"]');
    await notice.waitFor();
    expect(await notice.getAttribute('data-kind')).toBe('synthetic-demo');
    expect(await notice.innerText()).toContain(meta.notice.text[lang].text);
    expect(await notice.innerText()).toContain(lang === 'ar' ? 'نص تجريبي مصطنع' : 'Synthetic demo text');
    expect(await p.page.locator('[data-testid="draft-badge"]').count()).toBe(0);
    expectClean(p);
  });

  it('draws the Tigris (a MultiLineString); clicking the line selects it and links its passage', async () => {
    expect(tigris.geometry.type).toBe('MultiLineString');
    const p = await open(`./?article=${ID}&lang=en`);
    await mapIdle(p.page);
    const at = await riverPixel(p.page);
    expect(at).not.toBeNull();
    const box = (await p.page.locator('[data-testid="map"] canvas').boundingBox())!;
    await p.page.mouse.click(box.x + at!.x, box.y + at!.y);
    const card = p.page.locator('[data-testid="place-card"]');
    await card.waitFor();
    expect(await card.getAttribute('data-place')).toBe('tigris');
    expect(
      await p.page
        .locator('[data-passage][data-highlighted="true"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-passage'))),
    ).toEqual(tigrisPassages);
    const state = await p.page.evaluate(() =>
      (document.querySelector('[data-testid="map"]') as any).placeState('tigris'),
    );
    expect(state.selected).toBe(true);
    await shot(p.page, 'demo-river-selected-en-desktop');
    expectClean(p);
  });

  it.each([
    ['ar', 'desktop'],
    ['ar', 'phone'],
    ['en', 'phone'],
  ] as const)('the text → map link: the river mention selects it (%s, %s)', async (lang, size) => {
    const p = await open(`./?article=${ID}&lang=${lang}`, {
      ...(size === 'phone' ? { viewport: PHONE, isMobile: true } : {}),
    });
    await mapIdle(p.page);
    await p.page.locator('button.mention[data-place="tigris"]').first().click();
    const card = p.page.locator('[data-testid="place-card"]');
    await card.waitFor();
    expect(await card.getAttribute('data-place')).toBe('tigris');
    await expect
      .poll(() =>
        p.page.evaluate(
          () => (document.querySelector('[data-testid="map"]') as any).placeState('tigris').selected,
        ),
      )
      .toBe(true);
    await mapIdle(p.page);
    await shot(p.page, `demo-river-selected-${lang}-${size}`);
    expectClean(p);
  });
});
