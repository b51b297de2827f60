/**
 * Imports run one way (ARCHITECTURE.md): the libraries `src/carto/` and `src/static/` import no app
 * state, no view and not the live map; `src/model/` imports nothing above it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|svelte)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
/** Every relative import of a folder's files, as `src/`-relative paths. */
function imports(folder: string): { file: string; target: string }[] {
  return files(join(SRC, folder)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => ({
      file: relative(SRC, file),
      target: relative(SRC, resolve(file, '..', m[1]!)),
    })),
  );
}
const allowed = (folder: string, ok: RegExp) =>
  imports(folder)
    .filter((i) => !i.target.startsWith('..') && !ok.test(i.target))
    .map((i) => `${i.file} → ${i.target}`);

describe('import direction', () => {
  it('src/carto imports only src/model, itself and pure formatting', () => {
    expect(allowed('carto', /^(carto|model)\/|^ui\/format\.ts$|^languages\.ts$/)).toEqual([]);
  });
  it('src/static imports only src/carto, src/model, itself and pure formatting', () => {
    expect(allowed('static', /^(static|carto|model)\/|^ui\/format\.ts$|^languages\.ts$/)).toEqual([]);
  });
  // The live map's folder is for its users (the app, the embed's live chunk, export's handle, the
  // review page, the atlas); the libraries and the state beneath them never reach into it.
  it('the libraries, the model and the state never import src/map (the live map)', () => {
    const offenders = ['carto', 'static', 'model', 'state', 'collection'].flatMap((f) =>
      imports(f)
        .filter((i) => i.target.startsWith('map/'))
        .map((i) => `${i.file} → ${i.target}`),
    );
    expect(offenders).toEqual([]);
  });
});
