/** The cited point tables' reader (`scripts/gazetteer/source-csv.ts`). */
import { describe, expect, test } from 'vitest';
import { CSV_KIND, parseCsv } from '../../scripts/gazetteer/source-csv.ts';

describe('parseCsv', () => {
  test('quoted cells keep commas, doubled quotes and line breaks; CRLF ends a row', () => {
    const text =
      'id,name_en,source\r\na,"Tell Tamer, village","GeoNames ""id"" 123"\r\nb,Amuda,"two\nlines"\n';
    expect(parseCsv(text)).toEqual([
      { id: 'a', name_en: 'Tell Tamer, village', source: 'GeoNames "id" 123' },
      { id: 'b', name_en: 'Amuda', source: 'two\nlines' },
    ]);
  });

  test('a row with another number of cells than the header is left out; a last row without a newline is read', () => {
    expect(parseCsv('id,kind\nx\ny,town')).toEqual([{ id: 'y', kind: 'town' }]);
  });
});

describe('CSV_KIND', () => {
  test.each([
    ['city', 'city'],
    ['town (district seat)', 'town'],
    ['neighbourhood', 'neighbourhood'],
    ['border crossing', 'crossing'],
    ['facility (prison)', 'facility'],
    ['tripoint', null],
  ] as const)('%s → %s', (k, want) => expect(CSV_KIND(k)).toBe(want));
});
