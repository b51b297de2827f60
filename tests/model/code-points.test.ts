/** Code-point addressing without an array of code points (issue 19.7). */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodePoints } from '../../src/model/code-points.ts';

const TEXTS = ['', 'abc', 'الحسكة', '🗺 map 🗺🗺 end', 'a\ud800b', '\udc00x', '😀', 'x😀'];

describe('CodePoints agrees with Array.from on every slice', () => {
  it.each(TEXTS.map((t) => [t]))('%j', (text) => {
    const cps = Array.from(text);
    const c = new CodePoints(text);
    expect(c.length).toBe(cps.length);
    for (let a = -2; a <= cps.length + 1; a++) {
      expect(c.at(a)).toBe(a >= 0 ? cps[a] : undefined);
      for (let b = -2; b <= cps.length + 2; b++) expect(c.slice(a, b)).toBe(cps.slice(a, b).join(''));
    }
    expect(c.slice(1)).toBe(cps.slice(1).join(''));
  });
});

describe('heap per byte of data', () => {
  it('an 8 MB article validates and builds within 4× its size (bench/memory.ts prints the figures)', () => {
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', resolve(import.meta.dirname, '../../bench/memory.ts'), '8'],
      { encoding: 'utf8' },
    );
    console.log(r.stdout.trim());
    expect(r.status, r.stderr).toBe(0);
    const ratio = Number(/peak seen \d+ MB \(([\d.]+)×\)/.exec(r.stdout)![1]);
    expect(ratio).toBeLessThanOrEqual(4);
  }, 60_000);
});
