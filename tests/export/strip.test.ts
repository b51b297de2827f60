/**
 * The export's timeline strip in node: the events the exported time filter keeps, dates in the
 * interface language at their precision (approximate ones marked), the selected event named, and
 * on the SVG page a band of its own between the map and the key band (never over the legend or the
 * scale bar), drawn as `<text>` and paths.
 */
import { describe, expect, it } from 'vitest';
import { all, parseXml, shippedModel, textOf } from '../static/helpers.ts';
import { resolveSize, type ExportSize } from '../../src/export/sizes.ts';
import { vectorExport, type VectorInput } from '../../src/export/vector.ts';
import { stripDate, stripFurniture } from '../../src/export/strip.ts';
import type { Lang } from '../../src/model/types.ts';

const model = shippedModel();
const DAY = 86_400_000;
const size = (id: string): ExportSize => {
  const r = resolveSize({ kind: 'preset', id }, { width: 1280, height: 800 });
  if ('error' in r) throw new Error(r.error);
  return r.ok;
};
const input = (lang: Lang, over: Partial<VectorInput> = {}): VectorInput => ({
  model,
  lang,
  theme: 'light',
  digits: 'latn',
  camera: { center: [40.75, 36.5], zoom: 8.6 },
  size: size('a4-300'),
  basemap: null,
  selectedPlace: null,
  selected: [],
  dimmed: new Set(),
  timeRange: null,
  permalink: 'https://atlas.example/',
  now: new Date('2026-12-01T12:00:00Z'),
  withTimeline: true,
  ...over,
});
const approx = model.events.find((e) => e.approximate)!;
const jan22 = model.events.find((e) => e.date === '2022-01-22')!;

describe('the strip content', () => {
  it('writes dates at their precision, approximate ones marked, in both languages', () => {
    const span = model.eventSpan.get(approx.id)!;
    expect(stripDate(approx, span, 'en', 'latn')).toBe('c. 20 Jan 2022');
    expect(stripDate(approx, span, 'ar', 'arab')).toBe('حوالي ٢٠ يناير ٢٠٢٢');
    const fy = model.events.find((e) => e.precision === 'fiscal-year')!;
    expect(stripDate(fy, model.eventSpan.get(fy.id)!, 'en', 'latn')).toBe('FY 2022');
  });

  it('keeps only the events of the time filter, on the filter as its axis', () => {
    const range = { start: Date.UTC(2022, 0, 22), end: Date.UTC(2022, 0, 25) };
    const s = stripFurniture(model, {
      lang: 'en',
      digits: 'latn',
      timeRange: range,
      selectedEvent: null,
      timeDir: 'ltr',
    })!;
    expect(s.domain).toEqual(range);
    const ids = new Set(s.events.map((e) => e.id));
    for (const e of model.events) {
      const sp = model.eventSpan.get(e.id)!;
      expect(ids.has(e.id)).toBe(sp.start < range.end && range.start < sp.end);
    }
    expect(s.ends).toEqual(['22 Jan 2022', '24 Jan 2022']);
    expect(
      stripFurniture(model, {
        lang: 'en',
        digits: 'latn',
        timeRange: { start: 0, end: DAY },
        selectedEvent: null,
        timeDir: 'ltr',
      }),
    ).toBeUndefined();
  });

  it('names the selected event in the heading', () => {
    const s = stripFurniture(model, {
      lang: 'en',
      digits: 'latn',
      timeRange: null,
      selectedEvent: jan22.id,
      timeDir: 'ltr',
    })!;
    expect(s.selected).toBe(jan22.id);
    expect(s.heading).toContain(`Selected: 22 Jan 2022, ${jan22.title.en.text}`);
  });
});

describe('the strip on the SVG page', () => {
  for (const [lang, id] of [
    ['ar', 'a4-300'],
    ['en', 'social'],
  ] as const)
    it(`is a band of its own with each date as <text>, clear of the map, legend and scale (${lang}, ${id})`, () => {
      const r = vectorExport(input(lang, { size: size(id), selectedEvent: jan22.id }));
      const { doc, errors } = parseXml(r.svg);
      expect(errors).toEqual([]);
      const g = all(doc, 'g').find((e) => e.getAttribute('class') === 'timeline-strip')!;
      expect(g).toBeTruthy();
      const texts = all(g, 'text').map(textOf);
      expect(texts).toContain(lang === 'ar' ? 'حوالي 20 يناير 2022' : 'c. 20 Jan 2022');
      // One weight only: Chromium prints a synthesised bold as a Type 3 font (a second copy of the text).
      expect(r.svg).not.toMatch(/font-weight/);
      expect(all(g, 'path').length + all(g, 'circle').length).toBeGreaterThan(r.strip!.layout.marks.length);
      const s = r.strip!;
      // Below the map, above the key band (legend, scale bar, north arrow are in it).
      expect(s.y).toBeGreaterThanOrEqual(r.map.y + r.map.height);
      expect(s.y + s.height).toBeLessThanOrEqual(r.height - r.bands.bottom + 1e-6);
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x + s.width).toBeLessThanOrEqual(r.width);
      // Marks in time order (time runs right to left in Arabic).
      const sorted = [...s.layout.marks].sort(
        (a, b) => model.eventSpan.get(a.id)!.start - model.eventSpan.get(b.id)!.start,
      );
      const points = sorted.filter((m) => !model.events.find((e) => e.id === m.id)!.date.includes('/'));
      const xs = points.map((m) => m.x);
      const expected = [...xs].sort((a, b) => (lang === 'ar' ? b - a : a - b));
      expect(xs).toEqual(expected);
      // Every point place still drawn inside the (smaller) map, above the strip.
      expect(r.places.filter((p) => p.point).length).toBeGreaterThan(0);
      for (const p of r.places) {
        if (!p.point) continue;
        expect(p.y, p.id).toBeGreaterThanOrEqual(r.map.y);
        expect(p.y, p.id).toBeLessThan(s.y);
      }
    });

  it('is not drawn unless asked for', () => {
    const r = vectorExport(input('en', { withTimeline: false }));
    expect(r.strip).toBeUndefined();
    expect(r.svg).not.toContain('timeline-strip');
    expect(r.bands.strip).toBe(0);
  });
});
