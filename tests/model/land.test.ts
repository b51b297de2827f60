import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedLand } from '../../src/model/land-node.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { Checker } from '../../src/model/validate/checker.ts';
import { distanceToLandKm, LAND_TOLERANCE_KM, landIndex, onLand } from '../../src/model/validate/land.ts';
import { checkSpatial, SHIPPED_BASEMAP } from '../../src/model/validate/spatial.ts';
import { validateBundle } from '../../src/model/validate.ts';

const land = shippedLand();

/** checkSpatial's warnings for one located point (role `place`) among al-Hasakah and Qamishli. */
function warnings(point: [number, number], withLand = true, precision_m?: number): string[] {
  const c = new Checker();
  const pt = (id: string, p: [number, number], i: number) => ({
    id,
    path: `places.features[${i}]`,
    geometry: { type: 'Point' as const, positions: [p] },
  });
  checkSpatial(
    c,
    [
      { ...pt('x', point, 0), ...(precision_m ? { precision_m } : {}) },
      pt('hasakah', [40.74772, 36.50237], 1),
      pt('qamishli', [41.22, 37.05], 2),
    ],
    new Map([
      ['x', new Set(['place'])],
      ['hasakah', new Set(['place'])],
      ['qamishli', new Set(['place'])],
    ]),
    SHIPPED_BASEMAP,
    withLand ? land : undefined,
  );
  return c.issues.map((i) => `${i.severity} ${i.path}: ${i.message}`);
}

describe('a point outside every land polygon the basemap draws', () => {
  it('a point in the eastern Mediterranean warns, with its path and value', () => {
    expect(warnings([34, 34])).toEqual([
      'warning places.features[0].geometry.coordinates: [34, 34] is 98 km from any land the basemap draws (Natural Earth countries; 10 km allowed for coasts): a point in the sea (a sign, a digit, the order of the coordinates), or a small island the 1:10m layer leaves out?',
    ]);
  });

  it('a point whose precision circle reaches land does not warn (a sea at its label point); a tighter one does', () => {
    expect(warnings([34, 34], true, 150_000).filter((w) => w.includes('land'))).toEqual([]);
    expect(warnings([34, 34], true, 50_000).filter((w) => w.includes('land'))).toHaveLength(1);
  });

  it.each([
    ['Beirut', [35.5018, 33.8938]],
    ['Latakia', [35.7796, 35.5317]],
    ['Tyre (a peninsula)', [35.1939, 33.2705]],
    ['Gaza', [34.4668, 31.5017]],
    ['Arwad (an island the 1:10m layer lacks, 3 km off Tartus)', [35.858, 34.856]],
    ['Istanbul', [28.9784, 41.0082]],
    ['Alexandria', [29.9187, 31.2001]],
    ['Basra', [47.7804, 30.5085]],
    ['Washington', [-77.03637, 38.89511]],
    ['Geneva', [6.14569, 46.20222]],
  ] as const)('%s does not warn', (_, p) => {
    expect(distanceToLandKm(land, p)).toBeLessThanOrEqual(LAND_TOLERANCE_KM);
    expect(warnings([p[0], p[1]]).filter((w) => w.includes('land'))).toEqual([]);
  });

  // Outside the study box, at 1:110m these were 38 (Manama), 96 (Valletta), 47 (Zanzibar), 323 (Hadibu,
  // Socotra) and 1,078 km (Victoria, Seychelles) from land. Points: GeoNames cities500 (id in the name).
  it.each([
    ['Manama, Bahrain (290340)', [50.58565, 26.22787]],
    ['Valletta, Malta (2562305)', [14.5148, 35.89968]],
    ['Zanzibar (148730)', [39.19793, -6.16394]],
    ['Hadibu, Socotra (75427)', [54.01895, 12.64881]],
    ['Victoria, Seychelles (241131)', [55.45501, -4.62001]],
  ] as const)('the 1:10m land outside the study box: %s is on an island the map draws', (_, p) => {
    expect(distanceToLandKm(land, p)).toBeLessThanOrEqual(3);
    expect(warnings([p[0], p[1]]).filter((w) => w.includes('land'))).toEqual([]);
  });

  it.each([
    ['Gaza (281133)', [34.46672, 31.50161]],
    ['Port Sudan (377039)', [37.21644, 19.61745]],
    ['Djibouti (223817)', [43.14503, 11.58901]],
    ['Assab, Eritrea (343386)', [42.73944, 13.00917]],
    ['Safaga, Egypt (358620)', [33.93891, 26.74906]],
    ['Marsa Alam, Egypt (352736)', [34.89005, 25.06305]],
    ['Tripoli, Libya (2210247)', [13.18733, 32.88743]],
  ] as const)('the 1:10m coast outside the study box: %s is within 3 km of land', (_, p) => {
    expect(distanceToLandKm(land, p)).toBeLessThanOrEqual(3);
  });

  it.each([
    ['the Black Sea', [34, 43]],
    ['the middle of the Atlantic', [-30, 30]],
    ['Antarctica (the basemap does not draw it)', [0, -80]],
    ['the Caspian Sea', [50.5, 41]],
  ] as const)('%s warns', (_, p) => {
    expect(distanceToLandKm(land, p)).toBeGreaterThan(LAND_TOLERANCE_KM);
  });

  it('swapped coordinates still get their own warning (here [lat, lon] falls on land in Turkey)', () => {
    expect(warnings([36.50237, 40.74772])).toEqual([
      "warning places.features[0].geometry.coordinates: [36.50237, 40.74772] is outside the basemap's study area but inside it as [40.74772, 36.50237]: GeoJSON positions are [longitude, latitude]; are they swapped?",
    ]);
  });

  it('a correct point whose swap also falls in the study area is not called swapped (Ankara)', () => {
    expect(warnings([32.85427, 39.91987]).filter((w) => w.includes('swapped'))).toEqual([]);
    expect(warnings([32.85427, 39.91987], false).filter((w) => w.includes('swapped'))).toEqual([]);
  });

  it('without the land index (the browser) the check is skipped', () => {
    expect(warnings([34, 34], false)).toEqual([]);
  });

  it('the edge of a clip box is not a coast', () => {
    const box = {
      features: [
        {
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [10, 0],
                [10, 10],
                [0, 10],
                [0, 0],
              ],
            ],
          },
        },
      ],
    };
    expect(onLand(landIndex([{ data: box }]), [5, 5])).toBe(true);
    // Just outside the box: near as a polygon edge, infinitely far when every edge is the clip box's.
    expect(distanceToLandKm(landIndex([{ data: box }]), [10.1, 5])).toBeLessThan(12);
    expect(distanceToLandKm(landIndex([{ data: box, clip: [0, 0, 10, 10] }]), [10.1, 5])).toBe(Infinity);
  });

  it('a shipped article moved into the sea gets the warning; as shipped it does not', () => {
    const { bundle } = readArticleFromDisk(
      resolve(import.meta.dirname, '../../geodata/hasakah-prison-us-statement-2022'),
    );
    const at = (issues: ReturnType<typeof validateBundle>) =>
      issues.filter((i) => i.message.includes('from any land'));
    expect(at(validateBundle(bundle!, { land }))).toEqual([]);
    const places = structuredClone(bundle!.places) as {
      features: { geometry: { type: string; coordinates: unknown } | null }[];
    };
    const i = places.features.findIndex((f) => f.geometry?.type === 'Point');
    places.features[i]!.geometry!.coordinates = [34, 34];
    expect(at(validateBundle({ ...bundle!, places }, { land })).map((w) => w.path)).toEqual([
      `places.features[${i}].geometry.coordinates`,
    ]);
  });
});
