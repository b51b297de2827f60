/**
 * A web page on another local origin attacks the review server (issue 19.1): it cannot write the
 * article (a `no-cors` POST as text, a CORS POST as JSON, a form post) nor read the draft or the page
 * that carries the token. And two tabs: the second save on an old version is refused and says so.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE, shot } from './harness.ts';
import {
  clean,
  dir,
  files,
  ID,
  mention,
  openReview,
  reviewBase,
  select,
  useReviewServer,
} from './review-harness.ts';

useReviewServer();

let attacker: Server;
let attackerBase: string;
beforeAll(async () => {
  attacker = createServer((_, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>elsewhere</title><form method="post"></form>');
  });
  await new Promise<void>((done) => attacker.listen(0, '127.0.0.1', done));
  attackerBase = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((done) => attacker.close(() => done())));

describe('a page on another local origin', () => {
  it('cannot write the article nor read the draft or the token', async () => {
    const browser = await chromium.connect(inject('wsEndpoint'));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(attackerBase);
      const before = files(dir());
      const body = JSON.stringify({
        meta: JSON.parse(before['article.json']!),
        passages: JSON.parse(before['passages.json']!),
        mentions: [],
        places: JSON.parse(before['places.geojson']!),
        events: [],
      });
      const target = `${reviewBase()}__review/api/article/${ID}`;
      const results = await page.evaluate(
        async ([target, base, body]) => {
          const attempt = (p: Promise<Response>, read = false) =>
            p.then(
              async (r) => (read ? `read ${r.status}: ${await r.text()}` : `sent (${r.type})`),
              (e: Error) => `failed: ${e.message}`,
            );
          const out: Record<string, string> = {};
          out.noCorsText = await attempt(
            fetch(target, {
              method: 'POST',
              mode: 'no-cors',
              headers: { 'content-type': 'text/plain' },
              body,
            }),
          );
          out.corsJson = await attempt(
            fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
          );
          out.readDraft = await attempt(fetch(target), true);
          out.readPage = await attempt(fetch(`${base}review.html?id=x`), true);
          // A form post (the oldest cross-site write) into a hidden frame.
          const frame = document.createElement('iframe');
          frame.name = 'sink';
          document.body.append(frame);
          const form = document.querySelector('form')!;
          form.action = target;
          form.target = 'sink';
          form.enctype = 'text/plain';
          const input = document.createElement('input');
          input.name = body.slice(0, -1);
          input.value = '}';
          form.append(input);
          form.submit();
          await new Promise((r) => setTimeout(r, 1000));
          return out;
        },
        [target, reviewBase(), body] as const,
      );
      expect(results.noCorsText).toBe('sent (opaque)');
      expect(results.corsJson).toMatch(/^failed/);
      expect(results.readDraft).toMatch(/^failed/);
      expect(results.readPage).toMatch(/^failed/);
      expect(files(dir())).toEqual(before);
    } finally {
      await context.close();
    }
  });
});

describe('two tabs', () => {
  it.each([
    ['en', undefined],
    ['ar', PHONE],
  ] as const)('the second save on an old version is refused and says why (%s)', async (lang, viewport) => {
    const first = await openReview(viewport ? { viewport, isMobile: true } : {});
    const second = await openReview(viewport ? { viewport, isMobile: true } : {});
    for (const p of [first, second]) {
      if (lang === 'ar') await p.page.getByRole('button', { name: 'العربية' }).click();
      await select(p.page, 'm02');
      await p.page.getByTestId('accept').click();
      await expect.poll(() => mention(p.page, 'm02').getAttribute('class')).not.toContain('proposed');
    }
    const ok = lang === 'en' ? /^Saved/ : /^حُفظ/;
    const saveAndWait = async (p: typeof first, want: RegExp) => {
      await p.page.getByTestId('save').click();
      await p.page.getByTestId('message').filter({ hasText: want }).waitFor({ timeout: 20_000 });
    };
    await saveAndWait(first, ok);
    const after = files(dir());
    await saveAndWait(second, lang === 'en' ? /another tab/ : /نافذة أخرى/);
    expect(files(dir())).toEqual(after);
    await shot(second.page, `review-conflict-${lang}-${viewport ? 'phone' : 'desktop'}`);
    // The first tab saves again on its new version.
    await select(first.page, 'm04');
    await first.page.getByTestId('reject').click();
    await saveAndWait(first, ok);
    clean(first);
    clean(second);
  });
});
