/**
 * Matching rules from round 29, part B (issue 18), English: a month or a weekday is never a name
 * listed with places (`listedWithPlaces`); a place that opens "… Water System" or closes "the Electric
 * Reliability Council of X" is the organisation's (`withoutOrgNames`).
 * Names are made up, never a fixture's.
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

/** Real countries; the units and towns are made up (points illustrative). */
const ENTRIES: GazetteerEntry[] = [
  e('norway', [], ['Norway'], 'country', [10, 62], { country: 'NO', bbox: [4.6, 58, 31, 71.2] }),
  e('germany', [], ['Germany'], 'country', [10.4, 51.1], { country: 'DE', bbox: [5.9, 47.3, 15, 55] }),
  e('chile', [], ['Chile'], 'country', [-71, -30], { country: 'CL', bbox: [-75.6, -56, -66.4, -17.5] }),
  e('peru', [], ['Peru'], 'country', [-75, -9], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  e('kenya', [], ['Kenya'], 'country', [37.9, 0.2], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  unit('ne-varenca', [], ['Varenca'], 'CL', [-72, -36, -70, -34]),
  w('g-pelquen', [], ['Pelquen'], 'city', [-71, -35], 'CL', 300_000),
  w('g-narumo', [], ['Narumo'], 'city', [36.8, -1.3], 'KE', 900_000),
];

const found = foundIn(buildIndex(ENTRIES, []));

describe('a month or a weekday is no name listed with places', () => {
  test('"In mid-August, Norway and Germany" (Europe)', () => {
    const got = found('In mid-August, Norway and Germany suspended their payments to the fund.', 'en');
    expect(got.map((m) => m.text)).toEqual(['Norway', 'Germany']);
  });
  test('"by late March, Chile and Peru" (South America)', () => {
    const got = found('By late-March, Chile and Peru had closed the border crossings.', 'en');
    expect(got.map((m) => m.text)).toEqual(['Chile', 'Peru']);
  });
});

describe('a place inside an organisation’s name', () => {
  test('"the Pelquen Water System" (Chile)', () => {
    const got = found(
      'Pipes burst in Pelquen, Chile, and the Pelquen Water System urged customers to save water.',
      'en',
    );
    expect(got.map((m) => m.text)).toEqual(['Pelquen', 'Chile']);
  });
  test('"the Electric Reliability Council of Varenca" (Chile)', () => {
    const got = found(
      'Snow fell across Varenca, and the Electric Reliability Council of Varenca ordered power cuts.',
      'en',
    );
    expect(got.map((m) => m.text)).toEqual(['Varenca']);
  });
  test('"the Water Services Board of Narumo" (Kenya)', () => {
    const got = found('Taps ran dry in Narumo as the Water Services Board of Narumo cut supply.', 'en');
    expect(got.map((m) => m.text)).toEqual(['Narumo']);
  });
});
