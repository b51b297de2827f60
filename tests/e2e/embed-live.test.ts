/**
 * The embed's live map is the app's map (issue 16.1, 17.10–12): it shows the selection and the time
 * filter through the one places adapter, a host selection frames its place on the poster and on
 * the live map, and it behaves as a news page's map (cooperative gestures, zoom buttons, a scale
 * bar, a name in the embed's language, focus after Explore, refit on resize, the poster prints).
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { baseUrl, expectClean, open, shot, type OpenedPage } from './harness.ts';

const SEMALKA: [number, number] = [42.34989, 37.08932];

/** A same-origin host page with one embed that trusts it. */
async function host(query: string, width = 700): Promise<{ p: OpenedPage; frame: () => Frame }> {
  const origin = new URL(baseUrl()).origin;
  const html =
    `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body style="margin:0">` +
    `<iframe id="f" title="map" src="embed.html?${query}&origins=${origin}" style="border:0;display:block;width:${width}px;height:640px"></iframe>` +
    `</body></html>`;
  const p = await open('host-page.html', { fulfill: { '/host-page.html': html } });
  const frame = () => p.page.frames().find((f) => f.url().includes('/embed.html'))!;
  await waitFor(p.page, async () => (await embedState(frame())) === 'poster', 'poster');
  return { p, frame };
}

async function waitFor(
  page: Page,
  fn: () => Promise<boolean>,
  what: string,
  timeout = 30_000,
): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await fn().catch(() => false)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const embedState = (f: Frame | undefined) =>
  f ? f.evaluate(() => document.getElementById('embed')?.dataset.state ?? '') : Promise.resolve('');

/** A place's feature-state on the live map, read through the adapter's container hook. */
const placeState = (f: Frame, id: string) =>
  f.evaluate(
    (pid) =>
      (
        document.querySelector('.live') as HTMLElement & {
          placeState?: (id: string) => Record<string, unknown>;
        }
      ).placeState?.(pid) ?? {},
    id,
  );

/** Where `lngLat` falls in the live map's container, and the container's size. */
const onLiveMap = (f: Frame, lngLat: [number, number]) =>
  f.evaluate((ll) => {
    const el = document.querySelector('.live') as HTMLElement & {
      maplibre: { project(p: [number, number]): { x: number; y: number } };
    };
    const q = el.maplibre.project(ll);
    return { x: q.x, y: q.y, width: el.clientWidth, height: el.clientHeight };
  }, lngLat);

/** The poster's camera from the "Open the full map" link's `view=lon,lat,zoom`. */
const posterView = (f: Frame) =>
  f.evaluate(() => {
    const href = (document.querySelector('.open-full') as HTMLAnchorElement).href;
    const [lon, lat, zoom] = new URL(href).searchParams.get('view')!.split(',').map(Number);
    const stage = document.querySelector('.stage') as HTMLElement;
    return { lon: lon!, lat: lat!, zoom: zoom!, width: stage.clientWidth, height: stage.clientHeight };
  });

/** Web Mercator (512-px tiles, as the poster and MapLibre): where `ll` falls in a view. */
function project(
  v: { lon: number; lat: number; zoom: number; width: number; height: number },
  ll: [number, number],
) {
  const world = 512 * 2 ** v.zoom;
  const x = (lon: number) => ((lon + 180) / 360) * world;
  const y = (lat: number) =>
    ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) * world;
  return { x: x(ll[0]) - x(v.lon) + v.width / 2, y: y(ll[1]) - y(v.lat) + v.height / 2 };
}

const inside = (q: { x: number; y: number }, w: number, h: number) =>
  q.x > 0 && q.x < w && q.y > 0 && q.y < h;

/** The live map's zoom in frame `f`. */
const liveZoom = (f: Frame) =>
  f.evaluate(() =>
    (document.querySelector('.live') as HTMLElement & { maplibre: { getZoom(): number } }).maplibre.getZoom(),
  );

