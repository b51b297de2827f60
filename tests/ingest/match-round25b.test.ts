/**
 * Matching rules from round 25, part B (issue 18): English units and their seat towns, and a
 * sentence-opening adverb before "the town of …", on made-up sentences from Peru, Romania, Vietnam and
 * Kenya (none a bench article's country). Points, boxes and populations are rough and illustrative
 * (test fixture, never shipped).
 */
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/ingest/match.ts';
import type { GazetteerEntry } from '../../src/ingest/types.ts';
import { e, unit, w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ENTRIES: GazetteerEntry[] = [
  e('peru', [], ['Peru'], 'country', [-75, -9.5], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  w('g-huaraz', [], ['Huaraz'], 'city', [-77.53, -9.53], 'PE', 120_000),
  e('romania', [], ['Romania'], 'country', [25, 46], { country: 'RO', bbox: [20.2, 43.6, 29.7, 48.3] }),
  w('g-sibiu', [], ['Sibiu'], 'city', [24.15, 45.79], 'RO', 150_000),
];
const UNITS: GazetteerEntry[] = [
  e('vietnam', [], ['Vietnam'], 'country', [106, 16], { country: 'VN', bbox: [102.1, 8.4, 109.5, 23.4] }),
  unit('u-nam-dinh', [], ['Nam Dinh'], 'VN', [105.9, 19.9, 106.6, 20.5]),
  w('g-nam-dinh', [], ['Nam Dinh'], 'city', [106.17, 20.42], 'VN', 190_000),
  unit('u-thai-binh', [], ['Thai Binh'], 'VN', [106.0, 20.2, 106.7, 20.7]),
  w('g-thai-binh', [], ['Thai Binh'], 'city', [106.34, 20.45], 'VN', 130_000),
  e('cambodia', [], ['Cambodia'], 'country', [105, 12.5], {
    country: 'KH',
    bbox: [102.3, 10.4, 107.6, 14.7],
  }),
  unit('u-kampong-cham', [], ['Kampong Cham'], 'KH', [105.0, 11.6, 106.0, 12.5]),
  w('g-kampong-cham', [], ['Kampong Cham'], 'city', [105.46, 12.0], 'KH', 60_000),
  unit('u-kratie', [], ['Kratie'], 'KH', [105.6, 12.0, 106.9, 13.3]),
  w('g-kratie', [], ['Kratie'], 'town', [106.02, 12.49], 'KH', 30_000),
  e('peru', [], ['Peru'], 'country', [-75, -9.5], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  unit('u-lima', [], ['Lima'], 'PE', [-77.9, -13.3, -75.5, -10.3]),
  w('g-lima', [], ['Lima'], 'city', [-77.03, -12.04], 'PE', 7_700_000),
  e('kenya', [], ['Kenya'], 'country', [38, 0.5], { country: 'KE', bbox: [33.9, -4.7, 41.9, 5] }),
  unit('u-nakuru', [], ['Nakuru'], 'KE', [35.6, -1.2, 36.6, 0.2]),
  w('g-nakuru', [], ['Nakuru'], 'city', [36.07, -0.28], 'KE', 300_000),
];
const ids = foundIn(buildIndex(UNITS, [], []));
const idsIn = (text: string) => ids(text, 'en').map((m) => `${m.text}=${m.id}`);

describe('round 25b: a unit and its seat town', () => {
  test('a bare seat name after "X province and in" is a unit too (Vietnam)', () => {
    expect(idsIn('In Vietnam, homes in Nam Dinh province and in Thai Binh were flooded.')).toContain(
      'Thai Binh=u-thai-binh',
    );
  });
  test('a bare seat name after "X province and in" is a unit too (Cambodia)', () => {
    expect(idsIn('In Cambodia, rice fields in Kampong Cham province and in Kratie were lost.')).toContain(
      'Kratie=u-kratie',
    );
  });
  test('two bare seat names listed, each read earlier as its unit, are the units (Vietnam)', () => {
    expect(
      idsIn(
        'Floods in Vietnam hit Nam Dinh province on Monday and Thai Binh province on Tuesday. The rice farms of Nam Dinh and Thai Binh were lost.',
      ).slice(-2),
    ).toEqual(['Nam Dinh=u-nam-dinh', 'Thai Binh=u-thai-binh']);
  });
  test('one seat name read earlier as its unit, listed with a city that was not, stays a city (Cambodia)', () => {
    expect(
      idsIn(
        'In Cambodia, the Mekong flooded Kratie province. Buses between Kratie and Kampong Cham stopped.',
      ).slice(-2),
    ).toEqual(['Kratie=g-kratie', 'Kampong Cham=g-kampong-cham']);
  });
  test('"the outskirts of X" is the city, not the unit named after it (Peru, Kenya)', () => {
    expect(idsIn('In Peru, water reached the outskirts of Lima on Monday.')).toContain(
      'outskirts of Lima=g-lima',
    );
    expect(idsIn('In Kenya, a dam burst on the outskirts of Nakuru.')).toContain(
      'outskirts of Nakuru=g-nakuru',
    );
  });
});

const found = foundIn(buildIndex(ENTRIES, [], []));
const unknown = (text: string) => found(text, 'en').filter((m) => m.id === null);

describe('round 25b: an adverb opening a sentence before "the town of …"', () => {
  test('"Downhill, the town of …" proposes no town named Downhill (Peru)', () => {
    expect(
      unknown('The river burst its banks above Huaraz. Downhill, the town of Carhuaz closed its school.').map(
        (m) => m.text,
      ),
    ).toEqual(['town of Carhuaz']);
  });
  test('"Downriver, the village of …" proposes no village named Downriver (Romania)', () => {
    expect(
      unknown('Snow cut the road to Sibiu. Downriver, the village of Rasinari lost power.').map(
        (m) => m.text,
      ),
    ).toEqual(['village of Rasinari']);
  });
  test('a name before ", the town of …" inside a sentence is still read by its apposition (Peru)', () => {
    expect(unknown('Rescuers reached Yungay, the town at the foot of the peak, on Monday.')).toEqual([
      { text: 'Yungay', id: null, kind: 'town' },
    ]);
  });
});

const SEAS: GazetteerEntry[] = [
  e('aegean_sea', [], ['Aegean Sea'], 'region', [25.4, 38.8]),
  e('caspian_sea', [], ['Caspian Sea'], 'region', [50.4, 41.9]),
  e('baltic_sea', [], ['Baltic Sea'], 'region', [17.8, 56.9]),
  e('red_sea', [], ['Red Sea'], 'region', [38, 21]),
  e('greece', [], ['Greece'], 'country', [22, 39], { country: 'GR' }),
  e('azerbaijan', [], ['Azerbaijan'], 'country', [47.5, 40.3], { country: 'AZ' }),
];
const seas = foundIn(buildIndex(SEAS, [], []));
const seaIds = (text: string) => seas(text, 'en').map((m) => `${m.text}=${m.id ?? m.kind}`);

describe('round 25b: a sea named without "Sea"', () => {
  test('"the Aegean off …" is the Aegean Sea (Greece)', () => {
    expect(seaIds('Two fishing boats from Greece sank in the Aegean off Lesbos.')).toContain(
      'Aegean=aegean_sea',
    );
  });
  test('"the Caspian, off …" is the Caspian Sea (Azerbaijan)', () => {
    expect(seaIds('Storms hit oil rigs in the Caspian, off Azerbaijan.')).toEqual([
      'Caspian=caspian_sea',
      'Azerbaijan=azerbaijan',
    ]);
  });
  test('"the Caspian coast" is the coast, not the sea', () => {
    expect(seaIds('Storms in Azerbaijan closed resorts on the Caspian coast.')).not.toContain(
      'Caspian=caspian_sea',
    );
  });
  test('a common word or another noun after the name is no sea', () => {
    expect(seaIds('Ministers of the Baltic states met in Greece.')).toEqual(['Greece=greece']);
    expect(seaIds('The Red Cross flew aid to Greece.')).toEqual(['Greece=greece']);
    expect(seaIds('Voters in Greece backed the Red, said one poll.')).toEqual(['Greece=greece']);
  });
});

const COMMA_UNITS: GazetteerEntry[] = [
  e('argentina', [], ['Argentina'], 'country', [-64, -34], {
    country: 'AR',
    bbox: [-73.6, -55.1, -53.6, -21.8],
  }),
  unit('u-mendoza', [], ['Mendoza'], 'AR', [-70.6, -37.6, -66.5, -32]),
  w('g-mendoza', [], ['Mendoza'], 'city', [-68.83, -32.89], 'AR', 880_000),
  e('mexico', [], ['Mexico'], 'country', [-102, 23], { country: 'MX', bbox: [-117.1, 14.5, -86.7, 32.7] }),
  unit('u-veracruz', [], ['Veracruz'], 'MX', [-98.7, 17.1, -93.6, 22.5]),
  w('g-veracruz', [], ['Veracruz'], 'city', [-96.13, 19.18], 'MX', 600_000),
];
const commaUnits = foundIn(buildIndex(COMMA_UNITS, [], []));
const unitIds = (text: string) => commaUnits(text, 'en').map((m) => `${m.text}=${m.id ?? m.kind}`);

describe('round 25b: "Place, Unit" closing a phrase', () => {
  test('"near Malargüe, Mendoza." is the province (Argentina)', () => {
    expect(unitIds('In Argentina, snow closed a pass near Malargüe, Mendoza.')).toContain(
      'Mendoza=u-mendoza',
    );
  });
  test('"in Tuxpan, Veracruz." is the Mexican state (Mexico)', () => {
    expect(unitIds('In Mexico, floods hit a port in Tuxpan, Veracruz.')).toContain('Veracruz=u-veracruz');
  });
  test('a name that goes on, or opens the sentence, keeps its reading', () => {
    expect(unitIds('Flights from Mexico to Veracruz, Tampico and Merida resumed.')).toContain(
      'Veracruz=g-veracruz',
    );
    expect(unitIds('Yesterday, Veracruz.')).toEqual(['Veracruz=g-veracruz']);
  });
});

const ORGS: GazetteerEntry[] = [
  e('peru', [], ['Peru'], 'country', [-75, -9.5], { country: 'PE', bbox: [-81.4, -18.4, -68.7, -0.04] }),
  w('g-lima', [], ['Lima'], 'city', [-77.03, -12.04], 'PE', 7_700_000),
  w('g-callao', [], ['Callao'], 'city', [-77.12, -12.05], 'PE', 800_000),
  w('g-ica', [], ['Ica'], 'city', [-75.73, -14.07], 'PE', 280_000),
  e('romania', [], ['Romania'], 'country', [25, 46], { country: 'RO', bbox: [20.2, 43.6, 29.7, 48.3] }),
  w('g-cluj', [], ['Cluj'], 'city', [23.6, 46.77], 'RO', 320_000),
  w('g-oradea', [], ['Oradea'], 'city', [21.92, 47.05], 'RO', 190_000),
];
const orgs = foundIn(buildIndex(ORGS, [], []));
const orgIds = (text: string) => orgs(text, 'en').map((m) => `${m.text}=${m.id ?? m.kind}`);

describe("round 25b: places listed inside an organisation's name", () => {
  test('"the Lima, Callao and Ica Railway" names no place (Peru)', () => {
    const read = orgIds('In Peru, the Lima, Callao and Ica Railway cut its fares.');
    expect(read).not.toContain('Lima=g-lima');
    expect(read).not.toContain('Callao=g-callao');
  });
  test('"the Cluj and Oradea Water Company" names no place, a list of towns still does (Romania)', () => {
    expect(orgIds('In Romania, the Cluj and Oradea Water Company raised prices.')).toEqual([
      'Romania=romania',
    ]);
    expect(orgIds('In Romania, the floods hit Cluj and Oradea on Monday.')).toEqual([
      'Romania=romania',
      'Cluj=g-cluj',
      'Oradea=g-oradea',
    ]);
  });
});
