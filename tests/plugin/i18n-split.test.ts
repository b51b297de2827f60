import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, column, isLaterKey, splitI18nModule } from '../../i18n-split.plugin.ts';
import { STRINGS } from '../../src/i18n.ts';

const SOURCE = readFileSync('src/i18n.ts', 'utf8');

describe('i18n-split (the build ships one language at a time)', () => {
  it('rewrites src/i18n.ts without any string of the table, loading each language as a chunk', () => {
    const out = splitI18nModule(SOURCE);
    expect(out).not.toContain(STRINGS.appName.ar as string);
    expect(out).not.toContain(STRINGS.exExport.en as string);
    for (const code of BUILT_IN) {
      expect(out).toContain(`import('virtual:atlas-strings-${code}')`);
      expect(out).toContain(`import('virtual:atlas-later-strings-${code}')`);
    }
    // The first view waits for its own strings only; loadStrings brings both parts.
    expect(out).toContain('export const stringsReady: Promise<void> = loadPart(first, columns[first]!);');
    expect(out).not.toContain('Promise.resolve()');
  });

  it('fails the build when the source no longer has the expected shape', () => {
    expect(() => splitI18nModule(SOURCE.replace('const strings = {', 'const table = {'))).toThrow(
      /strings table/,
    );
    expect(() => splitI18nModule(SOURCE.replace('  void lang;\n', ''))).toThrow(/loadStrings/);
    expect(() =>
      splitI18nModule(SOURCE.replace('stringsReady: Promise<void> = Promise', 'stringsReady = Promise')),
    ).toThrow(/stringsReady/);
  });

  it('each column has every key, plural forms included', () => {
    for (const code of BUILT_IN) {
      const col = column(STRINGS, code);
      expect(Object.keys(col)).toEqual(Object.keys(STRINGS));
      for (const [k, v] of Object.entries(col))
        expect(v, `${code}.${k}`).toEqual(STRINGS[k as keyof typeof STRINGS][code]);
    }
  });

  it("splits each column in two: the first view's strings and those of the parts loaded on first use", () => {
    for (const code of BUILT_IN) {
      const first = Object.keys(column(STRINGS, code, 'first'));
      const later = Object.keys(column(STRINGS, code, 'later'));
      expect(later.length).toBeGreaterThan(20);
      expect(first.filter((k) => later.includes(k))).toEqual([]);
      expect([...first, ...later].sort()).toEqual(Object.keys(STRINGS).sort());
    }
    expect(isLaterKey('exFormat')).toBe(true);
    expect(isLaterKey('shareCopy')).toBe(true);
    // The header's buttons are in the first view.
    expect(isLaterKey('exExport')).toBe(false);
    expect(isLaterKey('share')).toBe(false);
  });

  it('no file outside the parts loaded on first use shows a later string', () => {
    // Export, share, the atlas (its entry loads every string) and the embed (its own subset, built).
    const LAZY = /^src\/(export|share|atlas|embed|review)\//;
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|svelte)$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const later = Object.keys(STRINGS).filter(isLaterKey);
    const uses = files('src')
      .filter((f) => !LAZY.test(f) && f !== 'src/i18n.ts')
      .flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        return later.filter((k) => text.includes(`'${k}'`)).map((k) => `${f}: ${k}`);
      });
    expect(uses).toEqual([]);
  });
});
