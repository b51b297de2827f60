/**
 * The atlas page (issue 20): the shipped articles on the start page and the map; Semalka, named in
 * both, lists both in its card; search, place and time filters; permalinks; axe; and a generated
 * collection of 300 articles served in place of the shipped one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/collection/build-index.ts';
import { readDigests } from '../../src/collection/build-node.ts';
import {
  CARD_FIRST,
  CARD_PAGE,
  PAGE_SIZE,
  type EventsFile,
  type PointsFile,
  type Summary,
} from '../../src/collection/format.ts';
import { filterIndices } from '../../src/atlas/list-filter.ts';
import { AtlasEvents } from '../../src/atlas/time-filter.ts';
import { parseUrlState } from '../../src/state/url-state.ts';
import { dateFormat } from '../../src/ui/format.ts';
import { URL_WRITE_MS } from '../../src/state/url-write.ts';
import { synthCollection } from '../../src/collection/synth.ts';
import { parseGazetteer } from '../../src/ingest/gazetteer.ts';
import { seriousViolations } from './axe.ts';
import { DESKTOP, PHONE, expectClean, open, shot, type OpenedPage } from './harness.ts';

const HASAKAH = 'hasakah-prison-us-statement-2022';
const DEMO = 'semalka-reopening-demo';

async function atlas(query: string, viewport = DESKTOP): Promise<OpenedPage> {
  const p = await open(`atlas.html${query}`, { viewport });
  await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 30_000 });
  return p;
}
const day = (v: number) => new Date(v).toISOString().slice(0, 10);
const mapIdle = (p: OpenedPage) =>
  p.page.locator('[data-testid="atlas-map"][data-state="idle"]').waitFor({ timeout: 30_000 });
/**
 * Moves the atlas map's camera and resolves at its next idle; with `frame`, one frame later too (the
 * map's keyboard targets are drawn in the frame after the idle).
 */
const jumpAndIdle = (p: OpenedPage, center: [number, number], zoom: number, frame = false) =>
  p.page.evaluate(
    ({ center, zoom, frame }) =>
      new Promise<void>((done) => {
        const m = (
          document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
            maplibre: { jumpTo(o: object): void; once(e: string, f: () => void): void };
          }
        ).maplibre;
        m.once('idle', () => (frame ? requestAnimationFrame(() => done()) : done()));
        m.jumpTo({ center, zoom });
      }),
    { center, zoom, frame },
  );
