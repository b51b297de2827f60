import { describe, expect, it } from 'vitest';
import { classifyMapError } from '../../src/carto/map-errors.ts';

describe('classifyMapError', () => {
  it.each([
    [
      'a tile answering 500',
      { error: { message: 'Internal Server Error', status: 500 }, sourceId: 'basemap', tile: {} },
      'tile',
    ],
    [
      'a tile that is not a tile (HTML)',
      { error: { message: 'Unimplemented type: 3' }, sourceId: 'basemap' },
      'tile',
    ],
    [
      'a failed tile URL without source',
      { error: { message: 'x', url: 'http://h/tiles/5/1/2.pbf' } },
      'tile',
    ],
    ['the style itself', { error: { message: 'Failed to load style' } }, 'style'],
    ['anything else', { error: { message: 'boom' } }, 'other'],
  ])('%s → %s', (_, e, kind) => expect(classifyMapError(e)).toBe(kind));
});
