/**
 * The review page's browser tests' common ground: Vite's dev server (the page and its endpoints exist
 * only there) started once per test file on a temporary geodata folder (AA_REVIEW_GEODATA), filled by
 * running the ingest command on a synthetic test text and restored before each test, so the
 * repository's geodata/ is never written; and the page helpers the tests share.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import axe from 'axe-core';
import { main as ingest } from '../../scripts/ingest.ts';
import { expectClean, open, type OpenedPage } from './harness.ts';

export const ID = 'review-test';
const TEXT = resolve(import.meta.dirname, '../fixtures/ingest/review-test-article.txt');
const FILES = ['article.json', 'passages.json', 'mentions.json', 'places.geojson', 'events.json'];
let root: string;
let server: ViteDevServer;
/** The article of this file's server (ID unless `useReviewServer` was given another). */
let current = ID;
let base: string;
let draft: string;
/** The article folder the dev server reads and saves. */
export const dir = () => join(root, 'geodata', current);
/** The dev server's base URL (http://127.0.0.1:<port>/). */
export const reviewBase = () => base;
/** The temporary root (geodata/, previous/). */
export const rootDir = () => root;
export const files = (d: string) =>
  Object.fromEntries(FILES.map((f) => [f, readFileSync(join(d, f), 'utf8')]));

/**
 * Registers the file's hooks: the dev server for the whole file, a fresh draft folder per test.
 * By default the draft is the synthetic test text's, ingested with the shipped gazetteer only
 * (`--no-world`: the GeoNames index takes seconds to build); `article` gives another text, id and
 * ingest options.
 */
export function useReviewServer(article?: { id: string; text: string; args: string[] }): void {
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'aa-review-e2e-'));
    draft = join(root, 'draft');
    current = article?.id ?? ID;
    const quiet = () => {};
    const args = article
      ? [article.text, '--id', article.id, '--out', draft, ...article.args]
      : [
          TEXT,
          '--id',
          ID,
          '--out',
          draft,
          '--published',
          '2022-01-25',
          '--today',
          '2026-12-01',
          '--no-world',
        ];
    expect(ingest(args, quiet, quiet)).toBe(0);
    process.env.AA_REVIEW_GEODATA = join(root, 'geodata');
    process.env.AA_REVIEW_PREVIOUS = join(root, 'previous');
    process.env.AA_REVIEW_TEST_HOOKS = '1';
    server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
    await server.listen();
    base = server.resolvedUrls!.local[0]!;
  }, 90_000);
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    rmSync(join(root, 'geodata'), { recursive: true, force: true });
    rmSync(join(root, 'previous'), { recursive: true, force: true });
    cpSync(draft, join(root, 'geodata'), { recursive: true });
  });
}

export async function openReview(
  opts: { viewport?: { width: number; height: number }; isMobile?: boolean } = {},
) {
  const p = await open(`review.html?id=${current}`, { base, ...opts });
  await p.page.locator('[data-mention-id]').first().waitFor({ timeout: 60_000 });
  return p;
}
export const left = async (page: Page) => parseInt(await page.getByTestId('proposals-left').innerText(), 10);
export const mention = (page: Page, id: string) => page.locator(`[data-mention-id="${id}"]`);
export const card = (page: Page) => page.getByTestId('mention-card');
export async function select(page: Page, id: string) {
  await mention(page, id).click();
  await expect.poll(() => card(page).innerText()).toContain(id);
}
export async function saved(page: Page): Promise<string> {
  await page.getByTestId('save').click();
  const msg = page.getByTestId('message');
  await msg.filter({ hasText: /Saved|Not saved/ }).waitFor({ timeout: 20_000 });
  return msg.innerText();
}
/** axe-core's WCAG 2.1 A/AA and best-practice rules on the page as it is: the violations, by rule and target. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    }),
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The dev server's own client (HMR socket) is not a foreign request; nothing else may leave. */
export const clean = (p: OpenedPage) => expectClean(p);

/** Drags the mouse across `word` in the article text (a real selection, in either direction of writing). */
export async function dragSelect(page: Page, word: string, through?: string) {
  const box = await page.evaluate(
    ([w, t]) => {
      const root = document.querySelector('section.text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const find = (s: string) => {
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf(s);
          if (i >= 0) {
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + s.length);
            return r.getBoundingClientRect();
          }
        }
        return null;
      };
      const a = find(w)!;
      const b = t ? find(t)! : a;
      const rtl = getComputedStyle(root).direction === 'rtl';
      return {
        x0: rtl ? a.right - 1 : a.left + 1,
        y0: a.top + a.height / 2,
        x1: rtl ? b.left + 1 : b.right - 1,
        y1: b.top + b.height / 2,
      };
    },
    [word, through ?? ''] as const,
  );
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 });
  await page.mouse.move(box.x1, box.y1, { steps: 4 });
  await page.mouse.up();
}
export type SavedMention = {
  id: string;
  placeId: string;
  passageId: string;
  role: string;
  status?: string;
  selector: [{ start: number; end: number }, { exact: string; prefix: string; suffix: string }];
};
/** The selectors of `m` checked against `text` in code points (as the validator reads them). */
export function expectAnchored(text: string, m: Pick<SavedMention, 'selector'>) {
  const cps = Array.from(text);
  const [pos, q] = m.selector;
  expect(cps.slice(pos.start, pos.end).join('')).toBe(q.exact);
  expect(cps.slice(Math.max(0, pos.start - 32), pos.start).join('')).toBe(q.prefix);
  expect(cps.slice(pos.end, pos.end + 32).join('')).toBe(q.suffix);
}
