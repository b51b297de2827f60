/**
 * The static renderer's label layout (issue 17.16), read back from its SVG: in every view a poster
 * or an export draws, no two label boxes overlap and no label box leaves the frame; the article's
 * area names collide with place names; the selected marker is drawn on top; the edge arrow is a dart.
 */
import { describe, expect, it } from 'vitest';
import { renderStaticSvg } from '../../src/static/render.ts';
import { loadBasemap } from '../../src/static/tiles.ts';
import { fsTileLoader } from '../../src/static/node-tiles.ts';
import { cameraForBounds, viewProjection, type StaticView } from '../../src/static/camera.ts';
import { ARROW_PATH, slideInside } from '../../src/static/labels.ts';
import { LINE_HEIGHT, layoutText, measure } from '../../src/static/text.ts';
import { anchor, frameBounds, placeBounds } from '../../src/carto/geometry.ts';
import { overlaps, type Rect } from '../../src/static/svg.ts';
import type { Lang } from '../../src/model/types.ts';
import { all, parseXml, shippedModel, TILES_DIR } from './helpers.ts';

const loader = fsTileLoader(TILES_DIR);
const model = shippedModel();

/** The box of each point label `<text>` (not text on a path), as the layout estimated it. */
function labelBoxes(svg: string): { text: string; box: Rect }[] {
  const { doc } = parseXml(svg);
  const groups = all(doc, 'g').filter((g) => g.getAttribute('class') === 'labels');
  return groups.flatMap((g) =>
    all(g, 'text')
      .filter((t) => all(t, 'textPath').length === 0)
      .map((t) => {
        const size = Number(t.getAttribute('font-size'));
        const spans = all(t, 'tspan');
        const lines = spans.length ? spans.map((s) => s.textContent!.trim()) : [t.textContent!];
        const w = Math.max(...lines.map((l) => measure(l, size)));
        const h = lines.length * LINE_HEIGHT * size;
        const x = Number(t.getAttribute('x'));
        const y0 = Number(t.getAttribute('y')) - 0.6 * LINE_HEIGHT * size - 0.34 * size;
        const rtl = t.getAttribute('direction') === 'rtl';
        const a = t.getAttribute('text-anchor');
        const x0 = a === 'middle' ? x - w / 2 : (a === 'start') !== rtl ? x : x - w;
        return { text: lines.join(' '), box: { x0, y0, x1: x0 + w, y1: y0 + h } };
      }),
  );
}

/** The article's point markers (circles of the `aa-point` layer), as boxes. */
function markers(svg: string): Rect[] {
  const { doc } = parseXml(svg);
  const layer = all(doc, 'g').find((g) => g.getAttribute('data-layer') === 'aa-point');
  return (layer ? all(layer, 'circle') : []).map((c) => {
    const [x, y, r] = ['cx', 'cy', 'r'].map((k) => Number(c.getAttribute(k))) as [number, number, number];
    return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
  });
}

/** The views the product draws: the article's frame and each local place in focus, at several widths. */
function views(): { name: string; view: StaticView; selected: string[] }[] {
  const out: { name: string; view: StaticView; selected: string[] }[] = [];
  const frame = frameBounds(model.places)!;
  for (const width of [320, 560, 700, 1000]) {
    const size = {
      width,
      height: Math.round(Math.max(220, Math.min(560, width * (width < 520 ? 0.8 : 0.6)))),
    };
    const pad = Math.min(40, width / 10, size.height / 10);
    out.push({
      name: `frame@${width}`,
      view: { camera: cameraForBounds(frame, size, pad, 15), size },
      selected: [],
    });
    for (const id of [
      'sinaa_prison',
      'hasakah_city',
      'semalka_crossing',
      'northeast_syria',
      'kurdistan_region',
    ]) {
      const p = model.placeById.get(id)!;
      const b = p.geometry.type === 'Point' ? placeBounds(p, 6) : frame;
      out.push({
        name: `${id}@${width}`,
        view: { camera: cameraForBounds(b, size, pad, 15), size },
        selected: [id],
      });
    }
  }
  // An A4 page's map at the regional frame and wider, each event in focus (its places selected).
  for (const [w, h, zoomOut] of [
    [1123, 600, 0],
    [1123, 600, 1.5],
  ] as const) {
    const size = { width: w, height: h };
    const c = cameraForBounds(frame, size, 40, 15);
    const camera = { ...c, zoom: c.zoom - zoomOut };
    for (const e of model.events)
      out.push({ name: `${e.id}@a4-${zoomOut}`, view: { camera, size }, selected: [...e.placeIds] });
  }
  return out;
}

