/**
 * The share & embed dialog (issue 9.6) in the built app: the permalink and snippet describe the
 * current view, copy works with the clipboard and falls back to selecting the text without it, the
 * live preview is our embed, keyboard reachable, axe clean, nothing leaves the origin, CSP holds.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, baseUrl, expectClean, open, shot } from './harness.ts';
import { seriousViolations } from './axe.ts';

const Q = 'lang=en&place=sinaa_prison';

async function cspViolations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

/** The article is loaded (the dialog needs the model, not the map's WebGL `idle`). */
const loaded = (page: Page) => page.getByTestId('share-open').waitFor({ timeout: 30_000 });

async function openDialog(page: Page): Promise<void> {
  await page.getByTestId('share-open').click();
  await page.getByTestId('share-dialog').waitFor({ state: 'visible' });
}

describe('share & embed dialog', () => {
  it('offers the permalink, the iframe and the host script for the current view, with a live preview', async () => {
    const p = await open(`?${Q}`, { viewport: DESKTOP });
    await loaded(p.page);
    await cspViolations(p.page);
    await openDialog(p.page);
    const link = await p.page.getByTestId('share-link').inputValue();
    expect(new URL(link).searchParams.get('place')).toBe('sinaa_prison');
    expect(new URL(link).origin).toBe(new URL(baseUrl()).origin);
    const snippet = await p.page.getByTestId('share-embed').inputValue();
    expect(snippet).toMatch(/^<iframe title="Map: [^"]+" src="[^"]+\/embed\.html\?[^"]*place=sinaa_prison/);
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-popups');
    expect(await p.page.getByTestId('share-script').inputValue()).toMatch(
      /<script src="[^"]+\/embed\.js" defer><\/script>/,
    );
    const frame = p.page.frameLocator('[data-testid="share-preview"]');
    await frame.locator('#embed[data-state="poster"]').waitFor({ timeout: 20_000 });
    expect(await frame.locator('.quote h2').textContent()).toContain("al-Sina'a");
    // The preview sizes itself from the embed's own height message: the frame is as tall as the embed.
    const previewHeight = () =>
      p.page.getByTestId('share-preview').evaluate((f) => Math.round(f.getBoundingClientRect().height));
    const embedHeight = () =>
      frame.locator('#embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await previewHeight()) - (await embedHeight())))
      .toBeLessThanOrEqual(2);
    expect(await previewHeight()).toBeGreaterThan(300);
    expect(await seriousViolations(p.page, '[data-testid="share-dialog"]')).toEqual([]);
    await shot(p.page, 'share-dialog-en');
    expect(await p.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expectClean(p);
  });

  it('copies with the clipboard when allowed, and selects the text when not', async () => {
    const p = await open(`?${Q}`);
    await loaded(p.page);
    await openDialog(p.page);
    // No permission: writeText is refused, the text is selected for Ctrl+C and the reader is told.
    await p.page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await p.page.getByTestId('share-copy-embed').click();
    await expect.poll(() => p.page.getByRole('status').count()).toBe(1);
    const sel = await p.page
      .getByTestId('share-embed')
      .evaluate((a: HTMLTextAreaElement) => [
        a.selectionStart,
        a.selectionEnd,
        a.value.length,
        document.activeElement === a,
      ]);
    expect(sel).toEqual([0, sel[2], sel[2], true]);
    // Allowed: the text lands on the clipboard.
    expectClean(p);
    await p.context.close();
    const q2 = await open(`?${Q}`);
    await q2.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl()).origin,
    });
    await loaded(q2.page);
    await openDialog(q2.page);
    await q2.page.getByTestId('share-copy-link').click();
    await expect.poll(() => q2.page.getByTestId('share-status').textContent()).toContain('Copied');
    expect(await q2.page.evaluate(() => navigator.clipboard.readText())).toBe(
      await q2.page.getByTestId('share-link').inputValue(),
    );
    expectClean(q2);
  });

  it('is reachable and usable with the keyboard, and Escape returns focus to its button', async () => {
    const p = await open(`?${Q}`);
    await loaded(p.page);
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await p.page.keyboard.press('Tab');
      found = await p.page.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'share-open',
      );
    }
    expect(found).toBe(true);
    await p.page.keyboard.press('Enter');
    await p.page.getByTestId('share-dialog').waitFor({ state: 'visible' });
    expect(await p.page.evaluate(() => document.activeElement?.id)).toBe('share-link');
    await p.page.keyboard.press('Tab');
    expect(await p.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'share-copy-link',
    );
    await p.page.keyboard.press('Escape');
    await p.page.getByTestId('share-dialog').waitFor({ state: 'hidden' });
    expect(await p.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'share-open',
    );
    expectClean(p);
  });

  it('in Arabic on a phone: interface in Arabic, snippet left to right, axe clean', async () => {
    const p = await open('?lang=ar&place=semalka_crossing', { viewport: PHONE, isMobile: true });
    await loaded(p.page);
    await openDialog(p.page);
    expect(await p.page.locator('#share-title').textContent()).toBe('مشاركة وتضمين');
    expect(await p.page.getByTestId('share-embed').getAttribute('dir')).toBe('ltr');
    expect(await p.page.getByTestId('share-embed').inputValue()).toContain('lang=ar');
    const frame = p.page.frameLocator('[data-testid="share-preview"]');
    await frame.locator('#embed[data-state="poster"]').waitFor({ timeout: 20_000 });
    const box = await p.page.getByTestId('share-dialog').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width + 1);
    expect(await seriousViolations(p.page, '[data-testid="share-dialog"]')).toEqual([]);
    await shot(p.page, 'share-dialog-ar-phone');
    expectClean(p);
  });

  it('the built page links an oEmbed document and card tags with the poster PNG (the default article)', async () => {
    const p = await open('');
    const head = await p.page.evaluate(() => {
      const m = (k: string) =>
        document.querySelector(`meta[property="${k}"], meta[name="${k}"]`)?.getAttribute('content') ?? null;
      const link = document.querySelector('link[rel="alternate"][type="application/json+oembed"]');
      return {
        oembed: link?.getAttribute('href') ?? null,
        image: m('og:image'),
        card: m('twitter:card'),
        title: m('og:title'),
      };
    });
    expect(head.card).toBe('summary_large_image');
    expect(head.title).toBeTruthy();
    const oembed = await p.page.evaluate(async (u) => (await fetch(u!)).json(), head.oembed);
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Article Atlas' });
    expect(oembed.html).toMatch(/^<iframe title=.* src="[^"]*embed\.html\?article=/);
    const png = await p.page.evaluate(async (u) => {
      const r = await fetch(u!);
      const b = new Uint8Array(await r.arrayBuffer());
      const v = new DataView(b.buffer);
      return {
        type: r.headers.get('content-type'),
        sig: [...b.slice(1, 4)],
        w: v.getUint32(16),
        h: v.getUint32(20),
      };
    }, head.image);
    expect(png).toEqual({ type: 'image/png', sig: [0x50, 0x4e, 0x47], w: 1200, h: 630 });
    expect(oembed.thumbnail_url).toBe(head.image);
    expectClean(p);
  });
});
