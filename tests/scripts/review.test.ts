import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

it(
  'npm run review looks for the article where the page reads it (AA_REVIEW_GEODATA), exit 2 when absent',
  { timeout: 30_000 },
  () => {
    const geodata = mkdtempSync(join(tmpdir(), 'aa-review-cli-'));
    try {
      const run = spawnSync('npx', ['tsx', 'scripts/review.ts', 'no-such-article', '--no-open'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, AA_REVIEW_GEODATA: geodata },
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`no article folder ${join(geodata, 'no-such-article')}/`);
      expect(run.stderr).toContain('npm run ingest');
    } finally {
      rmSync(geodata, { recursive: true, force: true });
    }
  },
);
