import { describe, expect, it } from 'vitest';
import { isValidId } from '../../src/model/ids.ts';

describe('isValidId', () => {
  it.each([
    ['p1', true],
    ['al-hasakah', true],
    ['ghwayran_prison', true],
    ['A9', true],
    ['a'.repeat(80), true],
    ['a'.repeat(81), false],
    ['', false],
    ['-leading-dash', false],
    ['_leading', false],
    ['__proto__', false],
    ['constructor ', false],
    ['has space', false],
    ['dot.ted', false],
    ['slash/ed', false],
    ['عربي', false],
    ['p1\n', false],
  ])('%j → %s', (id, ok) => {
    expect(isValidId(id)).toBe(ok);
  });

  it('rejects non-strings', () => {
    for (const v of [undefined, null, 1, {}, ['p1']]) expect(isValidId(v)).toBe(false);
  });
});
