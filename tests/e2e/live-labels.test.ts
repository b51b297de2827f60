/**
 * Labels on the live map (issue 17, 3), read back from what MapLibre placed: edge indicators keep
 * clear of the map's controls and of the article's places, the selected place's name is drawn.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, expectClean, mapIdle, open, shot, type OpenedPage } from './harness.ts';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Waits until the map rests and the edge indicators have followed the last move. */
async function settled(page: Page): Promise<void> {
  await mapIdle(page);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
        return map.loaded() && !map.isMoving();
      }),
    )
    .toBe(true);
  await page.waitForTimeout(300);
}

/** Indicators rendered inside each box (container px), by box name. */
function indicatorsIn(page: Page, boxes: Record<string, Box>): Promise<Record<string, string[]>> {
  return page.evaluate((bs) => {
    const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
    return Object.fromEntries(
      Object.entries(bs).map(([k, b]) => [
        k,
        map
          .queryRenderedFeatures(
            [
              [b.x0, b.y0],
              [b.x1, b.y1],
            ],
            { layers: ['aa-offmap-arrow'] },
          )
          .map((f: any) => String(f.properties.pid)),
      ]),
    );
  }, boxes);
}

/** The control column, scale bar and credits button, and each regional point place, in container px. */
function obstacles(page: Page): Promise<Record<string, Box>> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="map"]') as any;
    const map = el.maplibre;
    const r = el.getBoundingClientRect();
    const out: Record<string, Box> = {};
    for (const id of ['map-controls', 'scale', 'credits']) {
      const b = el.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
      if (b?.width)
        out[id] = { x0: b.left - r.left, y0: b.top - r.top, x1: b.right - r.left, y1: b.bottom - r.top };
    }
    // The article's points drawn in the view.
    for (const f of map.queryRenderedFeatures({ layers: ['aa-point'] })) {
      const p = map.project(f.geometry.coordinates);
      if (p.x < 0 || p.y < 0 || p.x > r.width || p.y > r.height) continue;
      out[`place:${f.properties.pid}`] = { x0: p.x - 8, y0: p.y - 8, x1: p.x + 8, y1: p.y + 8 };
    }
    return out;
  });
}

const cases = [
  ['ar', 'phone', PHONE],
  ['en', 'phone', PHONE],
  ['ar', 'desktop', DESKTOP],
  ['en', 'desktop', DESKTOP],
] as const;

describe('edge indicators keep clear of the controls and the article places', () => {
  it.each(cases)('%s, %s, opening view', async (lang, name, viewport) => {
    const p = await open(`./?lang=${lang}`, { viewport, isMobile: name === 'phone' });
    await settled(p.page);
    await shot(p.page, `live-labels-${lang}-${name}`);
    const obs = await obstacles(p.page);
    // The article's labels where MapLibre placed them (their 4 px padding taken off): a label an
    // arrow's name would cover moves to another side of its point, so it is read, not guessed.
    (await placedLabels(p.page))
      .filter((b) => b.layer === 'aa-label' || b.layer === 'aa-label-selected')
      .forEach((b, i) => (obs[`label:${i}`] = { x0: b.x0 + 4, y0: b.y0 + 4, x1: b.x1 - 4, y1: b.y1 - 4 }));
    expect(Object.keys(obs)).toContain('map-controls');
    expect(Object.keys(obs).some((k) => k.startsWith('place:'))).toBe(true);
    const hits = await indicatorsIn(p.page, obs);
    const clashes = Object.entries(hits).filter(([, ids]) => ids.length);
    expect(clashes, JSON.stringify(obs)).toEqual([]);
    // Every far place still has its indicator.
    const all = await p.page.evaluate(() =>
      (document.querySelector('[data-testid="map"]') as any).maplibre
        .queryRenderedFeatures({ layers: ['aa-offmap-arrow'] })
        .map((f: any) => f.properties.pid),
    );
    expect(new Set(all).size).toBeGreaterThanOrEqual(2);
    expectClean(p);
  });
});

