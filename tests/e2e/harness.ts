/**
 * Browser-test helpers: connect to the shared Chromium, open pages that log every request, and
 * fail on any request that leaves the page's own origin (offline by default).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { afterAll, expect, inject } from 'vitest';

export const baseUrl = (): string => inject('baseUrl');
export const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
});

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Requests to any origin other than the app's, all aborted. */
  foreign: string[];
  /** Uncaught page errors. */
  errors: string[];
  /** From now on, serve the paths of `hang` normally (a server that recovered). */
  answerHung: () => void;
  /** Resolves once `n` requests are being held unanswered (bounded: 10 s). */
  hung: (n: number) => Promise<void>;
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Opens `path` (relative to the app) in a fresh context; every foreign request is recorded and aborted. */
export async function open(
  path: string,
  opts: {
    viewport?: { width: number; height: number };
    reducedMotion?: 'reduce' | 'no-preference';
    /** The system colour scheme the page sees (`prefers-color-scheme`); light by default. */
    colorScheme?: 'light' | 'dark';
    isMobile?: boolean;
    /** Replace the body of same-origin responses whose path ends with a key. */
    fulfill?: Record<string, string | Buffer>;
    /** Every same-origin path asked for (MapLibre's worker's too) is pushed here, in order. */
    seen?: string[];
    /**
     * Same-origin paths ending with one of these are never answered (a server that hangs), while
     * `answerHung()` has not been called; afterwards they are served normally.
     */
    hang?: string[];
    /** Install Playwright's fake clock before loading, so a test can fast-forward timeouts. */
    clock?: boolean;
    /** Use this browser instead of the shared one (e.g. one launched without WebGL). */
    browser?: Browser;
    /** Another server than the shared preview (e.g. a dev server for the review page): its origin is "own". */
    base?: string;
  } = {},
): Promise<OpenedPage> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  const using = opts.browser ?? browser;
  const context = await using.newContext({
    viewport: opts.viewport ?? DESKTOP,
    reducedMotion: opts.reducedMotion ?? 'reduce',
    colorScheme: opts.colorScheme ?? 'light',
    isMobile: opts.isMobile,
    hasTouch: opts.isMobile,
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  contexts.push(context);
  const base = opts.base ?? baseUrl();
  const origin = new URL(base).origin;
  const foreign: string[] = [];
  const hangs = { answered: false, held: [] as Route[] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    if (new URL(url).origin === origin) {
      const path = new URL(url).pathname;
      opts.seen?.push(path);
      if (opts.hang?.some((k) => path.endsWith(k)) && !hangs.answered) {
        hangs.held.push(route);
        return;
      }
      const key = Object.keys(opts.fulfill ?? {}).find((k) => path.endsWith(k));
      return key ? route.fulfill({ status: 200, body: opts.fulfill![key] }) : route.continue();
    }
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  if (opts.clock) await page.clock.install();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(path, base).href);
  return {
    page,
    context,
    foreign,
    errors,
    answerHung: () => {
      hangs.answered = true;
    },
    hung: (n) => expect.poll(() => hangs.held.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(n),
  };
}

/** Waits (bounded) for the map container to report `idle`, and the timeline's gestures to load. */
export async function mapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('[data-testid="map"][data-state="idle"]').waitFor({ timeout });
  // The timeline's brush and zoom load right after (src/timeline/gestures.svelte.ts); tests use them.
  await page.locator('[data-gestures="loading"]').first().waitFor({ state: 'hidden', timeout });
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** No request left the origin and nothing threw. */
export function expectClean(p: OpenedPage): void {
  expect(p.foreign).toEqual([]);
  expect(p.errors).toEqual([]);
}
