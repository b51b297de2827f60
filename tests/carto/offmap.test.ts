import { describe, expect, it } from 'vitest';
import { distanceLabel, offmapFeatures, type OffmapCamera } from '../../src/carto/offmap.ts';
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
});
