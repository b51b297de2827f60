import { describe, expect, test } from 'vitest';
import { populatedPlaceNames } from '../../scripts/gazetteer/ne-populated.ts';

// Made-up records shaped like Natural Earth's (round 25b).
describe('populatedPlaceNames', () => {
  test("a seat city's second record under its unit's name keeps only the city's English name", () => {
    expect(
      populatedPlaceNames([
        { NAME: 'Cuzco', NAMEASCII: 'Cuzco', NAME_EN: 'Cuzco', ADM1NAME: 'Cusco' },
        { NAME: 'Cusco', NAMEASCII: 'Cusco', NAME_EN: 'Cuzco', ADM1NAME: 'Cusco' },
      ]),
    ).toEqual([['Cuzco'], ['Cuzco']]);
  });
  test('a seat city named like its unit, with no other record, keeps the name', () => {
    expect(
      populatedPlaceNames([
        { NAME: 'Al Mafraq', NAMEASCII: 'Al Mafraq', NAME_EN: 'Mafraq', ADM1NAME: 'Al Mafraq' },
      ]),
    ).toEqual([['Al Mafraq', 'Mafraq']]);
  });
  test('a missing NAME_EN or NAMEASCII falls back to NAME', () => {
    expect(
      populatedPlaceNames([{ NAME: 'Arequipa', NAMEASCII: null, NAME_EN: null, ADM1NAME: 'Arequipa' }]),
    ).toEqual([['Arequipa']]);
  });
});