const listed = (p: OpenedPage) =>
  p.page
    .locator('[data-testid="atlas-list"] > li[data-article]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.article));

describe('atlas: the shipped articles', () => {
  it('a reader whose system is dark gets the dark atlas; the theme they choose is written, and links carry the theme they see', async () => {
    const p = await open('atlas.html?lang=en', { colorScheme: 'dark' });
    await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await mapIdle(p);
    const html = p.page.locator('html');
    expect(await html.getAttribute('data-theme')).toBe('dark');
    await p.page.waitForTimeout(URL_WRITE_MS + 200);
    expect(new URL(p.page.url()).searchParams.get('theme')).toBeNull();
    const link = p.page.locator(`[data-article="${HASAKAH}"] a.title`);
    expect(await link.getAttribute('href')).toBe(`./?article=${HASAKAH}&lang=en&theme=dark`);
    // The light poster cards are dimmed on the dark page, and only there.
    const card = p.page.locator(`[data-article="${HASAKAH}"] img`);
    expect(await card.evaluate((i) => getComputedStyle(i).filter)).toBe('brightness(0.82)');
    await shot(p.page, 'atlas-system-dark-en');
    await p.page.getByTestId('theme-switch').click();
    await expect.poll(() => html.getAttribute('data-theme')).toBe('light');
    await expect.poll(() => new URL(p.page.url()).searchParams.get('theme')).toBe('light');
    expect(await link.getAttribute('href')).toBe(`./?article=${HASAKAH}&lang=en&theme=light`);
    expectClean(p);
  });

  it('lists every article newest first, each a plain link with its poster and places', async () => {
    const p = await atlas('?lang=en');
    expect(await listed(p)).toEqual([DEMO, HASAKAH]);
    const link = p.page.locator(`[data-article="${HASAKAH}"] a.title`);
    expect(await link.getAttribute('href')).toBe(`./?article=${HASAKAH}&lang=en&theme=light`);
    expect(await link.textContent()).toMatch(/State Department|statement/i);
    const img = p.page.locator(`[data-article="${HASAKAH}"] img`);
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await img.evaluate((i) => getComputedStyle(i).filter)).toBe('none');
    await expect
      .poll(() => p.page.locator(`[data-article="${DEMO}"] .places button`).count())
      .toBeGreaterThan(3);
    // A place name that wraps reads from the line's start (a button centres its lines by default).
    const indents = await p.page.locator('.places button').evaluateAll((bs) =>
      bs.flatMap((b) => {
        const range = document.createRange();
        range.selectNodeContents(b);
        const start = b.getBoundingClientRect().left;
        return [...range.getClientRects()].map((r) => Math.round(r.left - start));
      }),
    );
    expect(indents.length).toBeGreaterThan(3);
    expect(indents.filter((d) => d > 1)).toEqual([]);
    await mapIdle(p);
    await shot(p.page, 'atlas-desktop-en');
    expectClean(p);
  });

  it('Semalka: one place whose card lists both articles, newest first, each opening the article there', async () => {
    const p = await atlas('?lang=en&place=semalka_crossing');
    const card = p.page.locator('[data-testid="atlas-card"]');
    await card.locator('li[data-article]').first().waitFor();
    const items = card.locator('li[data-article]');
    expect(await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.article))).toEqual([
      DEMO,
      HASAKAH,
    ]);
    expect(await items.nth(1).locator('a').getAttribute('href')).toBe(
      `./?article=${HASAKAH}&lang=en&theme=light&place=semalka_crossing`,
    );
    expect(await items.nth(1).locator('blockquote').first().textContent()).toContain('سيمالكا');
    // The English beside an Arabic quote is ours, and says so.
    const tr = items.nth(1).locator('blockquote.tr');
    expect(await tr.textContent()).toMatch(/Semalka/);
    expect(await tr.locator('.badge').textContent()).toBe("Project's translation");
    // The place also filters the list.
    await expect.poll(() => listed(p), { timeout: 20_000 }).toEqual([DEMO, HASAKAH]);
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

  it('the map keeps its size when the timeline arrives after the first view (no shift under a click)', async () => {
    const p = await atlas('?lang=en');
    // Every height the map's box takes, from the start (the page is loaded again with the recorder).
    await p.page.addInitScript(() => {
      const w = window as unknown as { heights: [number, number][] };
      w.heights = [];
      const ro = new ResizeObserver((es) => {
        for (const e of es) w.heights.push([performance.now(), e.contentRect.height]);
      });
      const find = setInterval(() => {
        const el = document.querySelector('[data-testid="atlas-map"]');
        if (!el) return;
        clearInterval(find);
        ro.observe(el);
      }, 1);
    });
    await p.page.reload();
    await mapIdle(p);
    await p.page.locator('[data-testid="atlas-timeline"]').waitFor();
    await p.page.waitForTimeout(500);
    const { idleAt, heights } = await p.page.evaluate(() => ({
      idleAt: Number((document.querySelector('[data-testid="atlas-map"]') as HTMLElement).dataset.idleAt),
      heights: (window as unknown as { heights: [number, number][] }).heights,
    }));
    const atIdle = heights.filter(([t]) => t <= idleAt).at(-1)?.[1];
    expect(atIdle).toBeGreaterThan(100);
    expect(heights.filter(([t]) => t > idleAt).map(([, h]) => h)).toEqual([]);
    expectClean(p);
  });

  it('the map draws dense places as a cluster with its count; a click on it zooms in', async () => {
    const p = await atlas('?lang=en');
    await mapIdle(p);
    const cluster = p.page.locator('[data-testid="atlas-map-targets"] button[data-kind="cluster"]').first();
    await cluster.waitFor({ state: 'attached' });
    expect(await cluster.getAttribute('aria-label')).toMatch(/^\d+ places, zoom in$/);
    const zoom = () =>
      p.page.evaluate(() =>
        (
          document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
            maplibre: { getZoom(): number };
          }
        ).maplibre.getZoom(),
      );
    const before = await zoom();
    const box = (await cluster.boundingBox())!;
    await p.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(zoom, { timeout: 10_000 }).toBeGreaterThan(before + 0.5);
    expect(new URL(p.page.url()).searchParams.get('place')).toBeNull(); // a cluster is no place
    await mapIdle(p);
    await shot(p.page, 'atlas-cluster-zoomed-en');
    expectClean(p);
  });

  it('the keyboard reaches clusters and places on the map: Enter zooms into a cluster, picks a place', async () => {
    const p = await atlas('?lang=ar');
    await mapIdle(p);
    const targets = p.page.locator('[data-testid="atlas-map-targets"] button');
    await targets.first().waitFor({ state: 'attached' });
    const zoom = () =>
      p.page.evaluate(() =>
        (
          document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
            maplibre: { getZoom(): number };
          }
        ).maplibre.getZoom(),
      );
    // Tab from the timeline's region onward lands on the map's targets (in document order).
    const cluster = targets.locator('xpath=self::*[@data-kind="cluster"]').first();
    await cluster.focus();
    expect(await cluster.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
    await shot(p.page, 'atlas-cluster-focus-ar');
    const before = await zoom();
    await p.page.keyboard.press('Enter');
    await expect.poll(zoom, { timeout: 10_000 }).toBeGreaterThan(before + 0.5);
    // Zoomed in far enough, every place is its own target; Enter on one picks it.
    await jumpAndIdle(p, [40.75, 36.5], 10, true);
    const place = p.page.locator('[data-testid="atlas-map-targets"] button[data-kind="place"]').first();
    await place.waitFor({ state: 'attached' });
    const key = await place.getAttribute('data-place');
    await place.focus();
    await p.page.keyboard.press('Enter');
    await expect.poll(() => new URL(p.page.url()).searchParams.get('place')).toBe(key);
    await p.page.locator('[data-testid="atlas-card"] li[data-article]').first().waitFor();
    expect(
      await p.page
        .locator(`[data-testid="atlas-map-targets"] button[data-place="${key}"]`)
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await seriousViolations(p.page)).toEqual([]);
    expectClean(p);
  });

  it.each([
    ['en', 'desktop', DESKTOP, null],
    ['ar', 'desktop', DESKTOP, null],
    ['en', 'phone', PHONE, 6],
    ['ar', 'phone', PHONE, 6],
  ] as const)(
    'the basemap does not name a place the atlas names (Geneva once, %s %s)',
    async (lang, form, viewport, zoom) => {
      const p = await atlas(`?lang=${lang}`, viewport);
      await mapIdle(p);
      if (zoom) await jumpAndIdle(p, [6.14, 46.2], zoom);
      // Geneva's labels as drawn: the atlas's (its place, alone here) and the basemap's own.
      const genevaLabels = () =>
        p.page.evaluate(() => {
          const m = (
            document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
              maplibre: {
                getStyle(): { layers: { id: string; type: string }[] };
                queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
              };
            }
          ).maplibre;
          const labels = (ids: string[]) =>
            m
              .queryRenderedFeatures({ layers: ids })
              .filter((f) => f.properties.name_en === 'Geneva' || f.properties.name_ar === 'جنيف').length;
          const symbols = m
            .getStyle()
            .layers.filter((l) => l.type === 'symbol')
            .map((l) => l.id);
          return {
            atlas: labels(['aa-cluster-label']),
            basemap: labels(symbols.filter((id) => id.startsWith('basemap-'))),
          };
        });
      await expect.poll(genevaLabels, { timeout: 10_000 }).toEqual({ atlas: 1, basemap: 0 });
      await mapIdle(p);
      await shot(p.page, `atlas-geneva-once-${lang}-${form}`);
      expectClean(p);
    },
  );

  it('searches titles, places and text in both languages, Arabic normalised (clitics, ta marbuta)', async () => {
    const p = await atlas('?lang=ar');
    const box = p.page.locator('[data-testid="atlas-search"]');
    await box.fill('وغويران'); // a clitic before the name
    await expect.poll(() => listed(p), { timeout: 20_000 }).toEqual([HASAKAH]);
    await box.fill('بالحسكه'); // clitic + article, ha for ta marbuta: "الحسكة" is in both
    await expect.poll(() => listed(p), { timeout: 20_000 }).toEqual([DEMO, HASAKAH]);
    await box.fill('Semalka');
    await expect.poll(() => listed(p), { timeout: 20_000 }).toEqual([DEMO, HASAKAH]);
    await box.fill('zzzzqq');
    await expect.poll(() => p.page.locator('[data-testid="atlas-list"] .empty').count()).toBe(1);
    await box.fill('جنيف');
    await expect.poll(() => listed(p), { timeout: 20_000 }).toEqual([HASAKAH]);
    await expect.poll(() => new URL(p.page.url()).searchParams.get('q')).toBe('جنيف'); // written ≤ 300 ms later
    await shot(p.page, 'atlas-search-ar');
    expectClean(p);
  });

  it('the time filter comes from the URL and the date fields, and filters the list', async () => {
    // Only the Hasakah article's fiscal year reaches into June 2022.
    const p = await atlas('?lang=en&time=2022-06-01/2022-07-01');
    await expect.poll(() => listed(p), { timeout: 20_000 }).toEqual([HASAKAH]);
    await p.page.locator('[data-testid="atlas-clear-time"]').click();
    await expect.poll(() => listed(p), { timeout: 20_000 }).toEqual([DEMO, HASAKAH]);
    await p.page.locator('[data-testid="atlas-from"]').fill('2023-01-01');
    await p.page.locator('[data-testid="atlas-to"]').fill('2023-01-01');
    await expect.poll(() => new URL(p.page.url()).searchParams.get('time')).toBe('2023-01-01/2023-01-02');
    await expect.poll(() => p.page.locator('[data-testid="atlas-list"] .empty').count()).toBe(1);
    await p.page.locator('[data-testid="atlas-timeline"] svg').waitFor();
    expectClean(p);
  });

  it.each([
    ['ar', 'phone', 'dark', PHONE],
    ['ar', 'desktop', 'light', DESKTOP],
    ['en', 'phone', 'light', PHONE],
    ['en', 'desktop', 'dark', DESKTOP],
  ] as const)(
    "the date fields say their dates in the page's language beside them (%s %s %s)",
    async (lang, form, theme, viewport) => {
      // The browser is English (en-GB): its own date fields show its format whatever the page's.
      const p = await atlas(`?lang=${lang}&theme=${theme}&time=2022-01-23/2022-01-26`, viewport);
      const said = async (field: 'from' | 'to') => {
        const input = p.page.locator(`[data-testid="atlas-${field}"]`);
        const ids = (await input.getAttribute('aria-describedby')) ?? '';
        const text = await p.page.evaluate(
          (ids) =>
            ids
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
              .join(' '),
          ids,
        );
        return text;
      };
      const day = (d: string) =>
        dateFormat(lang, 'latn', { day: 'numeric', month: 'long', year: 'numeric' }).format(Date.parse(d));
      await expect.poll(() => said('from')).toBe(day('2022-01-23'));
      expect(await said('to')).toBe(day('2022-01-25')); // the range is half-open: its last day
      if (lang === 'ar') expect(await said('from')).toMatch(/يناير/);
      // A new date from the field is said at once.
      await p.page.locator('[data-testid="atlas-from"]').fill('2021-12-30');
      await expect.poll(() => said('from')).toBe(day('2021-12-30'));
      await p.page.locator('[data-testid="atlas-list"]').waitFor();
      await shot(p.page, `atlas-dates-${lang}-${form}-${theme}`);
      expect(await seriousViolations(p.page)).toEqual([]);
      // Cleared, nothing is said and nothing describes the fields.
      await p.page.locator('[data-testid="atlas-clear-time"]').click();
      await expect.poll(() => said('from')).toBe('');
      expect(await said('to')).toBe('');
      expectClean(p);
    },
  );

  it.each(['ar', 'en'])('the timeline names its first and last years inside itself (%s)', async (lang) => {
    const p = await atlas(`?lang=${lang}`);
    const svg = p.page.locator('[data-testid="atlas-timeline"] svg');
    await svg.waitFor();
    const box = (await svg.boundingBox())!;
    const years = await svg.locator('text').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent, left: r.left, right: r.right };
      }),
    );
    expect(years.map((y) => y.text)).toEqual(['2021', '2022']);
    for (const y of years) {
      expect(y.left).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(y.right).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
    // Time runs with the reading direction: the first year is at the start of the line.
    const [first, last] = years as [(typeof years)[0], (typeof years)[0]];
    expect(lang === 'ar' ? first.left > last.left : first.left < last.left).toBe(true);
    expectClean(p);
  });

  it('shows Arabic right to left on a phone, dark, with no serious axe violation', async () => {
    const p = await atlas('?lang=ar&theme=dark&place=semalka_crossing', PHONE);
    expect(await p.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await p.page.locator('[data-testid="atlas-card"][aria-busy="false"]').waitFor();
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
    // The switch lists the newest articles as plain links, the open one marked.
    await p.page.locator('[data-testid="article-switch"]').click();
    const current = p.page.locator('.switch a[aria-current="page"]');
    await current.waitFor();
    expect(await current.getAttribute('href')).toBe(`./?article=${DEMO}&lang=en&theme=light`);
    expect(await p.page.locator(`.switch a[href="./?article=${HASAKAH}&lang=en&theme=light"]`).count()).toBe(
      1,
    );
    expectClean(p);
  });
});

