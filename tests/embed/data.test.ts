import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  dimmedIds,
  embedModel,
  embedText,
  packGeometry,
  placeQuote,
  selectedIds,
  toEmbedArticle,
  unpackGeometry,
} from '../../src/embed/data.ts';
import { anchor } from '../../src/carto/geometry.ts';
import { defaultFarPlaces } from '../../src/static/render.ts';
import { selectedPlaces, timeFilter } from '../../src/state/selectors.ts';
import { shippedModel } from '../static/helpers.ts';

const full = shippedModel();
const file = { ...toEmbedArticle(full), fonts: [] };
const m = embedModel(JSON.parse(JSON.stringify(file)))!;

describe('the compact embed article', () => {
  it('round-trips through JSON with every place, event and quote', () => {
    expect(m).not.toBeNull();
    expect(m.places.map((p) => p.id)).toEqual(full.places.map((p) => p.id));
    expect(m.events.map((e) => e.id)).toEqual(full.events.map((e) => e.id));
    expect(m.quotes.get('sinaa_prison')?.exact).toBe('سجن الصناعة');
    expect(m.quotes.get('sinaa_prison')).toEqual(placeQuote(full, 'sinaa_prison'));
    expect(m.title.ar).toBe(full.meta.title.original ?? full.meta.title.en.text);
  });

  it('is small: under 12 KB gzipped (the article files are ~30 KB)', () => {
    expect(gzipSync(JSON.stringify(file), { level: 9 }).length).toBeLessThan(12 * 1024);
  });

  it('keeps area outlines close to the source and points within 1e-5°', () => {
    const far = new Set(defaultFarPlaces(full.places).map((p) => p.id));
    for (const p of full.places) {
      const got = m.placeById.get(p.id)!.geometry;
      if (far.has(p.id)) {
        expect(got.type, p.id).toBe('Point');
        continue;
      }
      const a = JSON.stringify(p.geometry.type === 'Point' ? [] : p.geometry);
      if (p.geometry.type === 'Point') {
        const [x, y] = (got as GeoJSON.Point).coordinates;
        expect(Math.abs(x! - p.geometry.coordinates[0]!)).toBeLessThan(1e-5);
        expect(Math.abs(y! - p.geometry.coordinates[1]!)).toBeLessThan(1e-5);
      } else expect(got.type, a.slice(0, 0)).toBe(p.geometry.type);
    }
  });

  it('reduces off-map places to their anchor, so edge indicators point the same way', () => {
    const far = defaultFarPlaces(full.places);
    expect(far.map((p) => p.id)).toContain('united_states');
    for (const p of far)
      expect(anchor(m.placeById.get(p.id)!)).toEqual(anchor(p).map((v) => Math.round(v * 1e5) / 1e5));
    expect(defaultFarPlaces(m.places).map((p) => p.id)).toEqual(far.map((p) => p.id));
  });

  it('selection and time dimming agree with the app selectors', () => {
    expect(selectedIds(m, 'geneva', null)).toEqual(
      selectedPlaces(full, { selectedPlace: 'geneva', selectedEvent: null }),
    );
    for (const e of full.events)
      expect(selectedIds(m, null, e.id)).toEqual(
        selectedPlaces(full, { selectedPlace: null, selectedEvent: e.id }),
      );
    const span = full.eventSpan.get(full.events[0]!.id)!;
    const f = timeFilter(full, span)!;
    const want = full.places.map((p) => p.id).filter((id) => !f.places.has(id));
    expect([...dimmedIds(m, span)].sort()).toEqual(want.sort());
    expect(dimmedIds(m, null).size).toBe(0);
  });

  it('refuses another version or shape', () => {
    expect(embedModel({ ...file, v: 2 })).toBeNull();
    expect(embedModel({ ...file, places: 'x' })).toBeNull();
    expect(embedModel(null)).toBeNull();
  });

  it('lists every character it can show (for the font subset)', () => {
    const text = embedText(file);
    for (const c of 'سجن الصناعة' + "al-Sina'a prison") expect(text).toContain(c);
  });
});

describe('packGeometry', () => {
  it.each([
    {
      type: 'LineString',
      coordinates: [
        [40.1, 36.2],
        [40.2, 36.25],
        [40.3, 36.1],
      ],
    },
    {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    },
    {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
        [
          [
            [-77.1, 38.9],
            [-77, 38.9],
            [-77, 39],
            [-77.1, 38.9],
          ],
        ],
      ],
    },
  ] as GeoJSON.Geometry[])('%# round-trips to 1e-4°', (g) => {
    const back = unpackGeometry(JSON.parse(JSON.stringify(packGeometry(g))));
    expect(back.type).toBe(g.type);
    const flat = (x: unknown): number[] => (Array.isArray(x) ? x.flatMap(flat) : [x as number]);
    const a = flat((g as GeoJSON.Polygon).coordinates);
    const b = flat((back as GeoJSON.Polygon).coordinates);
    expect(b.length).toBe(a.length);
    a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(0.5e-4 + 1e-12));
  });
});
