/** Data export: GeoJSON validates (RFC 7946) and round-trips; CSV quotes match the text; injection escaped. */
import { resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { hasErrors, validateBundle } from '../../src/model/validate.ts';
import type { ArticleModel } from '../../src/model/types.ts';
import {
  BOM,
  CSV_COLUMNS,
  escapeFormula,
  exportScope,
  toCSV,
  toGeoJSON,
  unescapeFormula,
} from '../../src/export/data.ts';
import { VALID_DIR } from '../fixtures/fixtures.ts';

const ARTICLE = resolve(import.meta.dirname, '../../geodata/hasakah-prison-us-statement-2022');

function load(dir: string): ArticleModel {
  const { bundle } = readArticleFromDisk(dir);
  const issues = validateBundle(bundle!);
  if (hasErrors(issues)) throw new Error(JSON.stringify(issues));
  return buildModel(bundle!);
}

const SOURCE = { exported: '2026-12-01T09:00:00.000Z', product: 'Article Atlas test' };
const models = [
  ['shipped article', load(ARTICLE)],
  ['fixture', load(VALID_DIR)],
] as const;

describe.each(models)('GeoJSON of the %s', (_, model) => {
  const gj = toGeoJSON(model, exportScope(model, null), SOURCE);
  const text = JSON.stringify(gj);

  it('passes a strict RFC 7946 check', () => {
    expect(() => check(text)).not.toThrow();
  });

  it('round-trips: every place with every property, unchanged', () => {
    const back = JSON.parse(text) as typeof gj;
    expect(back.features.map((f) => f.id)).toEqual(model.places.map((p) => p.id));
    for (const f of back.features) {
      const p = model.placeById.get(String(f.id))!;
      const { mentions, ...props } = f.properties;
      expect(props).toEqual(p.properties);
      expect(f.geometry).toEqual(p.geometry);
      expect(mentions.map((m) => m.id)).toEqual((model.mentionsByPlace.get(p.id) ?? []).map((m) => m.id));
    }
  });

  it('gives each mention its quote, W3C selectors and translation', () => {
    const all = gj.features.flatMap((f) => f.properties.mentions);
    expect(all.length).toBe(model.mentions.length);
    for (const m of all) {
      const [pos, quote] = m.target.selector;
      expect(pos.type).toBe('TextPositionSelector');
      expect(quote.type).toBe('TextQuoteSelector');
      expect(m.quote).toBe(model.codePoints.slice(pos.start, pos.end));
      expect(quote.exact).toBe(m.quote);
      expect(m.translation?.text).toBe(model.passageById.get(m.passageId)!.translation.en.text);
    }
  });
});

describe.each(models)('CSV of the %s', (_, model) => {
  const csv = toCSV(model, exportScope(model, null));
  const rows = csvParseRows(csv.slice(1).replace(/\r\n$/, ''));
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
  const cell = (r: string[], name: (typeof CSV_COLUMNS)[number]) => r[col(name)] ?? '';

  it('starts with a BOM, a header, and ends lines with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(csv.split('\r\n').length).toBe(rows.length + 1);
  });

  it('has one row per mention, each quote equal to the article text at its offsets', () => {
    expect(rows.length - 1).toBe(model.mentions.length);
    for (const r of rows.slice(1)) {
      const start = Number(r[col('start')]);
      const end = Number(r[col('end')]);
      expect(unescapeFormula(cell(r, 'quote'))).toBe(model.codePoints.slice(start, end));
      expect(model.placeById.get(unescapeFormula(cell(r, 'place_id')))).toBeDefined();
    }
  });

  it("puts every area's point inside the area (issue 17.17: the United States' lay in Washington State)", () => {
    for (const r of rows.slice(1)) {
      const p = model.placeById.get(unescapeFormula(cell(r, 'place_id')))!;
      if (p.geometry.type !== 'Polygon' && p.geometry.type !== 'MultiPolygon') continue;
      const at = [Number(cell(r, 'lon')), Number(cell(r, 'lat'))];
      expect(booleanPointInPolygon(at, p.geometry), p.id).toBe(true);
      // Near the visual centre: the United States' point in the middle of the contiguous states.
      if (p.id === 'united_states') expect(at[0]).toBeGreaterThan(-105);
    }
  });
});

describe('time filter', () => {
  const model = load(ARTICLE);
  it('keeps only the filtered places and their mentions in the filtered passages', () => {
    const spans = [...model.eventSpan.values()].sort((a, b) => a.start - b.start);
    const range = { start: spans[0]!.start, end: spans[0]!.end };
    const scope = exportScope(model, range);
    expect(scope.places.length).toBeGreaterThan(0);
    expect(scope.places.length).toBeLessThan(model.places.length);
    const ids = new Set(scope.places.map((p) => p.id));
    expect(scope.mentions.every((m) => ids.has(m.placeId))).toBe(true);
    const gj = toGeoJSON(model, scope, SOURCE);
    expect(gj.features.length).toBe(scope.places.length);
    expect(gj.article_atlas.time).toMatch(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/);
  });
});

describe('formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['الحسكة', 'الحسكة'],
    ['a=b', 'a=b'],
  ])('%j → %j', (raw, escaped) => {
    expect(escapeFormula(raw)).toBe(escaped);
    expect(unescapeFormula(escapeFormula(raw))).toBe(raw);
  });

  it('escapes a hostile quote and place name in the CSV itself', () => {
    const model = load(VALID_DIR);
    const p = model.places[0]!;
    const hostile = {
      ...model,
      places: [{ ...p, properties: { ...p.properties, name_en: '=cmd|calc' } }],
      placeById: new Map([[p.id, { ...p, properties: { ...p.properties, name_en: '=cmd|calc' } }]]),
    } as ArticleModel;
    const csv = toCSV(hostile, {
      places: hostile.places as never,
      mentions: [...model.mentionsByPlace.get(p.id)!],
      range: null,
    });
    const rows = csvParseRows(csv.slice(1));
    expect(rows[1]![CSV_COLUMNS.indexOf('name_en')]).toBe("'=cmd|calc");
  });
});