describe('atlas: a place chosen in the list', () => {
  /** Where an element is, against the window: its box fully inside, and its top. */
  const inWindow = (p: OpenedPage, sel: string) =>
    p.page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
    }, sel);
  /** Inside which element focus is (its test id, or its place and row for a list button). */
  const focused = (p: OpenedPage) =>
    p.page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (a?.closest('[data-testid="atlas-card"]')) return 'card';
      const row = a?.closest<HTMLElement>('li[data-article]');
      return row && a?.dataset.place ? `${row.dataset.article}/${a.dataset.place}` : (a?.tagName ?? null);
    });

  it.each([
    ['en', 'phone', 'light', 'no-preference', 'tap', 'its ×', PHONE],
    ['ar', 'phone', 'dark', 'reduce', 'tap', 'the place chip', PHONE],
    ['en', 'desktop', 'dark', 'reduce', 'mouse', 'its ×', DESKTOP],
    ['ar', 'desktop', 'light', 'no-preference', 'keys', 'Escape', DESKTOP],
  ] as const)(
    '%s %s %s, motion %s, %s: its card comes into view with focus; closed by %s, the reader is back on the place in the list',
    async (lang, form, theme, reducedMotion, input, closer, viewport) => {
      const phone = form === 'phone';
      const p = await open(`atlas.html?lang=${lang}&theme=${theme}`, {
        viewport,
        isMobile: phone,
        reducedMotion,
      });
      await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 30_000 });
      const button = p.page
        .locator(`[data-testid="atlas-list"] > li[data-article="${HASAKAH}"] .places button`)
        .first();
      await button.waitFor();
      const key = (await button.getAttribute('data-place'))!;
      await mapIdle(p);
      await button.scrollIntoViewIfNeeded();
      const name = `atlas-list-pick-${lang}-${form}-${theme}`;
      await shot(p.page, `${name}-before`);
      if (input === 'tap') await button.tap();
      else if (input === 'mouse') await button.click();
      else {
        await button.focus();
        await p.page.keyboard.press('Enter');
      }
      await expect.poll(() => new URL(p.page.url()).searchParams.get('place')).toBe(key);
      // The card, its name at least, is on screen, and it holds the focus (the rows under the
      // button the reader tapped are now the place's articles).
      await expect.poll(() => inWindow(p, '#atlas-card-title'), { timeout: 5_000 }).toBe(true);
      expect(await focused(p)).toBe('card');
      await p.page.locator('[data-testid="atlas-card"][aria-busy="false"]').waitFor();
      await mapIdle(p);
      await shot(p.page, `${name}-after`);
      if (phone) expect(await seriousViolations(p.page)).toEqual([]);
      // Closing the card (its ×, the place's chip, or Escape inside it): the full list again, and
      // the reader back on the place they chose.
      const close = p.page.locator(
        closer === 'its ×' ? '[data-testid="atlas-card"] button.close' : '[data-testid="atlas-clear-place"]',
      );
      if (closer === 'Escape') await p.page.keyboard.press('Escape');
      else if (input === 'tap') await close.tap();
      else await close.click();
      await expect.poll(() => focused(p), { timeout: 5_000 }).toBe(`${HASAKAH}/${key}`);
      await expect.poll(() => inWindow(p, ':focus')).toBe(true);
      expect(await listed(p)).toEqual([DEMO, HASAKAH]);
      await shot(p.page, `${name}-closed`);
      expectClean(p);
    },
  );
});