/** Posts `message` from the host page to its embed (`host`'s frame), addressed to the app's origin. */
const toEmbed = (page: Page, message: Record<string, string>) =>
  page.evaluate(
    ([m, o]) => (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(m, o),
    [message, new URL(baseUrl()).origin] as const,
  );

async function explore(f: Frame, page: Page): Promise<void> {
  await f.locator('.explore').click();
  await waitFor(page, async () => (await embedState(f)) === 'live', 'live map', 45_000);
}

describe('embed live map (one places adapter)', () => {
  for (const theme of ['light', 'dark'] as const)
    it(`shows the URL's selection in the accent colour after Explore (${theme})`, async () => {
      const p = await open(`embed.html?lang=en&place=semalka_crossing&theme=${theme}&id=l-${theme}`);
      await p.page.locator('#embed[data-state="poster"]').waitFor({ timeout: 20_000 });
      await p.page.locator('.explore').click();
      await p.page.locator('#embed[data-state="live"]').waitFor({ timeout: 45_000 });
      const f = p.page.mainFrame();
      expect(await placeState(f, 'semalka_crossing')).toMatchObject({ selected: true });
      expect(await placeState(f, 'sinaa_prison')).toMatchObject({ selected: false });
      // The accent colour is on screen: the light theme's #b3261e, the dark theme's #ff8a80.
      const accent = await p.page.evaluate((t) => {
        const canvas = document.querySelector('.live canvas') as HTMLCanvasElement;
        const m = (document.querySelector('.live') as HTMLElement & { maplibre: { redraw(): void } })
          .maplibre;
        m.redraw();
        const c = document.createElement('canvas');
        c.width = canvas.width;
        c.height = canvas.height;
        const g = c.getContext('2d')!;
        g.drawImage(canvas, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data;
        const [r0, g0, b0] = t === 'light' ? [0xb3, 0x26, 0x1e] : [0xff, 0x8a, 0x80];
        let n = 0;
        for (let i = 0; i < d.length; i += 4)
          if (Math.abs(d[i]! - r0) + Math.abs(d[i + 1]! - g0) + Math.abs(d[i + 2]! - b0) < 40) n++;
        return n;
      }, theme);
      expect(accent).toBeGreaterThan(50);
      await shot(p.page, `embed-live-selected-${theme}`);
      expectClean(p);
    });

  it('a host select-place and set-time change the live map, and the host selection is framed', async () => {
    const { p, frame } = await host('lang=en&place=sinaa_prison&id=h1');
    const f = frame();
    await explore(f, p.page);
    await toEmbed(p.page, { atlas: 'select-place', place: 'semalka_crossing' });
    await waitFor(
      p.page,
      async () => (await placeState(f, 'semalka_crossing')).selected === true,
      'selected',
    );
    expect(await placeState(f, 'sinaa_prison')).toMatchObject({ selected: false });
    // Semalka, 150 km from the prison the embed opened on, is brought into view.
    await waitFor(
      p.page,
      async () => {
        const q = await onLiveMap(f, SEMALKA);
        return inside(q, q.width, q.height);
      },
      'Semalka in view',
    );
    await toEmbed(p.page, { atlas: 'set-time', time: '2022-01-20/2022-01-21' });
    await waitFor(p.page, async () => (await placeState(f, 'geneva')).dimmed === true, 'dimmed by time');
    expect(await placeState(f, 'sinaa_prison')).toMatchObject({ dimmed: false });
    expectClean(p);
  });

  it('a host select-place on the poster frames the place', async () => {
    const { p, frame } = await host('lang=en&place=sinaa_prison&id=h2');
    const f = frame();
    expect(inside(project(await posterView(f), SEMALKA), 700, 420)).toBe(false);
    await toEmbed(p.page, { atlas: 'select-place', place: 'semalka_crossing' });
    await waitFor(
      p.page,
      async () => {
        const v = await posterView(f);
        return inside(project(v, SEMALKA), v.width, v.height);
      },
      'Semalka on the poster',
    );
    await waitFor(
      p.page,
      async () => (await f.locator('.poster svg text', { hasText: 'Semalka' }).count()) > 0,
      'poster redrawn',
    );
    await shot(p.page, 'embed-host-select-poster');
    expectClean(p);
  });
});

describe('embed live map on a news page', () => {
  it('Arabic: zoom buttons, a scale bar and the map named in Arabic; focus on the map after Enter on Explore', async () => {
    const p = await open('embed.html?lang=ar&place=hasakah_city&id=a1');
    await p.page.locator('#embed[data-state="poster"]').waitFor({ timeout: 20_000 });
    await p.page.locator('.explore').focus();
    await p.page.keyboard.press('Enter');
    await p.page.locator('#embed[data-state="live"]').waitFor({ timeout: 45_000 });
    const focused = await p.page.evaluate(() => document.activeElement?.className ?? '');
    expect(focused).toContain('maplibregl-canvas');
    expect(await p.page.locator('.live canvas').getAttribute('aria-label')).toBe('الخريطة');
    expect(await p.page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('تكبير');
    expect(await p.page.locator('.maplibregl-ctrl-zoom-out').getAttribute('aria-label')).toBe('تصغير');
    expect(await p.page.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/كم|م/);
    const before = await liveZoom(p.page.mainFrame());
    await p.page.locator('.maplibregl-ctrl-zoom-in').click();
    await expect.poll(() => liveZoom(p.page.mainFrame())).toBeGreaterThan(before + 0.5);
    await shot(p.page, 'embed-live-ar-controls');
    expectClean(p);
  });

  it('the wheel scrolls the host page; Ctrl + wheel zooms the map, with a hint in the embed language', async () => {
    const { p, frame } = await host('lang=ar&id=w1');
    const f = frame();
    await p.page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('div'), { style: 'height:2000px' })),
    );
    await explore(f, p.page);
    const zoom = () => liveZoom(f);
    const z0 = await zoom();
    const box = (await p.page.locator('#f').boundingBox())!;
    await p.page.mouse.move(box.x + box.width / 2, box.y + 200);
    await p.page.mouse.wheel(0, -400);
    await p.page.waitForTimeout(400);
    expect(await zoom()).toBeCloseTo(z0, 5);
    expect(await f.locator('.maplibregl-cooperative-gesture-screen').textContent()).toContain('Ctrl');
    expect(await f.locator('.maplibregl-cooperative-gesture-screen').textContent()).toContain(
      'لتكبير الخريطة',
    );
    await p.page.keyboard.down('Control');
    await p.page.mouse.wheel(0, -400);
    await p.page.keyboard.up('Control');
    await expect.poll(zoom).toBeGreaterThan(z0 + 0.2);
    expectClean(p);
  });

  it('a frame narrowed from 1000 to 360 px refits, on the poster and on the live map', async () => {
    // Poster: the view keeps what it showed (zooms out), it does not crop.
    const { p, frame } = await host('lang=en&id=r1', 1000);
    const f = frame();
    const wide = await posterView(f);
    await p.page.evaluate(() => ((document.getElementById('f') as HTMLIFrameElement).style.width = '360px'));
    await waitFor(p.page, async () => (await posterView(f)).width < 400, 'narrow stage');
    await waitFor(p.page, async () => (await posterView(f)).zoom < wide.zoom - 0.8, 'poster refit');
    await shot(p.page, 'embed-poster-refit-360');
    // Live: the same.
    await p.page.evaluate(() => ((document.getElementById('f') as HTMLIFrameElement).style.width = '1000px'));
    await waitFor(p.page, async () => (await posterView(f)).width > 900, 'wide stage');
    await explore(f, p.page);
    const zoom = () => liveZoom(f);
    const z0 = await zoom();
    await p.page.evaluate(() => ((document.getElementById('f') as HTMLIFrameElement).style.width = '360px'));
    await waitFor(p.page, async () => (await zoom()) < z0 - 0.8, 'live refit');
    await shot(p.page, 'embed-live-refit-360');
    expectClean(p);
  });

  it('printing the host page after Explore prints the poster, not an empty map box', async () => {
    const { p, frame } = await host('lang=en&place=sinaa_prison&id=p1');
    const f = frame();
    await explore(f, p.page);
    await p.page.emulateMedia({ media: 'print' });
    const shown = await f.evaluate(() => ({
      poster: getComputedStyle(document.querySelector('.poster')!).visibility,
      posterSvg: document.querySelectorAll('.poster svg path').length,
      live: getComputedStyle(document.querySelector('.live')!).display,
    }));
    expect(shown).toMatchObject({ poster: 'visible', live: 'none' });
    expect(shown.posterSvg).toBeGreaterThan(5);
    await p.page.emulateMedia({ media: 'screen' });
    expect(await f.evaluate(() => getComputedStyle(document.querySelector('.live')!).display)).not.toBe(
      'none',
    );
    expectClean(p);
  });
});
