import { describe, expect, it } from 'vitest';
import { OPENING_MAX_ZOOM } from '../../src/carto/camera.ts';
import { dimmedPlaces, openingCamera, selectionMove, shapeAfterResize } from '../../src/map/camera-plan.ts';
import type { PlaceFeature } from '../../src/model/types.ts';

const PAD = { top: 10, right: 20, bottom: 30, left: 40 };

describe('openingCamera', () => {
  it("app state's view wins, and the padding is not measured", () => {
    const cam = openingCamera({ center: [40.7, 36.5], zoom: 9 }, [40, 36, 41, 37], () => {
      throw new Error('measured');
    });
    expect(cam).toEqual({ center: [40.7, 36.5], zoom: 9 });
  });
  it('else the regional frame, padded, never closer than the opening zoom', () => {
    expect(openingCamera(null, [40, 36, 41, 37], () => PAD)).toEqual({
      bounds: [40, 36, 41, 37],
      fitBoundsOptions: { padding: PAD, maxZoom: OPENING_MAX_ZOOM },
    });
  });
  it("else MapLibre's default", () => expect(openingCamera(null, null, () => PAD)).toEqual({}));
});

describe('selectionMove', () => {
  it.each([
    ['map', ['a'], false, { kind: 'pan', id: 'a' }],
    ['map', ['a', 'b'], false, null],
    ['url', ['a'], true, null],
    ['url', ['a'], false, { kind: 'frame' }],
    ['text', ['a'], true, { kind: 'frame' }],
    ['list', ['a', 'b'], false, { kind: 'frame' }],
    ['timeline', ['a'], false, { kind: 'frame' }],
    ['host', ['a'], false, { kind: 'frame' }],
    ['text', [], false, null],
  ] as const)('from %s with %j (a URL view: %s)', (origin, sel, urlView, move) =>
    expect(selectionMove(origin, sel, urlView)).toEqual(move),
  );
});

describe('shapeAfterResize', () => {
  it('the first size sets the shape without a turn', () =>
    expect(shapeAfterResize(null, 390, 600)).toEqual({ landscape: false, turned: false }));
  it('portrait to landscape and back is a turn; a resize of the same shape is not', () => {
    expect(shapeAfterResize(false, 844, 390)).toEqual({ landscape: true, turned: true });
    expect(shapeAfterResize(true, 390, 844)).toEqual({ landscape: false, turned: true });
    expect(shapeAfterResize(true, 1280, 700)).toEqual({ landscape: true, turned: false });
  });
  it('an empty box changes nothing', () => {
    expect(shapeAfterResize(true, 0, 844)).toEqual({ landscape: true, turned: false });
    expect(shapeAfterResize(null, 390, 0)).toEqual({ landscape: null, turned: false });
  });
});

describe('dimmedPlaces', () => {
  const places = ['a', 'b', 'c'].map((id) => ({ id }) as PlaceFeature);
  it('every place the filter does not keep', () =>
    expect([...dimmedPlaces(places, new Set(['b']))]).toEqual(['a', 'c']));
  it('none without a filter', () => expect(dimmedPlaces(places, undefined).size).toBe(0));
});
