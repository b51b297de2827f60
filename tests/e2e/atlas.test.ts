/**
 * The atlas page (issue 20): the shipped articles on the start page and the map; Semalka, named in
 * both, lists both in its card; search, place and time filters; permalinks; axe. With
 * `AA_ATLAS_SYNTH=<n>` set (the dist built from a generated collection, see the README), the
 * generated-collection test checks paging and search over it instead of the shipped articles.
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { DESKTOP, PHONE, expectClean, open, shot, type OpenedPage } from './harness.ts';

const HASAKAH = 'hasakah-prison-us-statement-2022';
const DEMO = 'semalka-reopening-demo';
const synth = Number(process.env.AA_ATLAS_SYNTH ?? 0);

async function atlas(query: string, viewport = DESKTOP): Promise<OpenedPage> {
  const p = await open(`atlas.html${query}`, { viewport });
  await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 30_000 });
  return p;
}
const mapIdle = (p: OpenedPage) =>
  p.page.locator('[data-testid="atlas-map"][data-state="idle"]').waitFor({ timeout: 30_000 });
const listed = (p: OpenedPage) =>
  p.page
    .locator('[data-testid="atlas-list"] > li[data-article]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.article));

describe.skipIf(synth > 0)('atlas: the shipped articles', () => {
  it('lists every article newest first, each a plain link with its poster and places', async () => {
    const p = await atlas('?lang=en');
    expect(await listed(p)).toEqual([DEMO, HASAKAH]);
    const link = p.page.locator(`[data-article="${HASAKAH}"] a.title`);
    expect(await link.getAttribute('href')).toBe(`./?article=${HASAKAH}&lang=en&theme=light`);
    expect(await link.textContent()).toMatch(/State Department|statement/i);
    const img = p.page.locator(`[data-article="${HASAKAH}"] img`);
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expect
      .poll(() => p.page.locator(`[data-article="${DEMO}"] .places button`).count())
      .toBeGreaterThan(3);
    await mapIdle(p);
    await shot(p.page, 'atlas-desktop-en');
    expectClean(p);
  });

  it('Semalka: one place whose card lists both articles, newest first, each opening the article there', async () => {
    const p = await atlas('?lang=en&place=semalka_crossing');
    const card = p.page.locator('[data-testid="atlas-card"]');
    await card.waitFor();
    const items = card.locator('li[data-article]');
    expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.article))).toEqual([
      DEMO,
      HASAKAH,
    ]);
    expect(await items.nth(1).locator('a').getAttribute('href')).toBe(
      `./?article=${HASAKAH}&lang=en&theme=light&place=semalka_crossing`,
    );
    expect(await items.nth(1).locator('blockquote').first().textContent()).toContain('سيمالكا');
    // The place also filters the list.
    await expect.poll(() => listed(p)).toEqual([DEMO, HASAKAH]);
    await mapIdle(p);
    await shot(p.page, 'atlas-card-en');
    // Following the link opens the article with the place selected.
    await items.nth(1).locator('a').click();
    await p.page.waitForURL(/article=hasakah/);
    await p.page.locator('[data-testid="place-card"], .place-card').first().waitFor({ timeout: 30_000 });
    expectClean(p);
  });

  it('a click on the map selects the place under the pointer', async () => {
    const p = await atlas('?lang=en');
    await mapIdle(p);
    const xy = await p.page.evaluate(() => {
      const el = document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
        maplibre: {
          jumpTo: (o: object) => void;
          project: (ll: [number, number]) => { x: number; y: number };
        };
      };
      el.maplibre.jumpTo({ center: [6.14, 46.2], zoom: 9 }); // Geneva, alone at zoom 9
      const pt = el.maplibre.project([6.14319, 46.20222]);
      const r = el.getBoundingClientRect();
      return { x: r.left + pt.x, y: r.top + pt.y };
    });
    await mapIdle(p);
    await p.page.mouse.click(xy.x, xy.y);
    await expect.poll(() => new URL(p.page.url()).searchParams.get('place')).toBe('geneva');
    await p.page.locator('[data-testid="atlas-card"] li[data-article]').first().waitFor();
    expectClean(p);
  });

  it('searches titles, places and text in both languages, Arabic normalised (clitics, ta marbuta)', async () => {
    const p = await atlas('?lang=ar');
    const box = p.page.locator('[data-testid="atlas-search"]');
    await box.fill('وغويران'); // a clitic before the name
    await expect.poll(() => listed(p)).toEqual([HASAKAH]);
    await box.fill('بالحسكه'); // clitic + article, ha for ta marbuta: "الحسكة" is in both
    await expect.poll(() => listed(p)).toEqual([DEMO, HASAKAH]);
    await box.fill('Semalka');
    await expect.poll(() => listed(p)).toEqual([DEMO, HASAKAH]);
    await box.fill('zzzzqq');
    await expect.poll(() => p.page.locator('[data-testid="atlas-list"] .empty').count()).toBe(1);
    await box.fill('جنيف');
    await expect.poll(() => listed(p)).toEqual([HASAKAH]);
    expect(new URL(p.page.url()).searchParams.get('q')).toBe('جنيف');
    await shot(p.page, 'atlas-search-ar');
    expectClean(p);
  });

  it('the time filter comes from the URL and the date fields, and filters the list', async () => {
    // Only the Hasakah article's fiscal year reaches into June 2022.
    const p = await atlas('?lang=en&time=2022-06-01/2022-07-01');
    await expect.poll(() => listed(p)).toEqual([HASAKAH]);
    await p.page.locator('[data-testid="atlas-clear-time"]').click();
    await expect.poll(() => listed(p)).toEqual([DEMO, HASAKAH]);
    await p.page.locator('[data-testid="atlas-from"]').fill('2023-01-01');
    await p.page.locator('[data-testid="atlas-to"]').fill('2023-01-01');
    await expect.poll(() => new URL(p.page.url()).searchParams.get('time')).toBe('2023-01-01/2023-01-02');
    await expect.poll(() => p.page.locator('[data-testid="atlas-list"] .empty').count()).toBe(1);
    await p.page.locator('[data-testid="atlas-timeline"] svg').waitFor();
    expectClean(p);
  });

  it('shows Arabic right to left on a phone, dark, with no serious axe violation', async () => {
    const p = await atlas('?lang=ar&theme=dark&place=semalka_crossing', PHONE);
    expect(await p.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await p.page.locator('[data-testid="atlas-card"]').waitFor();
    await mapIdle(p);
    await shot(p.page, 'atlas-phone-ar-dark');
    expect(await seriousViolations(p.page)).toEqual([]);
    expectClean(p);
  });

  it('the article page links to the atlas from its header', async () => {
    const p = await open(`?article=${DEMO}&lang=en`);
    const link = p.page.locator('[data-testid="atlas-link"]');
    await link.waitFor({ state: 'attached', timeout: 30_000 });
    expect(await link.getAttribute('href')).toBe('./atlas.html?lang=en&theme=light');
    expectClean(p);
  });
});

describe.skipIf(!synth)('atlas: a generated collection', () => {
  it('pages through every article and finds them by place name', async () => {
    const p = await atlas('?lang=en');
    expect(await p.page.locator('[data-testid="atlas-count"]').textContent()).toContain(`${synth} articles`);
    const first = await listed(p);
    await p.page.locator('[data-testid="atlas-next"]').click();
    await expect.poll(async () => (await listed(p))[0]).not.toBe(first[0]);
    await mapIdle(p);
    await shot(p.page, 'atlas-synth-en');
    const box = p.page.locator('[data-testid="atlas-search"]');
    await box.fill('Synthetic article 1:');
    await expect.poll(async () => (await listed(p)).length).toBeGreaterThan(0);
    expectClean(p);
  });
});
