import { describe, expect, it } from 'vitest';
import {
  arrowBox,
  distanceLabel,
  indicatorLabelBox,
  offmapFeatures,
  placeBoxes,
  placeMarks,
  type LabelBox,
  type OffmapCamera,
} from '../../src/carto/offmap.ts';
import type { PlaceFeature } from '../../src/model/types.ts';

const place = (id: string, name: string) =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { name_ar: name, name_en: name },
  }) as unknown as PlaceFeature;

/** A flat camera: 1 px per 0.01°, centred on 41°E 36.5°N, 800 × 600 px. */
const cam: OffmapCamera = {
  width: 800,
  height: 600,
  center: [41, 36.5],
  project: ([lon, lat]) => ({ x: 400 + (lon - 41) * 100, y: 300 - (lat - 36.5) * 100 }),
  unproject: ([x, y]) => [41 + (x - 400) / 100, 36.5 - (y - 300) / 100],
};

describe('off-map indicators', () => {
  it('one arrow per far place, on the edge towards it, with its distance', () => {
    const fc = offmapFeatures(
      [
        { place: place('geneva', 'Geneva'), at: [6.14, 46.2] },
        { place: place('near', 'Near'), at: [41.5, 36.6] },
      ],
      cam,
      { digits: 'latn', featureId: (id) => (id === 'geneva' ? 9 : undefined) },
    );
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0]!;
    expect(f.id).toBe(9);
    expect(f.properties!.textAnchor).toBe('left');
    expect(f.properties!.angle).toBeGreaterThan(270);
    expect(f.properties!.label_en).toMatch(/^Geneva \u2068[\d,]+ km\u2069$/);
  });
  it('stays out of a covered part of the view (the phone sheet)', () => {
    const far = [{ place: place('south', 'South'), at: [41, 20] as [number, number] }];
    const open = offmapFeatures(far, cam, { digits: 'latn', featureId: () => 1 });
    const covered = offmapFeatures(
      far,
      { ...cam, inset: { bottom: 300 } },
      { digits: 'latn', featureId: () => 1 },
    );
    const y = (fc: typeof open) =>
      cam.project(
        fc.features[0]!.geometry.type === 'Point'
          ? (fc.features[0]!.geometry.coordinates as [number, number])
          : [0, 0],
      ).y;
    expect(y(open)).toBeGreaterThan(500);
    expect(y(covered)).toBeLessThan(300);
  });
  it.each([
    ['en', 'latn', 'Geneva \u20682,961 km\u2069'],
    ['ar', 'latn', 'جنيف \u20682,961 كم\u2069'],
    ['ar', 'arab', 'جنيف \u2068٢٬٩٦١ كم\u2069'],
  ] as const)('distance label in %s with %s digits', (lang, digits, want) => {
    expect(distanceLabel(lang === 'ar' ? 'جنيف (سويسرا)' : 'Geneva', 2961, lang, digits)).toBe(want);
  });

  it.each([
    [0, 18],
    [90, 18],
    [45, 16 * Math.SQRT2 + 2],
    [290.6, 22.6],
  ])("an arrow turned %s° takes MapLibre's box of the rotated icon: ±%s px", (angle, half) => {
    const b = arrowBox({ x: 100, y: 50 }, angle);
    expect(b.x1 - 100).toBeCloseTo(half, 1);
    expect(50 - b.y0).toBeCloseTo(half, 1);
  });

  describe('labels keep clear of places and controls (issue 17, 3)', () => {
    /** A 390 × 500 phone view centred on 41°E 36.5°N. */
    const phone: OffmapCamera = {
      ...cam,
      width: 390,
      height: 500,
      project: ([lon, lat]) => ({ x: 195 + (lon - 41) * 100, y: 250 - (lat - 36.5) * 100 }),
      unproject: ([x, y]) => [41 + (x - 195) / 100, 36.5 - (y - 250) / 100],
    };
    const far = [
      { place: place('washington', 'Washington'), at: [-77, 38.9] as [number, number] },
      { place: place('geneva', 'Geneva'), at: [6.14, 46.2] as [number, number] },
    ];
    const overlaps = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    const boxes = (c: OffmapCamera, fc: ReturnType<typeof offmapFeatures>) =>
      fc.features.map((f) => {
        const at = c.project(
          f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0],
        );
        return indicatorLabelBox(at.x, at.y, f.properties!.textAnchor, f.properties!.label_en);
      });
    it('an indicator label never prints over an article place (Washington over al-Hasakah)', () => {
      const open = offmapFeatures(far, phone, { digits: 'latn', featureId: () => 1 });
      // A place right where the Washington label falls in an open view.
      const hit = boxes(phone, open)[0]!;
      const at = phone.unproject([(hit.x0 + hit.x1) / 2, hit.y1 - 10]);
      const avoid = placeBoxes([{ at, label: 'Al-Hasakah' }], phone);
      expect(avoid.some((b) => overlaps(b, hit))).toBe(true);
      const fc = offmapFeatures(far, { ...phone, avoid }, { digits: 'latn', featureId: () => 1 });
      expect(fc.features).toHaveLength(2);
      for (const b of boxes(phone, fc)) for (const a of avoid) expect(overlaps(a, b)).toBe(false);
    });
    it("a place's label box covers every line of it (an approximate place's second line)", () => {
      const at = phone.unproject([195, 250]);
      const one = placeBoxes([{ at, label: 'Ghwayran' }], phone);
      const two = placeBoxes([{ at, label: '~ Ghwayran\napproximate location' }], phone);
      const below = (bs: LabelBox[]) => bs.reduce((y, b) => Math.max(y, b.y1), 0);
      expect(below(two) - below(one)).toBeGreaterThan(14);
      // The widest line sets the width.
      const wide = (bs: LabelBox[]) => Math.max(...bs.map((b) => b.x1 - b.x0));
      expect(wide(two)).toBeGreaterThan(wide(placeBoxes([{ at, label: 'approximate location' }], phone)) - 1);
      // Its mark alone, for the places whose labels give way.
      expect(placeMarks([{ at, label: 'Ghwayran' }], phone)).toEqual([one[0]]);
    });
    it('an indicator and its label keep clear of the control column and inside the view', () => {
      const controls = { x0: 0, y0: 0, x1: 48, y1: 130 };
      const fc = offmapFeatures(far, { ...phone, avoid: [controls] }, { digits: 'latn', featureId: () => 1 });
      for (const b of boxes(phone, fc)) {
        expect(overlaps(b, controls)).toBe(false);
        expect(b.x0).toBeGreaterThanOrEqual(0);
        expect(b.x1).toBeLessThanOrEqual(phone.width);
      }
      const [a, b] = boxes(phone, fc);
      expect(overlaps(a!, b!)).toBe(false);
    });
    it('where no spot on its edge has room for its name, the arrow is left out (never an arrow without a name)', () => {
      const controls = { x0: 0, y0: 0, x1: 60, y1: 300 };
      // Everything right of the arrows' column is taken: no label fits anywhere along the edge.
      const wall = { x0: 56, y0: 0, x1: 390, y1: 500 };
      const fc = offmapFeatures(
        far,
        { ...phone, avoid: [controls, wall] },
        { digits: 'latn', featureId: () => 1 },
      );
      expect(fc.features).toEqual([]);
    });
    it('where the name and distance have no room, the name alone is shown if it fits', () => {
      const wall = { x0: 140, y0: 0, x1: 390, y1: 500 };
      const fc = offmapFeatures(far, { ...phone, avoid: [wall] }, { digits: 'latn', featureId: () => 1 });
      expect(fc.features.map((f) => f.properties!.label_en).sort()).toEqual(['Geneva', 'Washington']);
      for (const b of boxes(phone, fc)) expect(overlaps(b, wall)).toBe(false);
    });
    it('an arrow with no room at all is left out, never stacked on another', () => {
      const everything = { x0: 0, y0: 0, x1: 390, y1: 500 };
      expect(
        offmapFeatures(far, { ...phone, avoid: [everything] }, { digits: 'latn', featureId: () => 1 })
          .features,
      ).toEqual([]);
      // Room for one arrow and its name only (a 40 px band across the view): one arrow, named.
      const above = { x0: 0, y0: 0, x1: 390, y1: 230 };
      const below = { x0: 0, y0: 270, x1: 390, y1: 500 };
      const one = offmapFeatures(
        far,
        { ...phone, avoid: [above, below] },
        { digits: 'latn', featureId: () => 1 },
      );
      expect(one.features).toHaveLength(1);
      expect(one.features[0]!.properties!.label_en).not.toBe('');
      // The one that is shown is the selected place's, whichever it is.
      for (const pid of ['washington', 'geneva']) {
        // 50 px: room for either arrow (Geneva's, turned, takes 45), not both.
        const sel = offmapFeatures(
          far,
          {
            ...phone,
            avoid: [
              { ...above, y1: 225 },
              { ...below, y0: 275 },
            ],
          },
          { digits: 'latn', featureId: () => 1, first: new Set([pid]) },
        );
        expect(sel.features.map((f) => f.properties!.pid)).toEqual([pid]);
        expect(sel.features[0]!.properties!.label_en).toMatch(/\u2068/);
      }
    });
    it("where the article's own labels leave no room, an arrow's name takes a place label's spot (that label moves: it is placed after the arrows)", () => {
      // The view's left half is the article's labels, which yield; the controls do not.
      const labels = { x0: 40, y0: 0, x1: 200, y1: 500 };
      const controls = { x0: 0, y0: 0, x1: 48, y1: 130 };
      const fc = offmapFeatures(
        far,
        { ...phone, avoid: [controls], yielding: [labels] },
        { digits: 'latn', featureId: () => 1 },
      );
      expect(fc.features).toHaveLength(2);
      expect(fc.features.map((f) => f.properties!.label_en)).toEqual([
        expect.stringMatching(/^Washington \u2068[\d,]+ km\u2069$/),
        expect.stringMatching(/^Geneva \u2068[\d,]+ km\u2069$/),
      ]);
      for (const b of boxes(phone, fc)) expect(overlaps(b, controls)).toBe(false);
      const [a, b] = boxes(phone, fc);
      expect(overlaps(a!, b!)).toBe(false);
    });
    it('a yielding label is still avoided where there is room: the arrows keep to free spots first', () => {
      const labels = { x0: 40, y0: 0, x1: 200, y1: 200 };
      const fc = offmapFeatures(
        far,
        { ...phone, yielding: [labels] },
        { digits: 'latn', featureId: () => 1 },
      );
      expect(fc.features).toHaveLength(2);
      for (const b of boxes(phone, fc)) expect(overlaps(b, labels)).toBe(false);
    });
    it('three arrows on one edge with room for three only when packed: all three are shown, named, in order', () => {
      // A 120 px band of the left edge is free (the phone's view between its controls and its credits).
      const top = { x0: 0, y0: 0, x1: 390, y1: 190 };
      const bottom = { x0: 0, y0: 310, x1: 390, y1: 500 };
      const three = [
        { place: place('a', 'Alpha'), at: [-77, 36.9] as [number, number] },
        { place: place('b', 'Bravo'), at: [-77, 36.5] as [number, number] },
        { place: place('c', 'Charlie'), at: [-77, 36.1] as [number, number] },
      ];
      const fc = offmapFeatures(
        three,
        { ...phone, avoid: [top, bottom] },
        { digits: 'latn', featureId: () => 1 },
      );
      expect(fc.features.map((f) => f.properties!.pid)).toEqual(['a', 'b', 'c']);
      const ys = fc.features.map(
        (f) =>
          phone.project(f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0])
            .y,
      );
      expect(ys[0]!).toBeLessThan(ys[1]!);
      expect(ys[1]!).toBeLessThan(ys[2]!);
      for (const f of fc.features) expect(f.properties!.label_en).not.toBe('');
      const bs = boxes(phone, fc);
      for (const b of bs) for (const t of [top, bottom]) expect(overlaps(b, t)).toBe(false);
      // No arrow's rotated icon reaches another's name.
      fc.features.forEach((f, i) => {
        const icon = arrowBox({ x: 0, y: ys[i]! }, f.properties!.angle);
        const x = phone.project(
          f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0],
        ).x;
        const box = { ...icon, x0: icon.x0 + x, x1: icon.x1 + x };
        bs.forEach((b, j) => j !== i && expect(overlaps(box, b)).toBe(false));
      });
    });
    it('a card docked at a side pushes the indicators off it', () => {
      const fc = offmapFeatures(
        far,
        { ...phone, inset: { left: 150 } },
        { digits: 'latn', featureId: () => 1 },
      );
      for (const f of fc.features) {
        const at = phone.project(
          f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0],
        );
        expect(at.x).toBeGreaterThanOrEqual(150);
      }
    });
  });
});