describe("atlas: a place chosen in the list outside the map's view", () => {
  /**
   * Where the place `key` is on the atlas map now: inside the map's box, under the card (in the
   * page), and the camera's zoom and centre. Its point is the collection's own (`points.json`).
   */
  const whereIs = (p: OpenedPage, key: string) =>
    p.page.evaluate(async (key) => {
      type Row = [string, number, number];
      const rows = (await (await fetch('geodata/collection/points.json')).json()) as Row[];
      const [, lon, lat] = rows.find((r) => r[0] === key)!;
      const el = document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
        maplibre: {
          project(ll: [number, number]): { x: number; y: number };
          getZoom(): number;
          getCenter(): { lng: number; lat: number };
          isMoving(): boolean;
        };
      };
      const m = el.maplibre;
      const xy = m.project([lon, lat]);
      const box = el.getBoundingClientRect();
      const card = document.querySelector('[data-testid="atlas-card"]')?.getBoundingClientRect();
      const [x, y] = [box.left + xy.x, box.top + xy.y];
      const c = m.getCenter();
      return {
        inMap: xy.x >= 0 && xy.y >= 0 && xy.x <= box.width && xy.y <= box.height,
        underCard: card != null && x >= card.left && x <= card.right && y >= card.top && y <= card.bottom,
        zoom: m.getZoom(),
        center: [c.lng, c.lat],
        moving: m.isMoving(),
      };
    }, key);
  /** Counts the map's `move` events from now on (`moves()` reads them). */
  const countMoves = async (p: OpenedPage) => {
    await p.page.evaluate(() => {
      const w = window as unknown as { __moves: number };
      w.__moves = 0;
      const el = document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
        maplibre: { on(e: string, f: () => void): void };
      };
      el.maplibre.on('move', () => w.__moves++);
    });
    return () => p.page.evaluate(() => (window as unknown as { __moves: number }).__moves);
  };
  const placeButton = (p: OpenedPage, key: string) =>
    p.page.locator(`[data-testid="atlas-list"] .places button[data-place="${key}"]`).first();
  const settled = async (p: OpenedPage, key: string) =>
    expect
      .poll(async () => {
        const w = await whereIs(p, key);
        return w.inMap && !w.underCard && !w.moving;
      })
      .toBe(true);

  it.each([
    ['en', 'desktop', 'no-preference', DESKTOP],
    ['ar', 'desktop', 'reduce', DESKTOP],
    ['en', 'phone', 'reduce', PHONE],
    ['ar', 'phone', 'no-preference', PHONE],
  ] as const)(
    '%s %s, motion %s: the map brings the place into view at its zoom, clear of the card; closing leaves it; the next place comes too',
    async (lang, form, reducedMotion, viewport) => {
      const phone = form === 'phone';
      const p = await open(`atlas.html?lang=${lang}`, { viewport, isMobile: phone, reducedMotion });
      await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 30_000 });
      await mapIdle(p);
      // Away from the articles' region: Geneva at zoom 7.
      await jumpAndIdle(p, [6.14, 46.2], 7);
      const name = `atlas-list-away-${lang}-${form}`;
      const button = placeButton(p, 'hasakah_city');
      await button.scrollIntoViewIfNeeded();
      await shot(p.page, `${name}-before`);
      expect((await whereIs(p, 'hasakah_city')).inMap).toBe(false);
      const moves = await countMoves(p);
      if (phone) await button.tap();
      else await button.click();
      await p.page.locator('[data-testid="atlas-card"][aria-busy="false"]').waitFor();
      await settled(p, 'hasakah_city');
      const there = await whereIs(p, 'hasakah_city');
      expect(there.zoom).toBeCloseTo(7, 5); // the reader's zoom is kept
      // Eased, or under reduced motion moved in one step.
      if (reducedMotion === 'reduce') expect(await moves()).toBe(1);
      else expect(await moves()).toBeGreaterThan(1);
      await mapIdle(p);
      await shot(p.page, `${name}-after`);
      // Closing the card leaves the map where it is.
      await p.page.locator('[data-testid="atlas-card"] button.close').click();
      await p.page.locator('[data-testid="atlas-card"]').waitFor({ state: 'detached' });
      await mapIdle(p);
      expect((await whereIs(p, 'hasakah_city')).center).toEqual(there.center);
      // The next place the reader chooses (east of it, off the map or under the card) comes too.
      const next = placeButton(p, 'semalka_crossing');
      if (phone) await next.tap();
      else await next.click();
      await p.page.locator('[data-testid="atlas-card"][aria-busy="false"]').waitFor();
      await settled(p, 'semalka_crossing');
      expect((await whereIs(p, 'semalka_crossing')).zoom).toBeCloseTo(7, 5);
      expectClean(p);
    },
  );

  it.each([
    ['en', 'light', DESKTOP],
    ['ar', 'dark', PHONE],
  ] as const)(
    '%s %s: a place chosen inside a cluster is marked at its own point over the cluster; closing the card removes the mark',
    async (lang, theme, viewport) => {
      const p = await atlas(`?lang=${lang}&theme=${theme}`, viewport);
      await mapIdle(p);
      await jumpAndIdle(p, [40.75, 36.5], 5);
      /** The layers drawn at the place's own point (±3 px), and whether its own dot is drawn anywhere. */
      const drawn = () =>
        p.page.evaluate(async () => {
          type Row = [string, number, number];
          const rows = (await (await fetch('geodata/collection/points.json')).json()) as Row[];
          const [, lon, lat] = rows.find((r) => r[0] === 'hasakah_city')!;
          const el = document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
            maplibre: {
              project(ll: [number, number]): { x: number; y: number };
              getStyle(): { layers: { id: string }[] };
              queryRenderedFeatures(
                g?: unknown,
                o?: { layers: string[] },
              ): { layer: { id: string }; properties: Record<string, unknown> }[];
            };
          };
          const m = el.maplibre;
          const ours = m
            .getStyle()
            .layers.map((l) => l.id)
            .filter((id) => id.startsWith('aa-cluster'));
          const { x, y } = m.project([lon, lat]);
          const here = m.queryRenderedFeatures(
            [
              [x - 3, y - 3],
              [x + 3, y + 3],
            ],
            { layers: ours },
          );
          return {
            here: [...new Set(here.map((f) => f.layer.id))].sort(),
            ownDot: m
              .queryRenderedFeatures(undefined, {
                layers: ours.filter((id) => id.startsWith('aa-cluster-point')),
              })
              .some((f) => f.properties.key === 'hasakah_city'),
          };
        });
      const before = await drawn();
      expect(before.ownDot).toBe(false); // inside a cluster at this zoom
      expect(before.here.filter((id) => id.startsWith('aa-cluster-chosen'))).toEqual([]);
      const button = p.page
        .locator('[data-testid="atlas-list"] .places button[data-place="hasakah_city"]')
        .first();
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await p.page.locator('[data-testid="atlas-card"][aria-busy="false"]').waitFor();
      await expect.poll(async () => (await drawn()).here).toContain('aa-cluster-chosen');
      await mapIdle(p);
      expect((await drawn()).ownDot).toBe(false); // still clustered: the reader's zoom is kept
      // Over the cluster circles, under their counts (which stay readable).
      const order = await p.page.evaluate(() =>
        (
          document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
            maplibre: { getStyle(): { layers: { id: string }[] } };
          }
        ).maplibre
          .getStyle()
          .layers.map((l) => l.id)
          .filter((id) => id.startsWith('aa-cluster')),
      );
      expect(order.slice(0, 3)).toEqual(['aa-cluster', 'aa-cluster-chosen', 'aa-cluster-count']);
      const visible = () =>
        p.page.evaluate(() =>
          (
            document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
              maplibre: { getStyle(): { layers: { id: string; layout?: { visibility?: string } }[] } };
            }
          ).maplibre
            .getStyle()
            .layers.filter((l) => l.id.startsWith('aa-cluster') && l.layout?.visibility !== 'none')
            .map((l) => l.id),
        );
      await shot(p.page, `atlas-chosen-in-cluster-${lang}-${theme}`);
      expect(await seriousViolations(p.page)).toEqual([]);
      // The next click: the other theme restyles the map; the mark is kept.
      await p.page.getByTestId('theme-switch').click();
      await expect.poll(() => p.page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(theme);
      await mapIdle(p);
      await expect.poll(async () => (await drawn()).here).toContain('aa-cluster-chosen');
      // A time filter swaps in its own clusters: the mark moves under their counts.
      await p.page.locator('[data-testid="atlas-from"]').fill('2021-06-01');
      await expect
        .poll(visible)
        .toEqual([
          'aa-cluster-live',
          'aa-cluster-chosen',
          'aa-cluster-count-live',
          'aa-cluster-point-live',
          'aa-cluster-label-live',
        ]);
      await mapIdle(p);
      await expect.poll(async () => (await drawn()).here).toContain('aa-cluster-chosen');
      await p.page.locator('[data-testid="atlas-card"] button.close').click();
      await p.page.locator('[data-testid="atlas-card"]').waitFor({ state: 'detached' });
      await expect.poll(async () => (await drawn()).here).not.toContain('aa-cluster-chosen');
      expectClean(p);
    },
  );

  it('a place already in view and clear of the card: the map does not move', async () => {
    const p = await atlas('?lang=en');
    await mapIdle(p);
    const before = await whereIs(p, 'hasakah_city');
    expect(before.inMap && !before.underCard).toBe(true);
    const moves = await countMoves(p);
    await placeButton(p, 'hasakah_city').click();
    await p.page.locator('[data-testid="atlas-card"][aria-busy="false"]').waitFor();
    // The card's shard (which holds the point) is in: whatever the map would do, it has begun.
    await p.page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await moves()).toBe(0);
    expect((await whereIs(p, 'hasakah_city')).center).toEqual(before.center);
    expectClean(p);
  });
});

