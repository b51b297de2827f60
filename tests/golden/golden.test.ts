import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { matchGolden, RESULTS_DIR } from './golden.ts';
import { rtlAnchorsForResvg } from '../../src/embed/card-node.ts';

const dir = mkdtempSync(join(tmpdir(), 'golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A w×h PNG, grey, with the pixels of `paint` in red. */
function png(w: number, h: number, paint: (x: number, y: number) => boolean = () => false): Uint8Array {
  const p = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      const red = paint(x, y);
      p.data[i] = red ? 220 : 200;
      p.data[i + 1] = red ? 30 : 200;
      p.data[i + 2] = red ? 30 : 200;
      p.data[i + 3] = 255;
    }
  return PNG.sync.write(p);
}

describe('matchGolden', () => {
  it('writes the golden when updating, then the same image matches', () => {
    expect(matchGolden('same', png(100, 100), { dir, update: true }).ok).toBe(true);
    expect(matchGolden('same', png(100, 100), { dir, update: false })).toMatchObject({
      ok: true,
      diffPixels: 0,
    });
  });

  it('tolerates a few differing pixels, fails beyond, and writes the actual and a diff image', () => {
    matchGolden('drift', png(100, 100), { dir, update: true });
    expect(
      matchGolden(
        'drift',
        png(100, 100, (x, y) => x < 3 && y < 3),
        { dir, update: false },
      ).ok,
    ).toBe(true);
    const r = matchGolden(
      'drift',
      png(100, 100, (x, y) => x < 20 && y < 20),
      { dir, update: false },
    );
    expect(r.ok).toBe(false);
    expect(r.diffPixels).toBe(400);
    expect(r.message).toMatch(/400 pixels differ, 10 allowed/);
    expect(existsSync(join(RESULTS_DIR, 'drift-actual.png'))).toBe(true);
    expect(PNG.sync.read(readFileSync(join(RESULTS_DIR, 'drift-diff.png'))).width).toBe(100);
  });

  it('fails on another size, and on a missing golden', () => {
    matchGolden('sized', png(100, 100), { dir, update: true });
    expect(matchGolden('sized', png(100, 90), { dir, update: false }).message).toMatch(
      /size 100×90, golden 100×100/,
    );
    expect(matchGolden('nowhere', png(10, 10), { dir, update: false }).message).toMatch(/no golden image/);
  });

  it('never updates in CI', () => {
    const env = { ...process.env };
    process.env.UPDATE_GOLDEN = '1';
    process.env.CI = 'true';
    try {
      expect(() => matchGolden('ci', png(10, 10), { dir })).toThrow(/never honoured in CI/);
    } finally {
      process.env.UPDATE_GOLDEN = env.UPDATE_GOLDEN;
      process.env.CI = env.CI;
      if (env.UPDATE_GOLDEN === undefined) delete process.env.UPDATE_GOLDEN;
      if (env.CI === undefined) delete process.env.CI;
    }
  });
});

describe('rtlAnchorsForResvg', () => {
  it.each([
    ['<text x="1" direction="rtl" text-anchor="start">', '<text x="1" direction="rtl" text-anchor="end">'],
    ['<text direction="rtl" text-anchor="end">', '<text direction="rtl" text-anchor="start">'],
    ['<text direction="rtl">', '<text text-anchor="end" direction="rtl">'],
    ['<text direction="rtl" text-anchor="middle">', '<text direction="rtl" text-anchor="middle">'],
    ['<text direction="ltr" text-anchor="start">', '<text direction="ltr" text-anchor="start">'],
  ])('%s → %s', (tag, want) => expect(rtlAnchorsForResvg(`${tag}نص</text>`)).toBe(`${want}نص</text>`));
});