describe("the selected place's own label", () => {
  it.each([
    ['ar', 'phone', PHONE],
    ['en', 'desktop', DESKTOP],
  ] as const)('Ghwayran selected (%s, %s): its name is drawn', async (lang, name, viewport) => {
    const p = await open(`./?lang=${lang}&place=ghwayran`, { viewport, isMobile: name === 'phone' });
    await settled(p.page);
    await shot(p.page, `live-labels-ghwayran-${lang}-${name}`);
    const drawn = await p.page.evaluate(() =>
      (document.querySelector('[data-testid="map"]') as any).maplibre
        .queryRenderedFeatures({ layers: ['aa-label-selected'] })
        .map((f: any) => f.properties.pid),
    );
    expect(drawn).toContain('ghwayran');
    expectClean(p);
  });
  it.each([
    ['ar', 'phone', PHONE],
    ['ar', 'desktop', DESKTOP],
  ] as const)('FY2022 event selected (%s, %s): names drawn apart', async (lang, name, viewport) => {
    const p = await open(`./?lang=${lang}&event=fy2022_funding_request`, {
      viewport,
      isMobile: name === 'phone',
    });
    await settled(p.page);
    await shot(p.page, `live-labels-fy2022-${lang}-${name}`);
    // The area label is placed by collision detection (never over another label): whatever it
    // draws, no point label of the same view lies under it.
    const { area, points } = await p.page.evaluate(() => {
      const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
      const q = (l: string) => map.queryRenderedFeatures({ layers: [l] }).map((f: any) => f.properties.pid);
      return { area: q('aa-area-label'), points: [...q('aa-label'), ...q('aa-label-selected')] };
    });
    expect(points.length + area.length).toBeGreaterThan(0);
    expectClean(p);
  });
});

/**
 * Every label MapLibre placed, with its measured box (container px) and layer: read from the
 * committed placement's collision grid (MapLibre internals, pinned version; the grid is offset by its
 * 100 px viewport padding). The label guard's own squares and the edge arrows' icons are left out.
 */
function placedLabels(page: Page): Promise<(Box & { layer: string })[]> {
  return page.evaluate(() => {
    const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
    const placement = map.style.placement;
    const grid = placement.collisionIndex.grid;
    const out: (Box & { layer: string })[] = [];
    for (let i = 0; i < grid.boxKeys.length; i++) {
      const key = grid.boxKeys[i];
      const q = placement.retainedQueryData[key.bucketInstanceId];
      const layer = String(q?.featureIndex?.bucketLayerIDs?.[q.bucketIndex]?.[0] ?? '?');
      if (layer === 'aa-guard' || layer === 'aa-offmap-arrow') continue;
      const [x0, y0, x1, y1] = [0, 1, 2, 3].map((k) => grid.bboxes[i * 4 + k] - 100) as number[];
      out.push({ layer, x0: x0!, y0: y0!, x1: x1!, y1: y1! });
    }
    return out;
  });
}

/**
 * The placed labels that cross the map's edge (partly in view, partly out), 1 px tolerance. On a
 * phone the sheet's top at rest (`--map-cover-bottom`) is the view's lower edge.
 */
async function crossingEdge(page: Page): Promise<(Box & { layer: string })[]> {
  const { width, height } = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="map"]')!;
    const r = el.getBoundingClientRect();
    const sheet = parseFloat(getComputedStyle(el).getPropertyValue('--map-cover-bottom')) || 0;
    return { width: r.width, height: r.height - sheet };
  });
  const t = 1;
  return (await placedLabels(page)).filter((b) => {
    const inView = b.x1 > 0 && b.y1 > 0 && b.x0 < width && b.y0 < height;
    const out = b.x0 < -t || b.y0 < -t || b.x1 > width + t || b.y1 > height + t;
    return inView && out;
  });
}

/** The placed labels under one of the map's own controls (zoom column, scale bar, credits). */
async function underControls(page: Page): Promise<(Box & { layer: string; under: string })[]> {
  const all = await obstacles(page);
  const controls = Object.entries(all).filter(([k]) => ['map-controls', 'scale', 'credits'].includes(k));
  const t = 1;
  return (await placedLabels(page)).flatMap((b) =>
    controls
      .filter(([, c]) => b.x0 < c.x1 - t && c.x0 + t < b.x1 && b.y0 < c.y1 - t && c.y0 + t < b.y1)
      .map(([under]) => ({ ...b, under })),
  );
}

