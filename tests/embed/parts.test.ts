import { describe, expect, it } from 'vitest';
import { liveAction, type LiveInputs } from '../../src/embed/lifecycle.ts';
import { routeMessage } from '../../src/embed/host.ts';
import { placeAt } from '../../src/embed/poster.ts';
import type { PlaceFeature } from '../../src/model/types.ts';

const base: LiveInputs = {
  webgl: true,
  interactive: undefined,
  activated: false,
  near: true,
  live: false,
  loading: false,
};

describe('liveAction', () => {
  it.each<[Partial<LiveInputs>, ReturnType<typeof liveAction>]>([
    [{}, 'none'], // no click yet, interactive not asked
    [{ activated: true }, 'start'],
    [{ interactive: true }, 'start'],
    [{ interactive: true, near: false }, 'none'],
    [{ interactive: true, loading: true }, 'none'],
    [{ interactive: false, activated: true }, 'none'],
    [{ webgl: false, activated: true }, 'none'],
    [{ live: true, near: false, activated: true }, 'stop'],
    [{ live: true, near: true, activated: true }, 'none'],
  ])('%j → %s', (over, want) => {
    expect(liveAction({ ...base, ...over })).toBe(want);
  });
});

describe('routeMessage', () => {
  const ctx = { placeIds: new Set(['geneva']), eventIds: new Set<string>() };
  const ok = 'https://news.example';
  it.each([
    [{ atlas: 'visibility', near: true }, 'https://evil.example', { kind: 'visibility', near: true }],
    [
      { atlas: 'select-place', place: 'geneva' },
      ok,
      { kind: 'apply', command: { atlas: 'select-place', place: 'geneva' } },
    ],
    [{ atlas: 'select-place', place: 'geneva' }, 'https://evil.example', { kind: 'count', key: 'untrusted' }],
    [{ atlas: 'select-place', place: 'nowhere' }, ok, { kind: 'count', key: 'rejected' }],
    [{ hello: 1 }, ok, { kind: 'count', key: 'ignored' }],
  ])('%j from %s', (data, origin, want) => {
    expect(routeMessage(data, origin, [ok], ctx)).toMatchObject(want);
  });

  it('ignores commands before the article is known', () => {
    expect(routeMessage({ atlas: 'reset' }, ok, [ok], null)).toBeNull();
  });
});

describe('placeAt', () => {
  const pt = (id: string, x: number, y: number): PlaceFeature =>
    ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [x, y] },
      properties: {},
    }) as PlaceFeature;
  const places = [pt('a', 10, 10), pt('b', 30, 10)];
  const project = (p: [number, number]) => p;
  it.each([
    [12, 10, 'a'],
    [27, 12, 'b'],
    [20, 10, 'a'],
    [100, 100, null],
  ])('(%d, %d) → %s', (x, y, want) => {
    expect(placeAt(places, project, x, y)).toBe(want);
  });
});
