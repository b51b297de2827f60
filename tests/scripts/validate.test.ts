import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

it(
  'loses no output when piped: 10,000 issue lines and the summary, exit code 1 (issue 8.9)',
  { timeout: 60_000 },
  () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'aa-pipe-')), 'many');
    mkdirSync(dir);
    for (const f of readdirSync(VALID_DIR)) copyFileSync(join(VALID_DIR, f), join(dir, f));
    const meta = JSON.parse(readFileSync(join(VALID_DIR, 'article.json'), 'utf8')) as Record<string, unknown>;
    for (let i = 0; i < 10_000; i++) meta[`extra${i}`] = i;
    meta.id = 'many';
    meta.direction = 'sideways';
    writeFileSync(join(dir, 'article.json'), JSON.stringify(meta));
    // `spawnSync` reads stdout through a pipe, as `npm run validate | less` would.
    const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(10_002);
    expect(lines.filter((l) => l.startsWith('warning: many/meta.extra'))).toHaveLength(10_000);
    expect(lines.at(-1)).toBe('many: 1 error(s), 10000 warning(s)');
    expect(run.status).toBe(1);
  },
);
