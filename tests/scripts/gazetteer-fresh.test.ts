/**
 * The shipped gazetteer is what its build script writes from the committed sources: a change to the
 * script or to `withWorld` that is not followed by `npm run build:gazetteer` fails here (it had drifted
 * once: rounds 7–10's Arabic country names were missing from the shipped file).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

test('geodata/gazetteer.json equals a fresh `npm run build:gazetteer`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-gazetteer-'));
  try {
    const out = join(dir, 'gazetteer.json');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-gazetteer.ts', '--out', out], {
      stdio: 'pipe',
    });
    expect(readFileSync(out, 'utf8') === readFileSync('geodata/gazetteer.json', 'utf8')).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

test('every shipped gazetteer place states a positive precision and a point (a place drawn from it must validate)', () => {
  const gaz = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as {
    entries: { id: string; precision_m: number; point: [number, number] }[];
  };
  const bad = gaz.entries.filter((e) => !(e.precision_m > 0) || !e.point.every((v) => Number.isFinite(v)));
  expect(bad.map((e) => `${e.id}: precision_m ${e.precision_m}`)).toEqual([]);
});

test('every shipped country carries its ISO code, a reviewed one too (it anchors the places a text names in it)', () => {
  const gaz = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as {
    entries: { id: string; kind: string; country?: string }[];
  };
  expect(gaz.entries.filter((e) => e.kind === 'country' && !e.country).map((e) => e.id)).toEqual([]);
});
