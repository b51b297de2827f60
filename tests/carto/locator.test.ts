import { describe, expect, it } from 'vitest';
import { locatorPlan, regionCentre } from '../../src/carto/locator.ts';
import type { Bounds } from '../../src/carto/geometry.ts';

/** About the article's region: al-Hasakah to the Semalka crossing. */
const REGION: Bounds = [40.7, 36.4, 42.4, 37.2];
const GENEVA: [number, number] = [6.1432, 46.2044];
const WASHINGTON: [number, number] = [-77.0369, 38.9072];

const inside = (b: Bounds, [x, y]: [number, number]) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

describe('locatorPlan', () => {
  it('is null without a far place', () => {
    expect(locatorPlan(REGION, [])).toBeNull();
  });

  it.each([
    ['Geneva', [{ id: 'geneva', at: GENEVA }], [[3050, 3200]]],
    ['Washington', [{ id: 'washington', at: WASHINGTON }], [[9500, 9700]]],
    [
      'both',
      [
        { id: 'geneva', at: GENEVA },
        { id: 'washington', at: WASHINGTON },
      ],
      [
        [3050, 3200],
        [9500, 9700],
      ],
    ],
  ] as const)(
    '%s: frames the region and the places, with their distance from the region',
    (_, targets, kms) => {
      const plan = locatorPlan(REGION, targets as unknown as { id: string; at: [number, number] }[])!;
      expect(inside(plan.bounds, [REGION[0], REGION[1]])).toBe(true);
      expect(inside(plan.bounds, [REGION[2], REGION[3]])).toBe(true);
      for (const t of targets) expect(inside(plan.bounds, t.at as [number, number])).toBe(true);
      plan.targets.forEach((t, i) => {
        expect(t.km).toBeGreaterThanOrEqual(kms[i]![0]);
        expect(t.km).toBeLessThanOrEqual(kms[i]![1]);
      });
      // A margin: no place on the overview's edge.
      for (const t of targets) {
        expect(t.at[0] - plan.bounds[0]).toBeGreaterThan(1);
        expect(plan.bounds[2] - t.at[0]).toBeGreaterThan(1);
      }
    },
  );

  it('a nearby target still frames a continent, never a close-up of empty land', () => {
    const plan = locatorPlan(REGION, [{ id: 'near', at: [44, 36.2] }])!;
    expect(plan.bounds[2] - plan.bounds[0]).toBeGreaterThanOrEqual(24);
    expect(plan.bounds[3] - plan.bounds[1]).toBeGreaterThanOrEqual(12);
  });

  it('distances are measured from the region, whatever the camera', () => {
    const plan = locatorPlan(REGION, [{ id: 'geneva', at: GENEVA }])!;
    expect(regionCentre(REGION)).toEqual([41.55, 36.8]);
    expect(plan.region).toEqual(REGION);
  });

  it('keeps latitudes inside Web Mercator', () => {
    const plan = locatorPlan(REGION, [{ id: 'north', at: [40, 84] }])!;
    expect(plan.bounds[3]).toBeLessThanOrEqual(80);
  });
});
