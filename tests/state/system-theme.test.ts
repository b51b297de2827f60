import { afterEach, describe, expect, it, vi } from 'vitest';
import { DARK_QUERY, systemTheme } from '../../src/state/system-theme.ts';

describe('systemTheme', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is light where the browser cannot tell (no matchMedia)', () => {
    expect(systemTheme()).toBe('light');
  });

  it('follows prefers-color-scheme', () => {
    const asked: string[] = [];
    vi.stubGlobal('matchMedia', (q: string) => (asked.push(q), { matches: true }));
    expect(systemTheme()).toBe('dark');
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    expect(systemTheme()).toBe('light');
    expect(asked).toEqual([DARK_QUERY]);
  });
});
