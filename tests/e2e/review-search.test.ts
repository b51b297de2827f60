/**
 * The review page's gazetteer search covers the world (the dev server's GeoNames index, built on the
 * first search): Arabic with the ingest normalisation and clitics, English, each result with both
 * names and its country; a chosen world place keeps its `geonames-<id>` and its source and licence.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHONE, shot } from './harness.ts';
import {
  axeViolations,
  card,
  clean,
  dir,
  openReview,
  saved,
  select,
  useReviewServer,
} from './review-harness.ts';

useReviewServer();

const results = (p: Awaited<ReturnType<typeof openReview>>) =>
  card(p.page).getByTestId('search-results').getByTestId('search-result');

describe('review page: search the world gazetteer', () => {
  it('«أنطاكية» and «بأنطاكية» find Antakya with both names and its country; "Hatay" too', async () => {
    const p = await openReview();
    await select(p.page, 'm03');
    const field = card(p.page).getByTestId('search');
    await field.fill('أنطاكية');
    const first = results(p).first();
    await first.waitFor({ timeout: 90_000 });
    expect(await first.innerText()).toMatch(/أنطاكية · Antioch[\s\S]*Türkiye/);
    await shot(p.page, 'review-search-world-en-desktop');
    await field.fill('بأنطاكية');
    await expect.poll(() => results(p).first().innerText()).toMatch(/أنطاكية · Antioch/);
    await field.fill('Hatay');
    await expect.poll(() => results(p).first().innerText()).toMatch(/أنطاكية · Antioch/);
    // The interface in Arabic: the country in Arabic.
    await p.page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => results(p).first().innerText()).toContain('تركيا');
    await shot(p.page, 'review-search-world-ar-desktop');
    clean(p);
  });

  it('an English query finds a world place; chosen, it keeps its geonames id, source and licence', async () => {
    const p = await openReview();
    await select(p.page, 'm03');
    await card(p.page).getByTestId('search').fill('Port Sudan');
    const hit = card(p.page).locator('[data-testid="search-result"][data-id="geonames-377039"]');
    await hit.waitFor({ timeout: 90_000 });
    expect(await hit.innerText()).toMatch(/بور ?ت?سودان · Port Sudan[\s\S]*Sudan/);
    await hit.click();
    await expect.poll(() => card(p.page).innerText()).toContain('geonames-377039');
    expect(await saved(p.page)).toContain('Saved');
    const mentions = JSON.parse(readFileSync(join(dir(), 'mentions.json'), 'utf8')) as {
      id: string;
      placeId: string;
    }[];
    expect(mentions.find((m) => m.id === 'm03')!.placeId).toBe('geonames-377039');
    const places = JSON.parse(readFileSync(join(dir(), 'places.geojson'), 'utf8')).features as {
      id: string;
      properties: Record<string, unknown>;
    }[];
    expect(places.find((f) => f.id === 'geonames-377039')!.properties).toMatchObject({
      name_en: 'Port Sudan',
      geometry_source: { licence: 'CC BY 4.0', url: 'https://www.geonames.org/' },
    });
    clean(p);
  });

  it('on a phone in Arabic: the results fit, and axe finds no violation', async () => {
    const p = await openReview({ viewport: PHONE, isMobile: true });
    await p.page.getByRole('button', { name: 'العربية' }).click();
    await select(p.page, 'm03');
    await card(p.page).getByTestId('search').fill('أنطاكية');
    await results(p).first().waitFor({ timeout: 90_000 });
    await results(p).first().scrollIntoViewIfNeeded();
    const box = (await results(p).first().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await shot(p.page, 'review-search-world-ar-phone');
    expect(await axeViolations(p.page)).toEqual([]);
    clean(p);
  });
});
