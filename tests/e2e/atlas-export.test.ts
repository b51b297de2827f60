/**
 * The atlas view's export (issue 20.4): the Export menu loads the export code on first use and saves
 * the page with its key as SVG and PNG, or prints it (PDF), in English and Arabic.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { PNG } from 'pngjs';
import { SHOTS, expectClean, open, shot } from './harness.ts';
import { readTextChunks } from '../../src/export/png-chunks.ts';
import { seriousViolations } from './axe.ts';

/** The downloaded file's bytes (the browser is remote: saved through Playwright). */
async function bytes(d: Download): Promise<Buffer> {
  const file = join(mkdtempSync(join(tmpdir(), 'aa-atlas-export-')), d.suggestedFilename());
  await d.saveAs(file);
  return readFileSync(file);
}

describe('atlas export page', () => {
  it('loads on first use; SVG and PNG with the key; Print draws the page alone', async () => {
    const p = await open('atlas.html?lang=en');
    await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 20_000 });
    const scripts: string[] = [];
    p.page.on('request', (r) => scripts.push(r.url()));
    expect(scripts.filter((u) => /atlas-export/.test(u))).toEqual([]);
    await p.page.getByTestId('atlas-export').locator('summary').click();
    expect(await seriousViolations(p.page)).toEqual([]);
    await shot(p.page, 'atlas-export-menu-en');

    const [svgDownload] = await Promise.all([
      p.page.waitForEvent('download', { timeout: 30_000 }),
      p.page.getByTestId('atlas-export-svg').click(),
    ]);
    expect(scripts.some((u) => /atlas-export/.test(u))).toBe(true);
    expect(svgDownload.suggestedFilename()).toBe('article-atlas-en.svg');
    const svg = (await bytes(svgDownload)).toString('utf8');
    expect(svg).toContain('Article Atlas: every place of 2 articles');
    expect(svg).toContain('Places close together at this scale; the number is how many');
    expect(svg).toContain('A place; the larger the dot, the more articles report it');
    expect(svg).toContain('@font-face');
    expect(svg).toMatch(/class="atlas-marks"/);

    // The permalink is the view as it is when Export is pressed, also inside the URL writer's
    // 300 ms window (a second change waits for the window's end before it reaches the address bar).
    const [latest] = await Promise.all([
      p.page.waitForEvent('download', { timeout: 30_000 }),
      p.page.evaluate(async () => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="atlas-search"]')!;
        const type = (v: string) => {
          input.value = v;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        };
        type('Ha');
        await new Promise((r) => setTimeout(r, 60));
        type('Hasakah');
        document.querySelector<HTMLButtonElement>('[data-testid="atlas-export-svg"]')!.click();
      }),
    ]);
    const linked = /name="Permalink">([^<]*)</.exec((await bytes(latest)).toString('utf8'))?.[1];
    expect(linked).toMatch(/atlas\.html\?.*q=Hasakah$/);
    await p.page.getByTestId('atlas-search').fill('');

    const [pngDownload] = await Promise.all([
      p.page.waitForEvent('download', { timeout: 30_000 }),
      p.page.getByTestId('atlas-export-png').click(),
    ]);
    const png = await bytes(pngDownload);
    writeFileSync(`${SHOTS}/atlas-export-page-en.png`, png);
    const img = PNG.sync.read(png);
    expect([img.width, img.height]).toEqual([1754, 1240]);
    expect(readTextChunks(new Uint8Array(png)).get('Title')).toBe('Article Atlas: every place of 2 articles');

    await p.page.evaluate(() => {
      window.print = () => {
        const img = document.querySelector<HTMLImageElement>('.atlas-print-page img');
        document.body.dataset.printed = String(
          !!img && img.naturalWidth > 0 && document.documentElement.classList.contains('atlas-printing'),
        );
      };
    });
    await p.page.getByTestId('atlas-export-pdf').click();
    await p.page.locator('body[data-printed]').waitFor({ timeout: 30_000 });
    expect(await p.page.evaluate(() => document.body.dataset.printed)).toBe('true');
    expect(await p.page.locator('.atlas-print-page').count()).toBe(0);
    expectClean(p);
  });

  it('in Arabic the page is right to left with the Arabic key', async () => {
    const p = await open('atlas.html?lang=ar&theme=dark');
    await p.page.locator('[data-testid="atlas"][data-ready="true"]').waitFor({ timeout: 20_000 });
    await p.page.getByTestId('atlas-export').locator('summary').click();
    const [d] = await Promise.all([
      p.page.waitForEvent('download', { timeout: 30_000 }),
      p.page.getByTestId('atlas-export-svg').click(),
    ]);
    const svg = (await bytes(d)).toString('utf8');
    expect(svg).toContain('direction="rtl"');
    expect(svg).toContain('أماكن متقاربة بهذا المقياس؛ الرقم عددها');
    await shot(p.page, 'atlas-export-menu-ar-dark');
    expectClean(p);
  });
});
