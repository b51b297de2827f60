/** The map in a real browser: offline basemap, places drawn in the canvas, two-way links, URL, fallbacks. */
import { viewProjection } from '../../src/static/camera.ts';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { PHONE, baseUrl, expectClean, mapIdle, open, shot } from './harness.ts';

const ID = 'hasakah-prison-us-statement-2022';
const places = JSON.parse(readFileSync(`geodata/${ID}/places.geojson`, 'utf8')) as {
  features: {
    id: string;
    geometry: { type: string; coordinates: unknown };
    properties: { name_en: string };
  }[];
};
const nameEn = (id: string) => places.features.find((f) => f.id === id)!.properties.name_en;

/** Runs `fn` in the page with the MapLibre map the app exposes on its container. */
function onMap<T, A>(page: Page, fn: (map: any, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate(
    ([src, a]) => {
      const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
      return new Function('map', 'arg', `return (${src})(map, arg)`)(map, a);
    },
    [fn.toString(), arg] as const,
  ) as Promise<T>;
}

/** The point [lon, lat] lies on the map, clear of the docked place card and of the phone's sheet. */
async function expectInClearView(page: Page, at: [number, number]): Promise<void> {
  // The camera has finished flying to the place.
  await expect.poll(() => onMap(page, (map) => !map.isMoving()), { timeout: 10_000 }).toBe(true);
  const xy = await onMap(
    page,
    (map, ll: [number, number]) => {
      const p = map.project(ll);
      const r = map.getContainer().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    at,
  );
  const inside = (b: { x: number; y: number; width: number; height: number } | null) =>
    b != null && xy.x >= b.x && xy.x <= b.x + b.width && xy.y >= b.y && xy.y <= b.y + b.height;
  const mapBox = await page.locator('[data-testid="map"]').boundingBox();
  expect(inside(mapBox), `point at ${xy.x},${xy.y} is on the map`).toBe(true);
  const card = await page.locator('.card-dock').boundingBox();
  expect(inside(card), `point at ${xy.x},${xy.y} is under the card ${JSON.stringify(card)}`).toBe(false);
  const sheet = await page.locator('.panel').boundingBox();
  expect(inside(sheet), `point at ${xy.x},${xy.y} is under the sheet ${JSON.stringify(sheet)}`).toBe(false);
}

/** Place ids rendered by the place layers (or edge indicators) within a few px of each place's anchor. */
async function renderedPlaces(page: Page): Promise<Record<string, boolean>> {
  return onMap(
    page,
    (map, ids: [string, [number, number] | null][]) => {
      const layers = [
        'aa-point',
        'aa-area-fill',
        'aa-area-line',
        'aa-uncertainty-fill',
        'aa-label',
        'aa-label-selected',
        'aa-offmap-arrow',
      ];
      const out: Record<string, boolean> = {};
      const indicators = new Set(
        map.queryRenderedFeatures({ layers: ['aa-offmap-arrow'] }).map((f: any) => f.properties.pid),
      );
      for (const [id, at] of ids) {
        if (indicators.has(id)) {
          out[id] = true;
          continue;
        }
        if (!at) {
          out[id] = map.queryRenderedFeatures({ layers }).some((f: any) => f.properties.pid === id);
          continue;
        }
        const p = map.project(at);
        const hits = map.queryRenderedFeatures(
          [
            [p.x - 4, p.y - 4],
            [p.x + 4, p.y + 4],
          ],
          { layers },
        );
        out[id] = hits.some((f: any) => f.properties.pid === id);
      }
      return out;
    },
    places.features.map((f): [string, [number, number] | null] => [
      f.id,
      f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null,
    ]),
  );
}

describe('map', () => {
  it('reaches idle on the offline basemap with every place drawn and no request off the origin', async () => {
    const p = await open('./');
    await mapIdle(p.page);
    const rendered = await renderedPlaces(p.page);
    expect(rendered).toEqual(Object.fromEntries(places.features.map((f) => [f.id, true])));
    // The basemap really drew: tiles from our own origin are loaded and basemap layers exist.
    const basemapLayers = await onMap(
      p.page,
      (map) => map.getStyle().layers.filter((l: any) => l.id.startsWith('basemap-')).length,
    );
    expect(basemapLayers).toBeGreaterThan(5);
    await shot(p.page, 'map-ar-desktop');
    expectClean(p);
  });

  it('clicking a place on the map highlights its passages and says how many mention it', async () => {
    const p = await open('./?lang=en');
    await mapIdle(p.page);
    const at = await onMap(p.page, (map) => map.project([42.34989, 37.089323]));
    const box = (await p.page.locator('[data-testid="map"] canvas').boundingBox())!;
    await p.page.mouse.click(box.x + at.x, box.y + at.y);
    const card = p.page.locator('[data-testid="place-card"]');
    await card.waitFor();
    expect(await card.getAttribute('data-place')).toBe('semalka_crossing');
    expect(await p.page.locator('[data-testid="mention-count"]').innerText()).toBe('Mentioned in 2 passages');
    expect(
      await p.page
        .locator('[data-passage][data-highlighted="true"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-passage'))),
    ).toEqual(['p17', 'p18']);
    expect(await p.page.locator('.passage.dimmed').count()).toBe(16);
    const state = await onMap(p.page, (map) => map.getContainer().placeState('semalka_crossing'));
    expect(state.selected).toBe(true);
    expect(await p.page.locator('[data-testid="announcer"]').innerText()).toBe(nameEn('semalka_crossing'));
    await shot(p.page, 'map-click-semalka-en');
    expectClean(p);
  });

  it('clicking a mention in the text selects the place and brings the map to it, clear of the card', async () => {
    const p = await open('./');
    await mapIdle(p.page);
    await p.page.locator('button.mention[data-place="sinaa_prison"]').click();
    // Never closer than the selection zoom cap.
    await expect
      .poll(() => onMap(p.page, (map) => map.getZoom()), { timeout: 10_000 })
      .toSatisfy((z: number) => z > 10 && z <= 11.001);
    // In view, and not under the card this choice opened (framing reserves the card's side).
    await expectInClearView(p.page, [40.7625, 36.4775]);
    expect(await onMap(p.page, (map) => map.getContainer().placeState('sinaa_prison').selected)).toBe(true);
    expect(await p.page.locator('[data-testid="place-card"]').getAttribute('data-place')).toBe(
      'sinaa_prison',
    );
    await mapIdle(p.page);
    // The selection zoom is capped (context stays); zooming in further says the basemap has no streets.
    expect(await p.page.locator('[data-testid="no-streets"]').count()).toBe(0);
    await p.page.locator('[data-testid="zoom-in"]').click();
    await expect.poll(() => p.page.locator('[data-testid="no-streets"]').isVisible()).toBe(true);
    await shot(p.page, 'map-mention-prison-ar');
    expectClean(p);
  });

  for (const [lang, id, phone] of [
    ['ar', 'sinaa_prison', false],
    ['en', 'semalka_crossing', true],
    ['ar', 'hasakah_city', true],
  ] as const) {
    it(`a place chosen while the card is still loading is framed clear of it once it arrives (${id}, ${lang}${phone ? ', phone' : ''})`, async () => {
      // The card's code loads on first use (or after the first idle); hold it until the choice is made.
      const p = await open(`./?lang=${lang}`, phone ? { viewport: PHONE, isMobile: true } : undefined);
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      await p.page.route(/\/assets\/PlaceCard-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await p.page.locator('[data-testid="map"][data-state="idle"]').waitFor();
      if (phone) await p.page.locator('.sheet-handle').click();
      await p.page.locator(`button.mention[data-place="${id}"]`).first().click();
      await p.page.waitForTimeout(300);
      expect(await p.page.locator('[data-testid="place-card"]').count()).toBe(0);
      release();
      await p.page.locator(`[data-testid="place-card"][data-place="${id}"]`).waitFor();
      const point = places.features.find((f) => f.id === id)!.geometry.coordinates;
      await expectInClearView(p.page, point as [number, number]);
      expectClean(p);
    });
  }

  it('selecting an area from the list fits the map to it', async () => {
    const p = await open('./?lang=en');
    await mapIdle(p.page);
    await p.page.locator('[data-testid="place-list"] button[data-place="kurdistan_region"]').click();
    await expect
      .poll(() => onMap(p.page, (map) => map.getBounds().contains([44.0, 36.19])), { timeout: 10_000 })
      .toBe(true);
    await mapIdle(p.page);
    await shot(p.page, 'map-list-kurdistan-en');
    expectClean(p);
  });

  it('restores place, language, theme and view from the URL', async () => {
    const p = await open('./?lang=en&theme=dark&place=ghwayran&view=40.7604,36.4746,13.5');
    await mapIdle(p.page);
    const v = await onMap(p.page, (map) => ({ z: map.getZoom(), c: map.getCenter() }));
    expect(v.z).toBeCloseTo(13.5, 1);
    expect(v.c.lng).toBeCloseTo(40.7604, 3);
    expect(v.c.lat).toBeCloseTo(36.4746, 3);
    expect(await p.page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await p.page.locator('[data-testid="place-card"]').getAttribute('data-place')).toBe('ghwayran');
    expect(await p.page.locator('[data-testid="place-card"]').innerText()).toContain('approximate');
    await shot(p.page, 'map-url-ghwayran-dark-en');
    expectClean(p);
  });

  it('ignores a bad URL parameter with a visible notice and keeps the rest', async () => {
    const p = await open('./?lang=en&place=atlantis&view=400,1,1');
    await mapIdle(p.page);
    const notices = await p.page.locator('[data-testid="notices"]').innerText();
    expect(notices).toContain('place=atlantis');
    expect(notices).toContain('longitude 400 out of range');
    expect(await p.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await p.page.locator('[data-testid="place-card"]').count()).toBe(0);
    expectClean(p);
  });

  it('the language switch flips direction, controls and map labels', async () => {
    const p = await open('./');
    await mapIdle(p.page);
    expect(
      await onMap(p.page, (map) => JSON.stringify(map.getLayoutProperty('aa-label', 'text-field'))),
    ).toContain('label_ar');
    const mapBox = (await p.page.locator('[data-testid="map"]').boundingBox())!;
    const zoomX = async () => {
      const b = (await p.page.locator('[data-testid="zoom-in"]').boundingBox())!;
      return b.x + b.width / 2 - mapBox.x;
    };
    expect(await zoomX()).toBeLessThan(mapBox.width / 2);
    expect(await p.page.locator('[data-testid="zoom-in"]').getAttribute('aria-label')).toBe('تكبير');
    await p.page.locator('[data-testid="lang-switch"]').click();
    await expect
      .poll(() => onMap(p.page, (map) => JSON.stringify(map.getLayoutProperty('aa-label', 'text-field'))))
      .toContain('label_en');
    await expect.poll(zoomX).toBeGreaterThan(mapBox.width / 2);
    expect(await p.page.locator('[data-testid="zoom-in"]').getAttribute('aria-label')).toBe('Zoom in');
    expect(await p.page.locator('html').getAttribute('dir')).toBe('ltr');
    await mapIdle(p.page);
    await shot(p.page, 'map-en-desktop');
    expectClean(p);
  });

  it('works on a phone: map with a bottom sheet', async () => {
    const p = await open('./', { viewport: PHONE, isMobile: true });
    await mapIdle(p.page);
    const sheet = await p.page.locator('.panel').boundingBox();
    expect(sheet!.y).toBeGreaterThan(PHONE.height / 2);
    // The narrow view shows neither country's own label point: both are still named (country-names.ts).
    await expect
      .poll(() =>
        onMap(p.page, (map) =>
          map
            .queryRenderedFeatures({
              layers: ['aa-country-names', 'basemap-country-labels', 'basemap-world-country-labels'],
            })
            .map((f: any) => f.properties.name_ar)
            .sort(),
        ),
      )
      .toEqual(expect.arrayContaining(['العراق', 'سوريا']));
    await shot(p.page, 'map-phone-ar');
    await p.page.locator('.sheet-handle').click();
    await p.page.locator('button.mention[data-place="semalka_crossing"]').first().click();
    // Choosing a place in the text lowers the sheet so the map is in view.
    expect(await p.page.locator('.sheet-handle').getAttribute('aria-expanded')).toBe('false');
    await mapIdle(p.page);
    expect(await onMap(p.page, (map) => map.getContainer().placeState('semalka_crossing').selected)).toBe(
      true,
    );
    await expectInClearView(p.page, [42.34989, 37.089323]);
    await shot(p.page, 'map-phone-semalka-ar');
    expectClean(p);
  });

  // The docked card and the lowered sheet both lie over the map: the chosen place must be clear of both.
  for (const [lang, id] of [
    ['en', 'semalka_crossing'],
    ['ar', 'sinaa_prison'],
    ['en', 'hasakah_city'],
  ] as const) {
    it(`on a phone, a place chosen in the text (${id}, ${lang}) is not hidden by the card or the sheet`, async () => {
      const p = await open(`./?lang=${lang}`, { viewport: PHONE, isMobile: true });
      await mapIdle(p.page);
      await p.page.locator('.sheet-handle').click();
      await p.page.locator(`button.mention[data-place="${id}"]`).first().click();
      await expect.poll(() => p.page.locator('[data-testid="place-card"]').count()).toBe(1);
      await mapIdle(p.page);
      const point = places.features.find((f) => f.id === id)!.geometry.coordinates;
      await shot(p.page, `map-phone-chosen-${id}-${lang}`);
      await expectInClearView(p.page, point as [number, number]);
      expectClean(p);
    });
  }

  it('is usable by keyboard: a place from the list is selected and announced', async () => {
    const p = await open('./?lang=en');
    await mapIdle(p.page);
    await p.page.locator('[data-testid="place-list"] button[data-place="geneva"]').focus();
    await p.page.keyboard.press('Enter');
    await expect.poll(() => p.page.locator('[data-testid="announcer"]').innerText()).toBe(nameEn('geneva'));
    expect(await p.page.locator('[data-passage][data-highlighted="true"]').count()).toBe(1);
    expect(await p.page.locator('[data-testid="actor-note"]').count()).toBe(0);
    await p.page.locator('[data-testid="place-list"] button[data-place="washington"]').click();
    expect(await p.page.locator('[data-testid="actor-note"]').innerText()).toContain('as an actor');
    expectClean(p);
  });

  it('restores a lost WebGL context', async () => {
    const p = await open('./');
    await mapIdle(p.page);
    const before = await p.page.locator('[data-testid="map"]').getAttribute('data-idle-count');
    await onMap(p.page, (map) => {
      const ext = map.painter.context.gl.getExtension('WEBGL_lose_context');
      ext.loseContext();
      setTimeout(() => ext.restoreContext(), 200);
    });
    await expect
      .poll(() => p.page.locator('[data-testid="map"]').getAttribute('data-idle-count'), { timeout: 15_000 })
      .not.toBe(before);
    await mapIdle(p.page);
    expect(Object.values(await renderedPlaces(p.page)).every(Boolean)).toBe(true);
    expectClean(p);
  });
});

describe('map errors', () => {
  it('a style that cannot load falls back to the offline basemap with a notice; nothing is lost', async () => {
    const style = new URL('no-such-style.json', baseUrl()).href;
    const p = await open(`./?lang=en&style=${encodeURIComponent(style)}`);
    await mapIdle(p.page);
    expect(await p.page.locator('[data-testid="notices"]').innerText()).toContain('could not be loaded');
    const layers = await onMap(p.page, (map) => map.getStyle().layers.map((l: any) => l.id));
    expect(layers.some((id: string) => id.startsWith('basemap-'))).toBe(true);
    expect(layers).toContain('aa-point');
    await expect.poll(() => p.page.url()).not.toContain('style=');
    await p.page.locator('button.mention[data-place="semalka_crossing"]').first().click();
    expect(await p.page.locator('[data-testid="place-card"]').getAttribute('data-place')).toBe(
      'semalka_crossing',
    );
    await shot(p.page, 'map-style-fallback-en');
    expectClean(p);
  });
});

describe('without WebGL', () => {
  it('says so and still offers the place list and the linked article', async () => {
    const noGl = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
    });
    try {
      const p = await open('./?lang=en', { browser: noGl });
      await p.page.locator('[data-testid="map-fallback"]').waitFor();
      expect(await p.page.locator('[data-testid="map"]').getAttribute('data-state')).toBe('unsupported');
      await p.page.locator('button.mention[data-place="geneva"]').first().click();
      expect(await p.page.locator('[data-testid="place-card"]').getAttribute('data-place')).toBe('geneva');
      expect(await p.page.locator('[data-testid="place-list"] button').count()).toBe(places.features.length);
      await shot(p.page, 'no-webgl-en');
      expectClean(p);
    } finally {
      await noGl.close();
    }
  });

  it.each([
    ['en', { width: 1280, height: 800 }],
    ['ar', { width: 390, height: 844 }],
  ] as const)('draws a still map whose places can be clicked (%s, %j)', async (lang, viewport) => {
    const noGl = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
    });
    try {
      const p = await open(`./?lang=${lang}`, { browser: noGl, viewport, isMobile: viewport.width < 500 });
      const still = p.page.locator('[data-testid="static-map"][data-drawn="true"]');
      await still.waitFor();
      // The basemap as paths and the places' labels as text, in the reader's language.
      expect(await still.locator('svg g[data-layer^="basemap-"] path').count()).toBeGreaterThan(10);
      const label = lang === 'en' ? 'Al-Hasakah' : 'الحسكة';
      expect(await still.locator('svg text', { hasText: label }).count()).toBeGreaterThan(0);
      await shot(p.page, `no-webgl-still-${lang}`);
      // A click on Semalka's marker selects it, as on the live map.
      const [lon, lat, zoom] = (await still.getAttribute('data-camera'))!.split(',').map(Number);
      const box = (await still.boundingBox())!;
      const semalka = places.features.find((f) => f.id === 'semalka_crossing')!;
      const project = viewProjection({
        camera: { center: [lon!, lat!], zoom: zoom!, bearing: 0 },
        size: { width: Math.round(box.width), height: Math.round(box.height) },
      });
      const [x, y] = project(semalka.geometry!.coordinates as [number, number]);
      await p.page.mouse.click(box.x + x, box.y + y);
      await expect
        .poll(() => p.page.locator('[data-testid="place-card"]').getAttribute('data-place'))
        .toBe('semalka_crossing');
      // Redrawn around the selection.
      await expect.poll(() => still.getAttribute('data-camera')).not.toBe(`${lon},${lat},${zoom}`);
      await shot(p.page, `no-webgl-still-selected-${lang}`);
      expectClean(p);
    } finally {
      await noGl.close();
    }
  });
});

