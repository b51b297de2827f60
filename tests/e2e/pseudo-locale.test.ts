/**
 * The app in the right-to-left pseudo-locale (`tests/i18n/pseudo.ts`), registered the way a new
 * language would be: one registry entry and one strings table, loaded before the app by a Vite dev
 * server. Every visible text node and every accessible label must come from the strings table
 * (between ⟦ ⟧) unless it is article content, marked with its own `lang`; nothing may overflow the
 * viewport or clip a button.
 */
import type { Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO_CODE } from '../i18n/pseudo.ts';
import { DESKTOP, PHONE, expectClean, open, shot } from './harness.ts';

let server: ViteDevServer;
let base: string;

const registerFirst: Plugin = {
  name: 'pseudo-locale-first',
  transform(code, id) {
    if (id.endsWith('/src/main.ts')) return `import '/tests/e2e/pseudo-entry.ts';\n${code}`;
  },
};

beforeAll(async () => {
  server = await createServer({
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
    plugins: [registerFirst],
  });
  await server.listen();
  base = server.resolvedUrls!.local[0]!;
}, 90_000);
afterAll(() => server?.close());

/** Text and labels in the interface language that did not come from the strings table. */
function foreignText(page: Page, code: string) {
  return page.evaluate((code) => {
    const out: string[] = [];
    // What Intl formats in the language's locale (month and weekday names, units) is not a string
    // to translate; nor are file formats and paper sizes, which are names shown as they are.
    const locale = 'en-GB';
    const words = new Set(['PNG', 'SVG', 'PDF', 'GEOJSON', 'GeoJSON', 'CSV', 'A3', 'A4', 'Letter']);
    for (let m = 0; m < 12; m++)
      for (const month of ['long', 'short'] as const)
        words.add(new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(Date.UTC(2022, m, 1)));
    for (let d = 0; d < 7; d++)
      for (const weekday of ['long', 'short'] as const)
        words.add(
          new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(Date.UTC(2022, 0, 2 + d)),
        );
    for (const unit of ['kilometer', 'meter'])
      words.add(new Intl.NumberFormat(locale, { style: 'unit', unit }).format(1).replace(/[\d\s]/g, ''));
    const bad = (s: string) =>
      /\p{L}/u.test(
        s
          .replace(/⟦[^⟧]*⟧/g, '')
          .split(/[^\p{L}\d]+/u)
          .filter((w) => !words.has(w))
          .join(' '),
      );
    const where = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`;
    const interfaceLang = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? '') === code;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.closest('script, style, noscript, [aria-hidden="true"]') || !interfaceLang(el)) continue;
      if (bad(n.textContent ?? '')) out.push(`${where(el)}: ${n.textContent!.trim().slice(0, 60)}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!interfaceLang(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v && bad(v)) out.push(`${where(el)} ${a}: ${v.slice(0, 60)}`);
      }
    }
    return out;
  }, code);
}

/** Elements wider than the viewport, and buttons whose content is clipped. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const w = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > w + 1)
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${w}`);
    for (const el of document.body.querySelectorAll<HTMLElement>('button, a, label, h1, h2, h3, summary')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('.visually-hidden')) continue;
      const name = `${el.tagName.toLowerCase()}[${el.getAttribute('data-testid') ?? el.textContent?.trim().slice(0, 30)}]`;
      if (r.left < -1 || r.right > w + 1) out.push(`${name} outside the viewport (${r.left}…${r.right})`);
      if (
        el.tagName === 'BUTTON' &&
        el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflow !== 'visible'
      )
        out.push(`${name} clipped (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return out;
  });
}

describe('the pseudo-locale', () => {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`${size}: every interface text is from the strings table and nothing overflows`, async () => {
      const p = await open(`./?lang=${PSEUDO_CODE}`, { base, viewport, isMobile: size === 'phone' });
      const { page } = p;
      await page.locator('.app[data-ready="true"]').waitFor({ timeout: 60_000 });
      expect(
        await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ).toEqual([PSEUDO_CODE, 'rtl']);
      expect((await foreignText(page, PSEUDO_CODE)).join('\n')).toBe('');
      expect((await overflow(page)).join('\n')).toBe('');
      await shot(page, `pseudo-${size}-open`);
      // A place chosen: the card, its quotes and sources.
      await page.locator('[data-testid="place-list"] button').first().click();
      await page.locator('[data-testid="place-card"]').waitFor();
      expect((await foreignText(page, PSEUDO_CODE)).join('\n')).toBe('');
      expect((await overflow(page)).join('\n')).toBe('');
      await shot(page, `pseudo-${size}-place`);
      expectClean(p);
    });
  }
});