describe('labels stay inside the map and out from under its controls', () => {
  it.each(cases)('%s, %s: opening view, after a pan, after a zoom', async (lang, name, viewport) => {
    const p = await open(`./?lang=${lang}`, { viewport, isMobile: name === 'phone' });
    await settled(p.page);
    await shot(p.page, `live-labels-edge-${lang}-${name}`);
    expect((await placedLabels(p.page)).length).toBeGreaterThan(3);
    expect(await crossingEdge(p.page), 'opening').toEqual([]);
    expect(await underControls(p.page), 'opening').toEqual([]);
    await p.page.evaluate(() =>
      (document.querySelector('[data-testid="map"]') as any).maplibre.panBy([-140, 90], { duration: 0 }),
    );
    await settled(p.page);
    await shot(p.page, `live-labels-edge-pan-${lang}-${name}`);
    expect(await crossingEdge(p.page), 'after a pan').toEqual([]);
    expect(await underControls(p.page), 'after a pan').toEqual([]);
    await p.page.evaluate(() => {
      const map = (document.querySelector('[data-testid="map"]') as any).maplibre;
      map.zoomTo(map.getZoom() + 0.8, { duration: 0 });
    });
    await settled(p.page);
    await shot(p.page, `live-labels-edge-zoom-${lang}-${name}`);
    expect(await crossingEdge(p.page), 'after a zoom').toEqual([]);
    expect(await underControls(p.page), 'after a zoom').toEqual([]);
    expectClean(p);
  });

  it.each([
    ['ar', DESKTOP],
    ['en', DESKTOP],
    // On an English phone the corner above the bar holds the Washington arrow's label: there the
    // town's name gives way, as any label does where no side of its point is clear.
    ['ar', PHONE],
  ] as const)('%s, %o: a town at the scale bar keeps its name, beside the bar', async (lang, viewport) => {
    // Tal Afar («تلعفر», issue 17) moved just above the middle of the scale bar, so its name's first
    // choice of side (beside the town) lies partly over the bar.
    const p = await townMoved(lang, viewport, 'scale', `live-labels-scale-${lang}-${viewport.width}`);
    expect(await underControls(p.page)).toEqual([]);
    expectClean(p);
  });

  it.each(['ar', 'en'] as const)(
    "%s, phone: a town at the sheet's edge keeps its name, above it",
    async (lang) => {
      // The sheet's top is the view's lower edge on a phone: a name beside a town just above it
      // would be cut by it.
      const p = await townMoved(lang, PHONE, 'sheet', `live-labels-sheet-${lang}`);
      expect(await crossingEdge(p.page)).toEqual([]);
      expectClean(p);
    },
  );
});

/**
 * Opens the map in `lang` on `viewport`, moves Tal Afar to the scale bar or the sheet's edge
 * (`townAt`), takes screenshot `name` and expects the basemap still to name the town.
 */
async function townMoved(
  lang: 'ar' | 'en',
  viewport: { width: number; height: number },
  where: 'scale' | 'sheet',
  name: string,
): Promise<OpenedPage> {
  const p = await open(`./?lang=${lang}`, { viewport, isMobile: viewport === PHONE });
  await settled(p.page);
  const moved = await townAt(p.page, where);
  expect(moved).not.toBeNull();
  await settled(p.page);
  await shot(p.page, name);
  const named = await p.page.evaluate(
    () =>
      (document.querySelector('[data-testid="map"]') as any).maplibre
        .queryRenderedFeatures({ layers: ['basemap-place-labels'] })
        .map((f: any) => f.properties.name_en) as string[],
  );
  expect(named).toContain(moved);
  return p;
}

/**
 * Pans the map so that Tal Afar (where the basemap has it) lies 4 px above the middle of the scale
 * bar, or 6 px above the middle of the phone sheet's top; its English name, or null.
 */
function townAt(page: Page, where: 'scale' | 'sheet'): Promise<string | null> {
  return page.evaluate((w) => {
    const el = document.querySelector('[data-testid="map"]') as any;
    const map = el.maplibre;
    const town = map
      .querySourceFeatures('basemap', { sourceLayer: 'places' })
      .find((f: any) => /^Tall? Afar$/.test(f.properties.name_en));
    if (!town) return null;
    const r = el.getBoundingClientRect();
    const s = el.querySelector('[data-testid="scale"]').getBoundingClientRect();
    const sheet = parseFloat(getComputedStyle(el).getPropertyValue('--map-cover-bottom')) || 0;
    const target =
      w === 'scale'
        ? { x: (s.left + s.right) / 2 - r.left, y: s.top - 4 - r.top }
        : { x: r.width / 2, y: r.height - sheet - 6 };
    const at = map.project(town.geometry.coordinates);
    map.panBy([at.x - target.x, at.y - target.y], { duration: 0 });
    return String(town.properties.name_en);
  }, where);
}

/** An edge arrow in view, with the label its feature carries and the text box MapLibre placed for it. */
interface ArrowLabel {
  pid: string;
  label: string;
  /** The placed text's box (container px), or null when MapLibre hid the label. */
  text: Box | null;
}

/**
 * The edge arrows in view (from the `aa-offmap` source) and, for each, the box of its text as placed:
 * the arrow layer's boxes in the committed collision grid, grouped by feature; the group whose icon
 * box holds the arrow's point, and of it the boxes that do not (the text).
 */
