import { describe, expect, it } from 'vitest';
import { shortLabel } from '../../src/carto/short-label.ts';

describe('shortLabel', () => {
  it.each([
    ['Al-Hasakah (city)', 'Al-Hasakah'],
    ['Semalka border crossing (Semalka–Faysh Khabur)', 'Semalka border crossing'],
    ['غويران', 'غويران'],
    ['(only)', '(only)'],
  ])('%s → %s', (a, b) => expect(shortLabel(a)).toBe(b));
});