/** Opens a blank page of the app's origin, so routes can be set before the app loads. */
async function openWith(path: string, routes: (page: Page) => Promise<unknown>, opts = {}) {
  const p = await open('./blank.html', {
    ...opts,
    fulfill: { '/blank.html': '<!doctype html><title>blank</title>' },
  });
  await routes(p.page);
  await p.page.goto(new URL(path, baseUrl()).href);
  return p;
}

describe('map faults (issue 8)', () => {
  it('a tile answering 500 is counted and told quietly, never a map failure', async () => {
    const p = await openWith('./?lang=en', (page) =>
      page.route('**/geodata/basemap/tiles/7/**', (r) => r.fulfill({ status: 500, body: 'boom' })),
    );
    await mapIdle(p.page);
    expect(await p.page.locator('[data-testid="map-error"]').count()).toBe(0);
    expect(
      Number(await p.page.locator('[data-testid="map"]').getAttribute('data-tile-errors')),
    ).toBeGreaterThan(0);
    await expect
      .poll(() => p.page.locator('[data-testid="notices"]').innerText())
      .toContain('tiles could not be loaded');
    expect(p.foreign).toEqual([]);
  });

  it.each(['-77.03,38.9,6', '6.14,46.2,8', '0,0,22'])('?view=%s shows no error', async (view) => {
    const p = await open(`./?lang=en&view=${view}`);
    await mapIdle(p.page);
    expect(await p.page.locator('[data-testid="map-error"]').count()).toBe(0);
    expect(await p.page.locator('[data-testid="map"]').getAttribute('data-state')).toBe('idle');
    expectClean(p);
  });

  it.each([
    ['an empty style', '{"sources":{},"layers":[]}', 'not valid'],
    ['a bad layer', '{"version":8,"sources":{},"layers":[{"id":"x","type":"nonsense"}]}', 'not valid'],
    [
      'tiles over plain http',
      '{"version":8,"sources":{"t":{"type":"vector","tiles":["http://evil.example/{z}/{x}/{y}.pbf"]}},"layers":[{"id":"l","type":"fill","source":"t","source-layer":"x"}]}',
      'insecure',
    ],
  ])('%s: the offline basemap, a notice, and style= leaves the URL', async (_, body, said) => {
    const style = new URL('remote-style.json', baseUrl()).href;
    const p = await open(`./?lang=en&style=${encodeURIComponent(style)}`, {
      fulfill: { '/remote-style.json': body },
    });
    await mapIdle(p.page);
    expect(await p.page.locator('[data-testid="notices"]').innerText()).toContain(said);
    const layers = await onMap(p.page, (map) => map.getStyle().layers.map((l: any) => l.id));
    expect(layers.some((id: string) => id.startsWith('basemap-'))).toBe(true);
    await expect.poll(() => p.page.url()).not.toContain('style=');
    expectClean(p);
  });

  it('the article does not wait for a style that never answers', async () => {
    let asked = false;
    const p = await openWith(
      './?lang=en&style=' + encodeURIComponent(new URL('hang-style.json', baseUrl()).href),
      (page) =>
        page.route('**/hang-style.json', () => {
          asked = true; // never answered
        }),
    );
    await p.page.locator('[data-passage]').first().waitFor({ timeout: 5000 });
    // The online style's code loads first (`map/style-online.ts`), then asks for the style.
    await expect.poll(() => asked, { timeout: 5000 }).toBe(true);
    expect(await p.page.locator('[data-testid="map"]').getAttribute('data-state')).toBe('loading');
    expect(await p.page.locator('button.mention').count()).toBeGreaterThan(5);
    expect(p.foreign).toEqual([]);
  });

  it('tiles that hang: after a bounded wait the map says so and offers a retry; the article stays usable', async () => {
    const p = await openWith('./?lang=en', (page) => page.route('**/geodata/basemap/tiles/**', () => {}));
    await p.page.locator('[data-testid="map-stalled"]').waitFor({ timeout: 40_000 });
    expect(await p.page.locator('[data-testid="map-retry"]').isVisible()).toBe(true);
    await p.page.locator('button.mention[data-place="semalka_crossing"]').first().click();
    expect(await p.page.locator('[data-testid="place-card"]').getAttribute('data-place')).toBe(
      'semalka_crossing',
    );
    await shot(p.page, 'map-stalled-en');
    expect(p.foreign).toEqual([]);
  });
});

