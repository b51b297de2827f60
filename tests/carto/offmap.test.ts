import { describe, expect, it } from 'vitest';
import {
  distanceLabel,
  indicatorLabelBox,
  offmapFeatures,
  placeBoxes,
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
    it('where no spot on its edge has room for the label, the arrow still keeps clear of the controls and drops its label', () => {
      const controls = { x0: 0, y0: 0, x1: 60, y1: 300 };
      // Everything right of the arrows' column is taken: no label fits anywhere along the edge.
      const wall = { x0: 56, y0: 0, x1: 390, y1: 500 };
      const arrow = (x: number, y: number) => ({ x0: x - 16, y0: y - 16, x1: x + 16, y1: y + 16 });
      const fc = offmapFeatures(
        far,
        { ...phone, avoid: [controls, wall] },
        { digits: 'latn', featureId: () => 1 },
      );
      expect(fc.features).toHaveLength(2);
      for (const f of fc.features) {
        const at = phone.project(
          f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0],
        );
        expect(overlaps(arrow(at.x, at.y), controls), `${f.properties!.pid} ${at.x},${at.y}`).toBe(false);
        expect(f.properties!.label_en).toBe('');
        expect(f.properties!.label_ar).toBe('');
      }
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
      // Room for one arrow only (a 40 px gap in the left edge's column): one arrow, no name.
      const above = { x0: 0, y0: 0, x1: 390, y1: 230 };
      const below = { x0: 0, y0: 270, x1: 390, y1: 500 };
      const right = { x0: 56, y0: 0, x1: 390, y1: 500 };
      const one = offmapFeatures(
        far,
        { ...phone, avoid: [above, below, right] },
        { digits: 'latn', featureId: () => 1 },
      );
      expect(one.features).toHaveLength(1);
      expect(one.features[0]!.properties!.label_en).toBe('');
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
