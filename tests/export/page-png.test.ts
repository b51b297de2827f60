/** Which renderer may draw a PNG: the vector page stands for the live map only north up, flat, offline. */
import { describe, expect, it } from 'vitest';
import { pageRendererRefusal } from '../../src/export/page-png.ts';

describe('pageRendererRefusal', () => {
  it.each([
    [{ bearing: 0, pitch: 0, onlineStyle: false }, null],
    [{ bearing: 0.005, pitch: 0, onlineStyle: false }, null],
    [{ bearing: 12, pitch: 0, onlineStyle: false }, 'the map is rotated'],
    [{ bearing: -0.5, pitch: 0, onlineStyle: false }, 'the map is rotated'],
    [{ bearing: 0, pitch: 30, onlineStyle: false }, 'the map is tilted'],
    [{ bearing: 0, pitch: 0, onlineStyle: true }, 'an online tile style is in use'],
  ])('%j → %s', (view, why) => {
    expect(pageRendererRefusal(view)).toBe(why);
  });
});
