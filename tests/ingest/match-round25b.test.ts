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
const found = foundIn(buildIndex(ENTRIES, [], []));
const unknown = (text: string) => found(text, 'en').filter((m) => m.id === null);

describe('round 25b: an adverb opening a sentence before "the town of …"', () => {
  test('"Downhill, the town of …" proposes no town named Downhill (Peru)', () => {
    expect(
      unknown('The river burst its banks above Huaraz. Downhill, the town of Carhuaz closed its school.').map((m) => m.text),
    ).toEqual(['town of Carhuaz']);
  });
  test('"Downriver, the village of …" proposes no village named Downriver (Romania)', () => {
    expect(
      unknown('Snow cut the road to Sibiu. Downriver, the village of Rasinari lost power.').map((m) => m.text),
    ).toEqual(['village of Rasinari']);
  });
  test('a name before ", the town of …" inside a sentence is still read by its apposition (Peru)', () => {
    expect(unknown('Rescuers reached Yungay, the town at the foot of the peak, on Monday.')).toEqual([
      { text: 'Yungay', id: null, kind: 'town' },
    ]);
  });
});
