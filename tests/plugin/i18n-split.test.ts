import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, column, splitI18nModule } from '../../i18n-split.plugin.ts';
import { STRINGS } from '../../src/i18n.ts';

const SOURCE = readFileSync('src/i18n.ts', 'utf8');

describe('i18n-split (the build ships one language at a time)', () => {
  it('rewrites src/i18n.ts without any string of the table, loading each language as a chunk', () => {
    const out = splitI18nModule(SOURCE);
    expect(out).not.toContain(STRINGS.appName.ar as string);
    expect(out).not.toContain(STRINGS.exExport.en as string);
    for (const code of BUILT_IN) expect(out).toContain(`import('virtual:atlas-strings-${code}')`);
    expect(out).toContain('export const stringsReady: Promise<void> = loadStrings(');
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
});