describe('map reading (issue 7)', () => {
  it('overlapping places get a keyboard-reachable chooser; Escape clears the selection', async () => {
    const p = await open('./?lang=en');
    await mapIdle(p.page);
    const at = await onMap(p.page, (map) => map.project([40.7615, 36.476]));
    const box = (await p.page.locator('[data-testid="map"] canvas').boundingBox())!;
    await p.page.mouse.click(box.x + at.x, box.y + at.y);
    const chooser = p.page.locator('[data-testid="place-chooser"]');
    await chooser.waitFor();
    const offered = await chooser
      .locator('button')
      .evaluateAll((b) => b.map((x) => x.getAttribute('data-place')));
    expect(offered).toEqual(expect.arrayContaining(['sinaa_prison', 'ghwayran']));
    expect(
      await p.page.evaluate(() => document.activeElement?.closest('[data-testid="place-chooser"]') != null),
    ).toBe(true);
    await shot(p.page, 'map-chooser-en');
    await chooser.locator('button[data-place="ghwayran"]').click();
    expect(await p.page.locator('[data-testid="place-card"]').getAttribute('data-place')).toBe('ghwayran');
    await p.page.locator('[data-testid="map"] canvas').focus();
    await p.page.keyboard.press('Escape');
    await expect.poll(() => p.page.locator('[data-testid="place-card"]').count()).toBe(0);
    expectClean(p);
  });

  it('opens with room around the places and a country name; "show all places" returns there', async () => {
    const p = await open('./');
    await mapIdle(p.page);
    const first = await onMap(p.page, (map) => ({
      z: map.getZoom(),
      countries: map.queryRenderedFeatures({
        layers: ['basemap-country-labels', 'basemap-world-country-labels'],
      }).length,
    }));
    expect(first.z).toBeLessThanOrEqual(7.41);
    expect(first.countries).toBeGreaterThan(0);
    await p.page.locator('[data-testid="zoom-in"]').click();
    await p.page.locator('[data-testid="zoom-in"]').click();
    await mapIdle(p.page);
    await p.page.locator('[data-testid="show-all"]').click();
    await expect.poll(() => onMap(p.page, (map) => map.getZoom())).toBeCloseTo(first.z, 1);
    expectClean(p);
  });

  it('credits are text with https links only, and the scale bar speaks Arabic', async () => {
    const p = await open('./');
    await mapIdle(p.page);
    expect(await p.page.locator('[data-testid="scale"]').innerText()).toContain('كم');
    await p.page.locator('[data-testid="credits"] button').click();
    const hrefs = await p.page
      .locator('[data-testid="credits-list"] a')
      .evaluateAll((a) => a.map((x) => x.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h!.startsWith('https://'))).toBe(true);
    expect(await p.page.locator('[data-testid="credits-list"] img').count()).toBe(0);
    await shot(p.page, 'map-credits-ar');
    expectClean(p);
  });
});
