import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { validateBundle } from '../../src/model/validate.ts';
import { applyPatch, validBundle } from '../fixtures/fixtures.ts';

describe('buildModel on the valid fixture', () => {
  const bundle = validBundle();
  const model = buildModel(bundle);

  it('indexes records by id', () => {
    expect([...model.placeById.keys()]).toEqual(['ulaanbaatar', 'tuv']);
    expect([...model.passageById.keys()]).toEqual(['p1', 'p2']);
    expect([...model.eventById.keys()]).toEqual(['e-opening', 'e-statement', 'e-season']);
  });

  it('slices the text by code points', () => {
    expect(model.codePoints.at(0)).toBe('🗺');
    expect(model.codePoints.slice(52, 63)).toBe('Ulaanbaatar');
  });

  it('lists mentions per place and per passage in text order', () => {
    expect(model.mentionsByPlace.get('ulaanbaatar')?.map((m) => m.id)).toEqual(['m1', 'm3']);
    expect(model.mentionsByPassage.get('p2')?.map((m) => m.id)).toEqual(['m2', 'm3']);
  });

  it('sorts mentions into text order even when the file is not', () => {
    const shuffled = applyPatch(bundle, []);
    (shuffled.mentions as unknown[]).reverse();
    expect(validateBundle(shuffled)).toEqual([]);
    expect(
      buildModel(shuffled)
        .mentionsByPlace.get('ulaanbaatar')
        ?.map((m) => m.id),
    ).toEqual(['m1', 'm3']);
  });

  it('lists the passages mentioning a place once each, in reading order', () => {
    expect(model.passagesByPlace.get('ulaanbaatar')).toEqual(['p1', 'p2']);
    expect(model.passagesByPlace.get('tuv')).toEqual(['p2']);
  });

  it('lists events per place and per passage', () => {
    expect(model.eventsByPlace.get('tuv')).toEqual(['e-opening']);
    expect(model.eventsByPlace.get('ulaanbaatar')).toEqual(['e-statement']);
    expect(model.eventsByPassage.get('p1')).toEqual(['e-opening', 'e-statement']);
    expect(model.eventsByPassage.get('p2')).toEqual(['e-opening', 'e-season']);
  });

  it('parses each event span', () => {
    expect(model.eventSpan.get('e-statement')).toEqual({
      start: Date.parse('2022-01-24T02:00:00Z'),
      end: Date.parse('2022-01-24T03:00:00Z'),
    });
    expect(model.eventSpan.get('e-season')).toEqual({
      start: Date.parse('2021-04-01T00:00:00Z'),
      end: Date.parse('2021-11-01T00:00:00Z'),
    });
  });

  it('freezes the model deeply', () => {
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.places[0]?.geometry)).toBe(true);
    expect(Object.isFrozen(model.mentions[0]?.selector[1])).toBe(true);
    expect(Object.isFrozen(model.mentionsByPlace.get('tuv'))).toBe(true);
    expect(Object.isFrozen(model.eventSpan.get('e-opening'))).toBe(true);
    expect(() => {
      (model.passages[0] as { start: number }).start = 0;
    }).toThrow(TypeError);
  });

  it('leaves the input bundle unfrozen', () => {
    expect(Object.isFrozen(bundle.passages)).toBe(false);
  });
});

describe('buildModel with proposals (contract 4)', () => {
  const bundle = applyPatch(validBundle(), [
    { op: 'replace', path: '/places/features/1/geometry', value: null },
    { op: 'add', path: '/places/features/1/properties/status', value: 'proposed' },
    { op: 'add', path: '/places/features/1/properties/proposal', value: { rule: 'cue-word' } },
    { op: 'add', path: '/events/2/status', value: 'proposed' },
    { op: 'add', path: '/events/2/proposal', value: { rule: 'date' } },
  ]);

  it('the bundle has warnings only', () => {
    expect(validateBundle(bundle).map((i) => i.severity)).toEqual(['warning', 'warning']);
  });

  const model = buildModel(bundle);

  it('keeps a place without geometry out of the drawn places, listed as unplaced with its mentions', () => {
    expect(model.places.map((p) => p.id)).toEqual(['ulaanbaatar']);
    expect([...model.placeById.keys()]).toEqual(['ulaanbaatar']);
    expect(model.unplaced.map((p) => p.id)).toEqual(['tuv']);
    expect(model.mentions.map((m) => m.id)).toEqual(['m1', 'm3']);
    expect(model.mentionsByPlace.has('tuv')).toBe(false);
    expect(model.unplacedMentions.map((m) => m.id)).toEqual(['m2']);
  });

  it('counts the proposals, so the app can show a draft badge', () => {
    expect(model.proposals).toBe(2);
    expect(buildModel(validBundle()).proposals).toBe(0);
  });
});

describe('ids are data, never object keys', () => {
  it('places named like Object.prototype members are indexed like any other', () => {
    const bundle = applyPatch(validBundle(), [
      { op: 'replace', path: '/places/features/1/id', value: 'constructor' },
      { op: 'replace', path: '/mentions/1/placeId', value: 'constructor' },
      { op: 'replace', path: '/events/0/placeIds/0', value: 'constructor' },
    ]);
    expect(validateBundle(bundle)).toEqual([]);
    const model = buildModel(bundle);
    expect(model.placeById.get('constructor')?.properties.name_en).toBe('Tuv Province');
    expect(model.mentionsByPlace.get('constructor')?.map((m) => m.id)).toEqual(['m2']);
    expect(model.eventsByPlace.get('constructor')).toEqual(['e-opening']);
    expect(model.placeById.get('toString')).toBeUndefined();
    expect(({} as Record<string, unknown>).selected).toBeUndefined();
  });
});