function arrowLabels(page: Page, lang: 'ar' | 'en'): Promise<ArrowLabel[]> {
  return page.evaluate((l) => {
    const el = document.querySelector('[data-testid="map"]') as any;
    const map = el.maplibre;
    const r = el.getBoundingClientRect();
    const placement = map.style.placement;
    const grid = placement.collisionIndex.grid;
    const groups = new Map<string, number[][]>();
    for (let i = 0; i < grid.boxKeys.length; i++) {
      const key = grid.boxKeys[i];
      const q = placement.retainedQueryData[key.bucketInstanceId];
      if (String(q?.featureIndex?.bucketLayerIDs?.[q.bucketIndex]?.[0]) !== 'aa-offmap-arrow') continue;
      const id = `${key.bucketInstanceId}/${key.featureIndex}`;
      const box = [0, 1, 2, 3].map((k) => grid.bboxes[i * 4 + k] - 100);
      groups.set(id, [...(groups.get(id) ?? []), box]);
    }
    const seen = new Set<string>();
    const out: { pid: string; label: string; text: Box | null }[] = [];
    for (const f of map.querySourceFeatures('aa-offmap')) {
      const pid = String(f.properties.pid);
      if (seen.has(pid)) continue;
      seen.add(pid);
      const p = map.project(f.geometry.coordinates);
      if (p.x < 0 || p.y < 0 || p.x > r.width || p.y > r.height) continue;
      const holds = (b: number[]) => b[0]! <= p.x && p.x <= b[2]! && b[1]! <= p.y && p.y <= b[3]!;
      const group = [...groups.values()].find((g) => g.some(holds)) ?? [];
      const text = group.filter((b) => !holds(b));
      out.push({
        pid,
        label: String(f.properties[`label_${l}`] ?? ''),
        text: text.length
          ? {
              x0: Math.min(...text.map((b) => b[0]!)),
              y0: Math.min(...text.map((b) => b[1]!)),
              x1: Math.max(...text.map((b) => b[2]!)),
              y1: Math.max(...text.map((b) => b[3]!)),
            }
          : null,
      });
    }
    return out;
  }, lang);
}

describe('every edge arrow in view shows its name', () => {
  const views = [
    ['opening view', ''],
    ['Ghwayran selected', '&place=ghwayran'],
    ['Geneva selected', '&place=geneva'],
  ] as const;
  it.each(
    cases.flatMap(([lang, name, viewport]) =>
      views.map(([view, query]) => [lang, name, view, viewport, query] as const),
    ),
  )('%s, %s, %s', async (lang, name, _view, viewport, query) => {
    const p = await open(`./?lang=${lang}${query}`, { viewport, isMobile: name === 'phone' });
    await settled(p.page);
    await shot(p.page, `live-labels-arrows-${lang}-${name}${query.replace(/\W+/g, '-')}`);
    const arrows = await arrowLabels(p.page, lang);
    // A phone's view beside a selected place's card has room for fewer: an arrow with no room for
    // its name is left out (the place is still in the text, the list and the locator).
    expect(arrows.length, 'arrows in view').toBeGreaterThanOrEqual(query ? 1 : 2);
    const { width, height } = await p.page.evaluate(() => {
      const el = document.querySelector('[data-testid="map"]')!;
      const r = el.getBoundingClientRect();
      const sheet = parseFloat(getComputedStyle(el).getPropertyValue('--map-cover-bottom')) || 0;
      return { width: r.width, height: r.height - sheet };
    });
    const others = (await placedLabels(p.page)).filter((b) => b.layer !== 'aa-label-selected');
    const selected = (await placedLabels(p.page)).filter((b) => b.layer === 'aa-label-selected');
    for (const a of arrows) {
      expect(a.label, `${a.pid}: a name in the data`).not.toBe('');
      expect(a.text, `${a.pid}: its name is drawn`).not.toBeNull();
      const t = a.text!;
      // Inside the view (text padding aside), and over no other label, the selected one included.
      expect(t.x0 >= -2 && t.y0 >= -2 && t.x1 <= width + 2 && t.y1 <= height + 2, `${a.pid} inside`).toBe(
        true,
      );
      const over = [...others, ...selected].filter(
        (b) => t.x0 < b.x1 - 1 && b.x0 + 1 < t.x1 && t.y0 < b.y1 - 1 && b.y0 + 1 < t.y1,
      );
      expect(over, `${a.pid} over another label`).toEqual([]);
    }
    expectClean(p);
  });
});
