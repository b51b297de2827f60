import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { overlaps } from '../../src/model/time.ts';
import {
  eventsForPlace,
  eventsInRange,
  highlightedPassages,
  passageSegments,
  selectedPlaces,
  timeFilter,
} from '../../src/state/selectors.ts';

const { bundle } = readArticleFromDisk('geodata/hasakah-prison-us-statement-2022');
const model = buildModel(bundle!);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const none = { selectedPlace: null, selectedEvent: null };

describe('overlaps (half-open)', () => {
  it.each([
    [[0, 10], [10, 20], false],
    [[10, 20], [0, 10], false],
    [[0, 10], [9, 20], true],
    [[0, 10], [2, 3], true],
    [[5, 6], [0, 10], true],
  ] as const)('%o and %o → %s', (a, b, want) =>
    expect(overlaps({ start: a[0], end: a[1] }, { start: b[0], end: b[1] })).toBe(want),
  );
});

describe('selection selectors on the shipped article', () => {
  it('a selected place highlights the passages that mention it, in reading order, once each', () => {
    expect(highlightedPassages(model, { ...none, selectedPlace: 'northeast_syria' })).toEqual([
      'p01',
      'p02',
      'p08',
      'p15',
      'p17',
      'p18',
    ]);
    expect(highlightedPassages(model, { ...none, selectedPlace: 'geneva' })).toEqual(['p16']);
  });

  it('a selected event highlights its passages and selects its places', () => {
    const e = model.eventById.get('semalka_reopened')!;
    expect(highlightedPassages(model, { ...none, selectedEvent: e.id })).toEqual(e.passageIds);
    expect(selectedPlaces(model, { ...none, selectedEvent: e.id })).toEqual(e.placeIds);
  });

  it('nothing selected: nothing highlighted', () => {
    expect(highlightedPassages(model, none)).toEqual([]);
    expect(selectedPlaces(model, none)).toEqual([]);
  });

  it('a place links back to its events', () => {
    expect(eventsForPlace(model, 'semalka_crossing')).toEqual(
      expect.arrayContaining(['semalka_closed', 'semalka_reopened']),
    );
    expect(eventsForPlace(model, null)).toEqual([]);
  });
});

describe('time filter', () => {
  it('keeps events overlapping [start, end) only', () => {
    // 24 Jan is the reopening day; the closure period ends at 24 Jan 00:00, so it is out.
    const ids = eventsInRange(model, { start: day('2022-01-24'), end: day('2022-01-25') });
    expect(ids).toContain('semalka_reopened');
    expect(ids).not.toContain('semalka_closed_period');
    expect(ids).not.toContain('article_published');
    expect(ids).toContain('fy2022_funding_request');
  });

  it('derives places and passages from the kept events; null when no range', () => {
    expect(timeFilter(model, null)).toBeNull();
    const f = timeFilter(model, { start: day('2022-01-26'), end: day('2022-01-27') })!;
    expect([...f.events].sort()).toEqual(['fy2022_funding_request', 'sdf_full_control']);
    for (const id of model.eventById.get('sdf_full_control')!.placeIds) expect(f.places.has(id)).toBe(true);
  });
});

describe('passageSegments', () => {
  it('splits a passage into verbatim text and mention segments that rejoin to the passage', () => {
    for (const p of model.passages) {
      const segs = passageSegments(model, p.id);
      expect(segs.map((s) => s.text).join('')).toBe(model.codePoints.slice(p.start, p.end));
      const mentions = segs.filter((s) => s.kind === 'mention');
      expect(mentions.length).toBe(model.mentionsByPassage.get(p.id)?.length ?? 0);
    }
  });

  it('marks the prison mention in p03', () => {
    const seg = passageSegments(model, 'p03').find(
      (s) => s.kind === 'mention' && s.placeId === 'sinaa_prison',
    );
    expect(seg?.text).toBe('سجن الصناعة');
  });
});
