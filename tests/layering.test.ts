/**
 * Imports run one way: the model and the app state store interface strings as keys and values and
 * never render them, so nothing under src/model/ or src/state/ imports a value from the strings
 * (`src/i18n.ts`, `src/i18n-core.ts`); a key may be imported as a type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|svelte)$/.test(f))
    .map((f) => join(dir, f));

describe('model and state import no interface strings', () => {
  it.each([...files('model'), ...files('state')])('%s', (file) => {
    const src = readFileSync(join(SRC, file), 'utf8');
    const valueImports = [...src.matchAll(/^import\s+(?!type\b)([^;]*?)from\s+'([^']+)'/gms)]
      .filter((m) => /\/i18n(-core)?\.ts$/.test(m[2]!))
      .map((m) => m[0]);
    expect(valueImports).toEqual([]);
  });
});