describe('atlas: a generated collection of 300 articles', () => {
  // Built in node into a temp folder and served in place of the shipped collection (the page's
  // requests for `geodata/collection/…` are answered from it), so no second build is needed.
  const N = 300;
  let served: Record<string, string | Buffer> = {};
  let summary: Summary;
  let points: PointsFile;
  beforeAll(() => {
    const gaz = parseGazetteer(JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')));
    const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
    const dir = mkdtempSync(join(tmpdir(), 'aa-atlas-e2e-'));
    const arts = synthCollection(gaz.entries, { count: N, seed: 11, sha256 });
    for (const a of arts) {
      mkdirSync(join(dir, 'a', a.id), { recursive: true });
      for (const [f, t] of Object.entries(a.files)) writeFileSync(join(dir, 'a', a.id, f), t);
    }
    const files = buildCollection(
      readDigests(
        join(dir, 'a'),
        arts.map((a) => a.id),
        null,
      ).digests,
    );
    rmSync(dir, { recursive: true, force: true });
    served = Object.fromEntries(
      [...files].map(([k, v]) => [`/geodata/collection/${k}`, typeof v === 'string' ? v : Buffer.from(v)]),
    );
    summary = JSON.parse(files.get('summary.json') as string) as Summary;
    points = JSON.parse(files.get('points.json') as string) as PointsFile;
  });
  const synthAtlas = async (query: string) => {
    const p = await open(`atlas.html${query}`, { fulfill: served });
    await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 30_000 });
    return p;
  };

  it("the first view fetches the summary and its own zoom's tiles, no list of places; deeper tiles load on zoom", async () => {
    const seen: string[] = [];
    const p = await open('atlas.html?lang=en', { fulfill: served, seen });
    await mapIdle(p);
    // The events, points and rows files start after the first idle (checked below against the
    // page's own clock); the rest of what was asked for by the time the idle was noticed is the
    // first view's.
    const before = seen.filter(
      (s) => s.includes('/geodata/collection/') && !/\/(points|events|rows)\.json$/.test(s),
    );
    const zooms = (paths: string[]) =>
      new Set(
        paths
          .map((s) => /\/collection\/tiles\/(\d+)\//.exec(s)?.[1])
          .filter((z) => z != null)
          .map(Number),
      );
    expect([...zooms(before)]).toEqual([3]); // the opening zoom's tiles, nothing deeper
    // The opening camera keeps a desktop view inside 2 × 2 tiles of each source (at [38, 33] it reached
    // 8 px into the Atlantic's column, whose whole tiles were then parsed and laid out).
    const distinct = (re: RegExp) => new Set(seen.filter((s) => re.test(s))).size;
    expect(distinct(/\/collection\/tiles\/3\//)).toBe(4);
    expect(distinct(/\/basemap\/tiles\/3\//)).toBe(4);
    expect(before.some((s) => s.endsWith('/summary.json'))).toBe(true);
    const gz = before.reduce((n, s) => {
      const key = Object.keys(served).find((k) => s.endsWith(k));
      const body = key ? served[key] : undefined;
      return n + (body == null ? 0 : gzipSync(body, { level: 9 }).length);
    }, 0);
    expect(gz).toBeLessThanOrEqual(60 * 1024);
    const n = seen.length;
    await jumpAndIdle(p, [38, 35], 6.2);
    expect(zooms(seen.slice(n)).has(6)).toBe(true);
    // The time filter's places come after the first view: asked for after the map's first idle.
    const afterIdle = () =>
      p.page.evaluate(() => {
        const e = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/points.json'));
        const idle = Number((document.querySelector('[data-idle-at]') as HTMLElement).dataset.idleAt);
        return e ? e.startTime - idle : null;
      });
    await expect.poll(afterIdle, { timeout: 20_000 }).not.toBeNull();
    expect(await afterIdle()).toBeGreaterThanOrEqual(0);
    expectClean(p);
  });

  it('counts and pages every article, newest first', async () => {
    const p = await synthAtlas('?lang=en');
    expect(await p.page.locator('[data-testid="atlas-count"]').textContent()).toContain(`${N} articles`);
    const first = await listed(p);
    expect(first).toEqual(summary.first.map((e) => e.id));
    await p.page.locator('[data-testid="atlas-next"]').click();
    await expect.poll(async () => (await listed(p))[0]).not.toBe(first[0]);
    await expect.poll(() => new URL(p.page.url()).searchParams.get('page')).toBe('1');
    await mapIdle(p);
    await shot(p.page, 'atlas-synth-en');
    expectClean(p);
  });

  it("a place chosen on the list's second page: closing its card brings the second page back, focus on the place", async () => {
    const p = await synthAtlas('?lang=en&page=1');
    await expect.poll(async () => (await listed(p))[0]).not.toBe(summary.first[0]!.id);
    const rows = await listed(p);
    const article = rows[3]!;
    const button = p.page
      .locator(`[data-testid="atlas-list"] > li[data-article="${article}"] .places button`)
      .first();
    const key = (await button.getAttribute('data-place'))!;
    await button.click();
    await expect.poll(() => new URL(p.page.url()).searchParams.get('place')).toBe(key);
    expect(new URL(p.page.url()).searchParams.get('page')).toBeNull();
    await p.page.locator('[data-testid="atlas-card"] button.close').click();
    await expect
      .poll(() =>
        p.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.place ?? null),
      )
      .toBe(key);
    expect(await listed(p)).toEqual(rows);
    expect(
      await p.page.evaluate(
        () => document.activeElement?.closest<HTMLElement>('li[data-article]')?.dataset.article,
      ),
    ).toBe(article);
    await expect.poll(() => new URL(p.page.url()).searchParams.get('page')).toBe('1');
    expectClean(p);
  });

  it('the busiest place lists its newest reports and pages the rest; the list follows the place', async () => {
    const top = [...points].sort((a, b) => b[3] - a[3])[0]!;
    const p = await synthAtlas(`?lang=en&place=${top[0]}`);
    const card = p.page.locator('[data-testid="atlas-card"][aria-busy="false"]');
    await card.waitFor();
    expect(await card.locator('.meta').first().textContent()).toContain(`${top[3]} articles`);
    expect(await card.locator('li[data-article]').count()).toBe(CARD_FIRST);
    await card.locator('[data-testid="atlas-card-more"]').click();
    await expect.poll(() => card.locator('li[data-article]').count()).toBe(Math.min(top[3], CARD_PAGE));
    expect(await p.page.locator('[data-testid="atlas-count"]').textContent()).toContain(`${top[3]} articles`);
    expectClean(p);
  });

  it('before the rows file arrives, dragging the time brush fetches the list pages its range will show', async () => {
    // The rows file held back (a slow network): the list pages are the rows' source meanwhile.
    const p = await open('atlas.html?lang=en', { fulfill: served, hang: ['/rows.json'] });
    await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 30_000 });
    const svg = p.page.locator('[data-testid="atlas-timeline"] svg');
    await svg.waitFor({ timeout: 30_000 });
    const pages: string[] = [];
    p.page.on('request', (r) => {
      const m = /\/collection\/articles\/(\d+)\.json$/.exec(r.url());
      if (m) pages.push(m[1]!);
    });
    const box = (await svg.boundingBox())!;
    // The oldest fifth of the timeline: its articles are on the list's last pages.
    await p.page.mouse.move(box.x + 4, box.y + 20);
    await p.page.mouse.down();
    await p.page.mouse.move(box.x + box.width * 0.2, box.y + 20, { steps: 5 });
    await expect.poll(() => pages.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(new URL(p.page.url()).searchParams.get('time')).toBeNull(); // not let go yet
    await p.page.mouse.up();
    await expect.poll(() => new URL(p.page.url()).searchParams.get('time')).not.toBeNull();
    await expect.poll(async () => (await listed(p)).length).toBeGreaterThan(0);
    // The map draws the places the range keeps, clustered in the browser instead of the tiles.
    const drawn = () => p.page.getByTestId('atlas-map').getAttribute('data-cluster-points');
    await expect.poll(drawn, { timeout: 10_000 }).toMatch(/^\d+$/);
    expect(Number(await drawn())).toBeLessThan(points.length);
    expect(await p.page.getByTestId('atlas').getAttribute('data-rows')).toBe('pages');
    expectClean(p);
  });

  it("a time range's rows are drawn from memory: no request after the brush is let go", async () => {
    const seen: string[] = [];
    const p = await open('atlas.html?lang=en', { fulfill: served, seen });
    const svg = p.page.locator('[data-testid="atlas-timeline"] svg');
    await svg.waitFor({ timeout: 30_000 });
    await p.page.locator('[data-testid="atlas"][data-rows="memory"]').waitFor({ timeout: 30_000 });
    const box = (await svg.boundingBox())!;
    // The oldest fifth of the timeline: its articles are on the list's last pages, none fetched yet.
    const n = seen.length;
    await p.page.mouse.move(box.x + 4, box.y + 20);
    await p.page.mouse.down();
    await p.page.mouse.move(box.x + box.width * 0.2, box.y + 20, { steps: 5 });
    await p.page.mouse.up();
    await expect.poll(() => new URL(p.page.url()).searchParams.get('time')).not.toBeNull();
    // What the range should list, from the same events file in node.
    const range = parseUrlState(new URL(p.page.url()).search).state.time!;
    const ev = new AtlasEvents(JSON.parse(served['/geodata/collection/events.json'] as string) as EventsFile);
    const want = filterIndices(ev, { search: null, place: null, range })
      .slice(0, PAGE_SIZE)
      .map((i) => ev.file.articles[i]!);
    expect(want.length).toBeGreaterThan(0);
    await expect.poll(() => listed(p)).toEqual(want);
    // Each row is drawn whole: title, outlet and date, and its places named.
    const row = p.page.locator(`[data-testid="atlas-list"] > li[data-article="${want[0]}"]`);
    expect((await row.locator('a.title').textContent())!.length).toBeGreaterThan(0);
    expect(await row.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\d/);
    expect(await row.locator('.places button').first().textContent()).not.toMatch(/^geonames-|_/);
    expect(seen.slice(n).filter((s) => s.includes('/geodata/collection/') && !s.includes('/tiles/'))).toEqual(
      [],
    );
    expectClean(p);
  });

  it('a time range is drawn in its own task (map, count, rows; no frame waited for) and the permalink follows at most every 300 ms', async () => {
    const p = await open('atlas.html?lang=en', { fulfill: served });
    await p.page.locator('[data-testid="atlas-timeline"] svg').waitFor({ timeout: 30_000 });
    await p.page.locator('[data-testid="atlas"][data-rows="memory"]').waitFor({ timeout: 30_000 });
    // What each range should show, from the same events and points files in node.
    const ev = new AtlasEvents(JSON.parse(served['/geodata/collection/events.json'] as string) as EventsFile);
    const span = summary.span!;
    const steps = Array.from({ length: 6 }, (_, i) => {
      const a = Date.parse(day(span[0] + ((span[1] - span[0]) * (i + 1)) / 8));
      const range = { start: a, end: a + 61 * 86_400_000 };
      const idx = filterIndices(ev, { search: null, place: null, range });
      const flags = ev.inRange(range.start, range.end).places;
      return {
        from: day(a),
        to: day(a + 60 * 86_400_000),
        count: String(idx.length),
        points: String(points.filter((q) => flags[ev.placeIndex.get(q[0]) ?? -1] === 1).length),
        first: idx.length ? ev.file.articles[idx[0]!]! : null,
      };
    });
    // Six commits a few ms apart (a reader's quick edits): each one's map points, count and first
    // row are read at the end of its own task, before any frame; the URL once a 300 ms window.
    const seenIn = await p.page.evaluate(async (steps) => {
      let writes = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History['replaceState']>) => {
        writes++;
        replace(...args);
      };
      const $ = (sel: string) => document.querySelector(sel);
      const out: { points?: string; count: string; first: string | null }[] = [];
      const t0 = performance.now();
      for (const st of steps) {
        for (const [sel, v] of [
          ['[data-testid="atlas-from"]', st.from],
          ['[data-testid="atlas-to"]', st.to],
        ] as const) {
          const el = $(sel) as HTMLInputElement;
          el.value = v;
          el.dispatchEvent(new Event('change', { bubbles: true }));
        }
        for (let i = 0; i < 5; i++) await Promise.resolve(); // the change's microtasks, no frame
        out.push({
          points: ($('[data-testid="atlas-map"]') as HTMLElement).dataset.clusterPoints,
          count: ($('[data-testid="atlas-count"]')?.textContent ?? '').replace(/\D/g, ''),
          first: $('[data-testid="atlas-list"] > li')?.getAttribute('data-article') ?? null,
        });
        // The next commit in a task of its own, as soon as can be (likely inside the same frame).
        await new Promise((r) => {
          const c = new MessageChannel();
          c.port1.onmessage = r;
          c.port2.postMessage(0);
        });
      }
      return { out, writes, elapsed: performance.now() - t0 };
    }, steps);
    expect(seenIn.out).toEqual(steps.map((s) => ({ points: s.points, count: s.count, first: s.first })));
    // One write a 300 ms window (the commits may take longer than one window on a loaded machine).
    expect(seenIn.writes).toBeLessThanOrEqual(1 + Math.ceil(seenIn.elapsed / URL_WRITE_MS));
    expect(seenIn.writes).toBeLessThan(steps.length);
    const last = steps.at(-1)!;
    const timeParam = () => new URL(p.page.url()).searchParams.get('time');
    await expect
      .poll(timeParam, { timeout: 2_000 })
      .toBe(`${last.from}/${day(Date.parse(last.to) + 86_400_000)}`);
    // A drag let go: the permalink ends on the range the fields show.
    const svg = p.page.locator('[data-testid="atlas-timeline"] svg');
    const box = (await svg.boundingBox())!;
    for (const f of [0.3, 0.5]) {
      await p.page.mouse.move(box.x + box.width * f, box.y + 20);
      await p.page.mouse.down();
      await p.page.mouse.move(box.x + box.width * (f + 0.1), box.y + 20, { steps: 3 });
      await p.page.mouse.up();
    }
    const from = p.page.locator('[data-testid="atlas-from"]');
    const to = p.page.locator('[data-testid="atlas-to"]');
    await expect.poll(() => from.inputValue()).not.toBe(last.from);
    const want = `${await from.inputValue()}/${day(Date.parse(await to.inputValue()) + 86_400_000)}`;
    await expect.poll(timeParam, { timeout: 2_000 }).toBe(want);
    expectClean(p);
  });

  it('a time filter swaps the tiles for its own clusters and back, through a theme switch', async () => {
    const p = await open('atlas.html?lang=en', { fulfill: served });
    await p.page.locator('[data-testid="atlas"][data-rows="memory"]').waitFor({ timeout: 30_000 });
    await mapIdle(p);
    // The cluster layers drawn (visible) and whether the filter's source is in the style.
    const drawn = () =>
      p.page.evaluate(() => {
        const m = (
          document.querySelector('[data-testid="atlas-map"]') as HTMLElement & {
            maplibre: {
              getStyle(): { layers: { id: string; layout?: { visibility?: string } }[] };
              getSource(id: string): unknown;
            };
          }
        ).maplibre;
        const layers = m
          .getStyle()
          .layers.filter((l) => l.id.startsWith('aa-cluster') && l.layout?.visibility !== 'none')
          .map((l) => l.id);
        return { layers, live: m.getSource('aa-clusters-live') != null };
      });
    const tiles = ['aa-cluster', 'aa-cluster-count', 'aa-cluster-point', 'aa-cluster-label'];
    const live = tiles.map((id) => `${id}-live`);
    expect(await drawn()).toEqual({ layers: tiles, live: false });
    await p.page.locator('[data-testid="atlas-from"]').fill(day(summary.span![0] + 200 * 86_400_000));
    await p.page.locator('[data-testid="atlas-to"]').fill(day(summary.span![0] + 400 * 86_400_000));
    await expect.poll(drawn).toEqual({ layers: live, live: true });
    await p.page.locator('[data-testid="theme-switch"]').click();
    await expect.poll(() => p.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(drawn).toEqual({ layers: live, live: true });
    await p.page.locator('[data-testid="atlas-clear-time"]').click();
    await expect.poll(drawn).toEqual({ layers: tiles, live: false });
    await p.page.locator('[data-testid="atlas-from"]').fill(day(summary.span![0] + 200 * 86_400_000));
    await p.page.locator('[data-testid="atlas-to"]').fill(day(summary.span![0] + 400 * 86_400_000));
    await expect.poll(drawn).toEqual({ layers: live, live: true });
    await mapIdle(p);
    expectClean(p);
  });

  it('finds articles by a place name in Arabic and English', async () => {
    const p = await synthAtlas('?lang=ar');
    const top = [...points].sort((a, b) => b[3] - a[3])[0]!;
    const box = p.page.locator('[data-testid="atlas-search"]');
    await box.fill(top[4]);
    await expect.poll(async () => (await listed(p)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await box.fill(top[5]);
    await expect.poll(async () => (await listed(p)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    expectClean(p);
  });
});