describe('static labels', () => {
  it('slides a box that crosses the frame edge inside it', () => {
    const t = layoutText(['Semalka border crossing'], 690, 100, 14, 'top', [0, 1.1]);
    expect(t.box.x1).toBeGreaterThan(700);
    const s = slideInside(t, 700, 400);
    expect(s.box.x1).toBe(700);
    expect(s.x - t.x).toBeCloseTo(s.box.x0 - t.box.x0, 6);
    expect(s.box.y0).toBe(t.box.y0);
  });

  for (const lang of ['ar', 'en'] as const satisfies readonly Lang[])
    it(
      `no two label boxes overlap and none leaves the frame, in every view (${lang})`,
      { timeout: 30_000 },
      async () => {
        const problems: string[] = [];
        let checked = 0;
        for (const { name, view, selected } of views()) {
          const basemap = await loadBasemap(view, loader, { margin: 64 });
          const svg = renderStaticSvg(
            view,
            { basemap, places: model.places },
            { lang, theme: 'light', selected, attribution: false, scaleBar: false },
          );
          const boxes = labelBoxes(svg);
          const dots = markers(svg);
          checked += boxes.length;
          const { width: w, height: h } = view.size;
          for (const [i, a] of boxes.entries()) {
            const eps = 0.6;
            if (a.box.x0 < -eps || a.box.y0 < -eps || a.box.x1 > w + eps || a.box.y1 > h + eps)
              problems.push(`${name}: "${a.text}" leaves the frame`);
            for (const b of boxes.slice(i + 1))
              if (overlaps(a.box, b.box)) problems.push(`${name}: "${a.text}" overlaps "${b.text}"`);
            for (const m of dots)
              if (overlaps(a.box, m)) problems.push(`${name}: "${a.text}" covers a place's marker`);
          }
        }
        expect(problems).toEqual([]);
        expect(checked).toBeGreaterThan(100);
      },
    );

  it("draws the selected marker over a neighbour's (the prison over Ghwayran's point)", () => {
    const size = { width: 700, height: 420 };
    const view = {
      camera: cameraForBounds(placeBounds(model.placeById.get('sinaa_prison')!, 6), size, 40, 15),
      size,
    };
    const svg = renderStaticSvg(
      view,
      { basemap: null, places: model.places },
      { lang: 'en', theme: 'light', selected: ['sinaa_prison'] },
    );
    const { doc } = parseXml(svg);
    const points = all(doc, 'g').find((g) => g.getAttribute('data-layer') === 'aa-point')!;
    const circles = all(points, 'circle').map((c) => [
      Number(c.getAttribute('cx')),
      Number(c.getAttribute('cy')),
    ]);
    const [px, py] = viewProjection(view)(anchor(model.placeById.get('sinaa_prison')!))!;
    expect(circles.length).toBeGreaterThan(1);
    // Drawn last, so on top of Ghwayran's point a few px away.
    expect(circles.at(-1)![0]).toBeCloseTo(px!, 0);
    expect(circles.at(-1)![1]).toBeCloseTo(py!, 0);
  });

  for (const lang of ['ar', 'en'] as const satisfies readonly Lang[])
    it(`keeps labels and edge arrows clear of the caller's overlay boxes (the embed's Explore button, ${lang})`, async () => {
      const size = { width: 560, height: 336 };
      const view = { camera: cameraForBounds(frameBounds(model.places)!, size, 40, 15), size };
      const basemap = await loadBasemap(view, loader, { margin: 64 });
      const draw = (keepClear?: Rect[]) =>
        renderStaticSvg(
          view,
          { basemap, places: model.places },
          { lang, theme: 'light', attribution: false, scaleBar: false, keepClear },
        );
      const arrows = (svg: string): Rect[] =>
        [...svg.matchAll(/translate\((-?[\d.]+) (-?[\d.]+)\) rotate/g)].map((m) => {
          const [x, y] = [Number(m[1]), Number(m[2])];
          return { x0: x - 12, y0: y - 12, x1: x + 12, y1: y + 12 };
        });
      const before = arrows(draw());
      expect(before.length).toBeGreaterThan(0);
      // A button-sized box over the first arrow, as the Explore button sat over the west edge's arrow.
      const a = before[0]!;
      const cx = (a.x0 + a.x1) / 2;
      const cy = (a.y0 + a.y1) / 2;
      const button = { x0: Math.max(0, cx - 60), y0: Math.max(0, cy - 16), x1: cx + 60, y1: cy + 16 };
      const svg = draw([button]);
      const after = arrows(svg);
      expect(after).toHaveLength(before.length);
      for (const b of after) expect(overlaps(b, button)).toBe(false);
      for (const l of labelBoxes(svg)) expect(overlaps(l.box, button), l.text).toBe(false);
    });

  it('draws the edge arrow as a dart with a notched tail (it reads as pointing one way)', () => {
    const pts = [...ARROW_PATH.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(pts).toHaveLength(4);
    const [tip, right, notch, left] = pts as [number[], number[], number[], number[]];
    expect(tip[1]).toBeLessThan(notch[1]!);
    // The notch sits inside the tail: the shape is concave, not a triangle.
    expect(notch[1]).toBeLessThan(Math.min(right[1]!, left[1]!));
    expect(tip[1]! - notch[1]!).toBeLessThan(-12);
  });
});
