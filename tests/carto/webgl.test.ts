/** The live map's edge arrow icon is the static renderer's dart (one shape, `ARROW_DART`). */
import { describe, expect, it } from 'vitest';
import { ARROW_DART, arrowImage } from '../../src/carto/webgl.ts';
import { ARROW_PATH } from '../../src/static/labels.ts';

const alphaAt = (img: ReturnType<typeof arrowImage>, x: number, y: number) =>
  img.data[(y * img.width + x) * 4 + 3]!;

describe('arrowImage', () => {
  const img = arrowImage(32);
  it('draws the dart: tip and both tail barbs inside, the notch between them outside', () => {
    expect(alphaAt(img, 16, 8)).toBeGreaterThan(192); // near the tip
    expect(alphaAt(img, 16 - 5, 21)).toBeGreaterThan(192); // left barb
    expect(alphaAt(img, 16 + 4, 21)).toBeGreaterThan(192); // right barb
    expect(alphaAt(img, 16, 24)).toBeLessThan(192); // the notch (a triangle would fill it)
    expect(alphaAt(img, 2, 2)).toBe(0);
  });
  it('is the same shape as the static renderer path', () => {
    expect(ARROW_PATH).toBe('M0 -12L9 10L0 4.5L-9 10Z');
    expect(ARROW_DART).toHaveLength(4);
  });
});
