/**
 * The place embed, "all our coverage of a place" (issue 20.4): `embed.html?coverage=<atlas key>` in
 * a host page on another origin, sized by `embed.js`: the poster (static renderer) of the place, its
 * count of articles, the newest reports linking to each article at that place; Arabic and English,
 * light and dark, phone and desktop. Semalka is reported in both shipped articles.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PHONE, baseUrl, open, shot, type OpenedPage } from './harness.ts';
import { seriousViolations } from './axe.ts';

async function waitFor(page: Page, fn: () => Promise<boolean>, what: string, timeout = 20_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (await fn()) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Opens a host page served by a loopback server of this test (another origin than the embed's)
 * holding `snippet`, or a frame of `embed.html?<query>` with the host script.
 */
async function onForeignHost(query: string, viewport = { width: 700, height: 900 }, snippet?: string) {
  const embed = new URL(baseUrl()).origin;
  const code =
    snippet ??
    `<iframe id="f" title="coverage" src="${embed}/embed.html?${query}" width="100%" height="300" ` +
      `style="border:0;display:block" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>` +
      `<script src="${embed}/embed.js" defer></script>`;
  const html = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><p>A news story.</p>${code}</body></html>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const p: OpenedPage = await open('about:blank', { viewport });
  await p.context.route(`${host}/**`, (route) => route.continue());
  await p.page.goto(`${host}/story.html`);
  const frame = (): Frame | undefined => p.page.frames().find((x) => x.url().includes('coverage='));
  await waitFor(
    p.page,
    async () =>
      !!frame() &&
      /poster|error/.test(await frame()!.evaluate(() => document.getElementById('embed')!.dataset.state!)),
    'the place embed',
  );
  return { p, f: frame()!, close: () => server.close() };
}

describe('place embed (all our coverage of a place)', () => {
  it('English, light: poster, count, newest reports linking to each article at the place; sized by embed.js', async () => {
    const { p, f, close } = await onForeignHost('coverage=semalka_crossing&lang=en&id=c1');
    expect(await f.locator('.poster svg path').count()).toBeGreaterThan(5);
    expect(await f.locator('.poster svg[aria-label]').getAttribute('aria-label')).toMatch(/Semalka/);
    expect(await f.locator('h1.title').textContent()).toMatch(/Semalka/);
    expect(await f.locator('.count').textContent()).toBe('Reported in 2 articles');
    const links = f.locator('.coverage-list a.report');
    expect(await links.count()).toBe(2);
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const h of hrefs)
      expect(h).toMatch(/\?article=[a-z0-9-]+&lang=en&theme=light&place=semalka_crossing$/);
    // Newest first.
    const dates = await f
      .locator('.coverage-list time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(await f.locator('.coverage-list blockquote').first().textContent()).toMatch(/سيمالكا/);
    // The English beside an Arabic quote is ours, and says so.
    expect(await f.locator('.coverage-list .translation').first().textContent()).toMatch(/Semalka/);
    expect(await f.locator('.coverage-list .translation .by').first().textContent()).toBe(
      "Project's translation: ",
    );
    expect(await f.locator('.open-full').getAttribute('href')).toMatch(
      /atlas\.html\?lang=en&theme=light&place=semalka_crossing$/,
    );
    // embed.js sized the frame to the embed's content.
    await waitFor(
      p.page,
      async () => {
        const h = await f.evaluate(() => Number(document.body.dataset.height));
        const frameH = await p.page
          .locator('#f')
          .evaluate((e) => (e as HTMLIFrameElement).getBoundingClientRect().height);
        return h > 300 && Math.abs(frameH - h) <= 1;
      },
      'the frame sized by embed.js',
    );
    expect(await seriousViolations(f)).toEqual([]);
    expect(p.errors).toEqual([]);
    await shot(p.page, 'embed-coverage-en-light');
    close();
  });

  it('Arabic, dark, on a phone: right to left, Arabic count and title', async () => {
    const { p, f, close } = await onForeignHost('coverage=semalka_crossing&lang=ar&theme=dark&id=c2', PHONE);
    expect(
      await f.evaluate(() => [document.documentElement.dir, document.documentElement.dataset.theme]),
    ).toEqual(['rtl', 'dark']);
    expect(await f.locator('h1.title').textContent()).toMatch(/سيمالكا/);
    expect(await f.locator('.count').textContent()).toBe('ورد في مقالين');
    expect(await f.locator('.coverage-list li').count()).toBe(2);
    expect(await seriousViolations(f)).toEqual([]);
    expect(p.errors).toEqual([]);
    await shot(p.page, 'embed-coverage-ar-dark-phone');
    close();
  });

  it("the atlas place card offers the snippet, which works pasted in another site's page", async () => {
    const a = await open('atlas.html?lang=en&place=semalka_crossing');
    const card = a.page.getByTestId('atlas-card');
    await card.waitFor({ timeout: 20_000 });
    await card.getByTestId('atlas-embed').locator('summary').click();
    const code = await a.page.getByTestId('atlas-embed-code').inputValue();
    expect(code).toContain('/embed.html?coverage=semalka_crossing&amp;lang=en&amp;theme=light"');
    expect(code).toContain('/embed.js" defer></script>');
    expect(await seriousViolations(a.page)).toEqual([]);
    await shot(a.page, 'atlas-card-embed-code-en');
    const { p, f, close } = await onForeignHost('', undefined, code);
    expect(await f.locator('.count').textContent()).toBe('Reported in 2 articles');
    expect(p.errors).toEqual([]);
    close();
  });

  it('an unknown place says so instead of a blank frame', async () => {
    const { p, f, close } = await onForeignHost('coverage=no_such_place&lang=en&id=c3');
    expect(await f.locator('.error').textContent()).toBe('The place could not be loaded.');
    expect(p.errors).toEqual([]);
    close();
  });
});
