import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { UNPARSEABLE_DIR, VALID_DIR } from '../fixtures/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

it('the CLI prints path: message per issue and exits 1 on an error', { timeout: 30_000 }, () => {
  const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', VALID_DIR, UNPARSEABLE_DIR], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  const lines = run.stdout.trim().split('\n');
  expect(lines[0]).toBe('valid: 0 error(s), 0 warning(s) - ok');
  expect(lines[1]).toMatch(/^unparseable-json\/passages\.json: not valid JSON \(.+\)$/);
  expect(lines[2]).toBe('unparseable-json: 1 error(s), 0 warning(s)');
});
