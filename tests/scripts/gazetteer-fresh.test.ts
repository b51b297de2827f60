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
