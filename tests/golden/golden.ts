/**
 * Golden images: a PNG the test draws, compared with the reviewed one in `tests/golden/images/`,
 * with a tolerance (pixelmatch: a pixel differs when its colour distance is above `threshold`; the
 * test fails when more than `maxDiffRatio` of the pixels differ, or the sizes differ).
 *
 * A mismatch writes `<name>-actual.png` and `<name>-diff.png` to `test-results/golden/`. After an
 * intended change to what readers see, refresh with `UPDATE_GOLDEN=1 npx vitest run tests/golden`
 * and look at the images before committing them; CI never sets UPDATE_GOLDEN (a run with CI set
 * refuses it), and a missing golden fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const GOLDEN_DIR = resolve(import.meta.dirname, 'images');
export const RESULTS_DIR = resolve(import.meta.dirname, '../../test-results/golden');

export interface GoldenOptions {
  /** pixelmatch's per-pixel colour threshold, 0–1 (default 0.1). */
  threshold?: number;
  /** Share of pixels allowed to differ (default 0.001: 0.1 %). */
  maxDiffRatio?: number;
  /** Where the goldens are (tests use a temporary folder). */
  dir?: string;
  /** Update instead of compare (default: `UPDATE_GOLDEN=1`, never with `CI` set). */
  update?: boolean;
}

export interface GoldenResult {
  ok: boolean;
  /** What happened, for the assertion message. */
  message: string;
  diffPixels?: number;
}

const updating = () => {
  if (process.env.UPDATE_GOLDEN !== '1') return false;
  if (process.env.CI) throw new Error('UPDATE_GOLDEN is never honoured in CI');
  return true;
};

/** Compares `png` with the golden `name` (or writes it when updating). */
export function matchGolden(name: string, png: Uint8Array, opts: GoldenOptions = {}): GoldenResult {
  const dir = opts.dir ?? GOLDEN_DIR;
  const file = join(dir, `${name}.png`);
  if (opts.update ?? updating()) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, png);
    return { ok: true, message: `wrote ${file}` };
  }
  const actual = PNG.sync.read(Buffer.from(png));
  const fail = (message: string, diff?: PNG, diffPixels?: number): GoldenResult => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, `${name}-actual.png`), png);
    if (diff) writeFileSync(join(RESULTS_DIR, `${name}-diff.png`), PNG.sync.write(diff));
    return { ok: false, message: `${name}: ${message} (see test-results/golden/)`, diffPixels };
  };
  if (!existsSync(file)) return fail(`no golden image ${file}: write it with UPDATE_GOLDEN=1 and review it`);
  const expected = PNG.sync.read(readFileSync(file));
  if (expected.width !== actual.width || expected.height !== actual.height)
    return fail(`size ${actual.width}×${actual.height}, golden ${expected.width}×${expected.height}`);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const n = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: opts.threshold ?? 0.1,
  });
  const allowed = Math.floor(actual.width * actual.height * (opts.maxDiffRatio ?? 0.001));
  if (n > allowed) return fail(`${n} pixels differ, ${allowed} allowed`, diff, n);
  return { ok: true, message: `${n} pixels differ, ${allowed} allowed`, diffPixels: n };
}
