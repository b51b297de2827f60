/**
 * Atlas benchmark (issue 20): prints figures against the goals, never asserts on time; exits 1 when
 * a measure measured nothing. `npm run bench:atlas` (`npx tsx bench/atlas.ts`); not part of `npm test`.
 *
 * 1. Generates ATLAS_N (default 10,000) synthetic articles (`src/collection/synth.ts`) into a tmp dir.
 * 2. Builds the collection cold (no digest cache): time, output size, file count; then adds one
 *    article and rebuilds with the cache: time, files rewritten.
 * 3. Builds the app into a tmp dist, puts the synthetic collection and its article folders in it,
 *    serves it with `vite preview` and, in Debian's Chromium, alternating fresh contexts (cold cache),
 *    BENCH_RUNS times: the atlas (`atlas.html?lang=en`) and the one-article view of a synthetic
 *    article (`?article=synth-00001&lang=en`): time to map idle, data before the first view
 *    (collection files, gzip -9 of the built file), JS heap at the first view (CDP), and the
 *    browser's CPU time to idle (all its processes, from `/proc`: steadier than wall time on a
 *    shared machine).
 * 4. In one atlas page: a place chosen in the list → its card (30 places), search results after a
 *    keystroke with the shard already fetched (20 queries), the time filter → map and list (30
 *    ranges; the permalink, written at most every 300 ms after the commit, timed on its own row);
 *    p50/p95. The brush's own work (range query + map points + list filter) is also timed in
 *    node over the same events file.
 *
 * Env: ATLAS_N, BENCH_RUNS (default 3), BENCH_KEEP=1 keeps the tmp dir, CHROMIUM_PATH.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { synthPlaces } from '../scripts/synth-collection.ts';
import { synthCollection, type SynthArticle } from '../src/collection/synth.ts';
import { buildCollectionDir } from '../src/collection/build-node.ts';
import {
  placeShardOf,
  type EventsFile,
  type PlaceShard,
  type PointsFile,
  type Summary,
} from '../src/collection/format.ts';
import { AtlasEvents } from '../src/atlas/time-filter.ts';
import { filterIndices } from '../src/atlas/list-filter.ts';
import { brushSteps } from './atlas-brush.ts';
import { benchDir, buildApp, childCpuMs, cpuSince, load, log, median, RUNS, served } from './browser.ts';

const N = Number(process.env.ATLAS_N ?? 10_000);
const TIMEOUT = 60_000;
const TMP = benchDir('atlas');
const ARTICLES = join(TMP, 'articles');
const COLLECTION = join(TMP, 'collection');
const DIST = join(TMP, 'dist');
const KB = (n: number | null) => (n == null ? 'n/a' : `${(n / 1024).toFixed(1)} KB`);
const ms = (n: number | null) => (n == null ? 'n/a' : `${n < 10 ? n.toFixed(2) : Math.round(n)} ms`);
const MB = (n: number | null) => (n == null ? 'n/a' : `${(n / 1024 / 1024).toFixed(1)} MB`);

function pct(xs: readonly number[], p: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

function write(a: SynthArticle): void {
  mkdirSync(join(ARTICLES, a.id), { recursive: true });
  for (const [f, t] of Object.entries(a.files)) writeFileSync(join(ARTICLES, a.id, f), t);
}

function dirSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      files++;
      bytes += statSync(join(e.parentPath, e.name)).size;
    }
  return { files, bytes };
}

/** gzip -9 size of the built file a preview URL maps to. */
function gzOf(url: string): number {
  const file = join(DIST, decodeURIComponent(new URL(url).pathname));
  if (!existsSync(file) || !statSync(file).isFile()) return 0;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

interface FirstView {
  idleMs: number | null;
  /** The browser's CPU time (all its processes) from the navigation to idle. */
  cpuMs: number | null;
  data: number;
  all: number;
  heap: number | null;
}

async function firstView(browser: Browser, base: string, path: string, ready: string): Promise<FirstView> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const urls: string[] = [];
  let done = false;
  page.on('request', (r) => {
    if (!done) urls.push(r.url());
  });
  const t0 = Date.now();
  const cpu0 = childCpuMs();
  let idleMs: number | null = null;
  let cpuMs: number | null = null;
  try {
    await page.goto(new URL(path, base).href);
    await page.locator(ready).waitFor({ timeout: TIMEOUT });
    idleMs = Date.now() - t0;
    cpuMs = cpuSince(cpu0);
  } catch (e) {
    log(`  ${path}: no idle within ${TIMEOUT / 1000} s (${(e as Error).message.split('\n')[0]})`);
  }
  done = true;
  // What was asked for before the map's first idle (resource timing against the container's
  // `data-idle-at`), not before Playwright noticed it: the events file is requested right after.
  const before = await page.evaluate(() => {
    const at = Number((document.querySelector('[data-idle-at]') as HTMLElement | null)?.dataset.idleAt);
    if (!Number.isFinite(at)) return null;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= at)
      .map((e) => e.name);
  });
  // MapLibre fetches tiles from its worker, which the page's resource timing does not list: those
  // come from the requests seen before idle was noticed (no tile is asked for after idle unless the
  // map moves).
  if (before) urls.splice(0, urls.length, ...new Set([...before, ...urls.filter((u) => /\.pbf$/.test(u))]));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
  const own = urls.filter((u) => u.startsWith(base));
  const data = own.filter((u) => /\/geodata\/(collection|synth-)/.test(u)).reduce((n, u) => n + gzOf(u), 0);
  const all = own.reduce((n, u) => n + gzOf(u), 0);
  await context.close();
  return { idleMs, cpuMs, data, all, heap };
}

/** One timed interaction, done in the page (no string evaluation: the app's CSP refuses it). */
type Step =
  | { kind: 'card'; key: string; name: string; first: string }
  | { kind: 'search'; q: string; first: string }
  | { kind: 'time'; from: string; to: string; count: string; points: number; first: string | null };

/** In-page timing: do `step`, then wait (bounded, 5 s) for what it should show after a DOM change; ms or null. */
async function timed(page: Page, step: Step): Promise<number | null> {
  return (await timedParts(page, step)).all;
}

/**
 * {@link timed}, with for the time filter also when the map and the list's count were updated
 * (`first`; the rows come with them once the rows file is in, else from list pages).
 */
async function timedParts(
  page: Page,
  step: Step,
): Promise<{ all: number | null; first: number | null; url: number | null }> {
  return page.evaluate(
    (step) =>
      new Promise<{ all: number | null; first: number | null; url: number | null }>((resolve) => {
        const $ = (sel: string) => document.querySelector(sel);
        let first: number | null = null;
        // The permalink is written at most every 300 ms, after the commit (`state/url-write.ts`):
        // timed on its own, and waited for before the next step.
        let all: number | null = null;
        let url: number | null = null;
        const urlOk = () => step.kind !== 'time' || location.search.includes(`time=${step.from}`);
        const early = (): boolean =>
          step.kind === 'time' &&
          ($('[data-testid="atlas-count"]')?.textContent ?? '').replace(/\D/g, '') === step.count &&
          ($('[data-testid="atlas-map"]') as HTMLElement | null)?.dataset.clusterPoints ===
            String(step.points);
        const ok = (): boolean => {
          // The card with its article list: the name and the newest report drawn.
          if (step.kind === 'card')
            return (
              $('[data-testid="atlas-card"] h3')?.textContent === step.name &&
              $('[data-testid="atlas-card"] li[data-article]')?.getAttribute('data-article') === step.first
            );
          if (step.kind === 'search')
            return $('[data-testid="atlas-list"] > li')?.getAttribute('data-article') === step.first;
          // The list (its count and first row) and the map (the points it was given) both updated.
          return (
            ($('[data-testid="atlas-count"]')?.textContent ?? '').replace(/\D/g, '') === step.count &&
            ($('[data-testid="atlas-list"] > li')?.getAttribute('data-article') ?? null) === step.first &&
            ($('[data-testid="atlas-map"]') as HTMLElement | null)?.dataset.clusterPoints ===
              String(step.points)
          );
        };
        const t0 = performance.now();
        const look = () => {
          const t = performance.now() - t0;
          if (first == null && early()) first = t;
          if (all == null && ok()) all = t;
          if (url == null && urlOk()) url = t;
          return all != null && url != null;
        };
        const obs = new MutationObserver(() => {
          if (look()) finish();
        });
        // The URL is no DOM mutation: each frame and each 5 ms look too.
        let raf = 0;
        const frame = () => {
          if (look()) finish();
          else raf = requestAnimationFrame(frame);
        };
        raf = requestAnimationFrame(frame);
        const poll = setInterval(() => {
          if (look()) finish();
        }, 5);
        const timer = setTimeout(() => finish(), 5000);
        let finished = false;
        const finish = () => {
          if (finished) return;
          finished = true;
          obs.disconnect();
          cancelAnimationFrame(raf);
          clearInterval(poll);
          clearTimeout(timer);
          resolve({ all, first: first ?? all, url: step.kind === 'time' ? url : null });
        };
        obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        const set = (sel: string, value: string, type: string) => {
          const el = $(sel) as HTMLInputElement;
          el.value = value;
          el.dispatchEvent(new Event(type, { bubbles: true }));
        };
        if (step.kind === 'card') ($(`button[data-place="${step.key}"]`) as HTMLElement).click();
        else if (step.kind === 'search') set('[data-testid="atlas-search"]', step.q, 'input');
        else {
          set('[data-testid="atlas-from"]', step.from, 'change');
          set('[data-testid="atlas-to"]', step.to, 'change');
        }
        if (look()) finish();
      }),
    step,
  );
}

async function main(): Promise<void> {
  const failures: string[] = [];
  log(`atlas bench: ${N} synthetic articles, load ${load()}`);
  // The shipped gazetteer and the world index (GeoNames), as `npm run synth:collection` draws.
  const places = synthPlaces();
  const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
  let t = performance.now();
  const all = synthCollection(places, { count: N + 1, seed: 20, sha256 });
  const arts = all.slice(0, N);
  arts.forEach(write);
  log(`generated ${N} articles in ${ms(performance.now() - t)} (gazetteer: ${places.length} places)`);

  const ids = arts.map((a) => a.id);
  const cache = join(TMP, 'digests.json');
  const cold = buildCollectionDir(ARTICLES, ids, COLLECTION, cache);
  const size = dirSize(COLLECTION);
  write(all[N]!);
  const inc = buildCollectionDir(ARTICLES, [...ids, all[N]!.id], COLLECTION, cache);
  rmSync(join(ARTICLES, all[N]!.id), { recursive: true });
  const removed = buildCollectionDir(ARTICLES, ids, COLLECTION, cache);
  const warm = buildCollectionDir(ARTICLES, ids, COLLECTION, cache);
  const summary = JSON.parse(readFileSync(join(COLLECTION, 'summary.json'), 'utf8')) as Summary;
  const points = JSON.parse(readFileSync(join(COLLECTION, 'points.json'), 'utf8')) as PointsFile;
  log(
    `collection: ${summary.counts.articles} articles, ${summary.counts.mentions} mentions, ` +
      `${summary.counts.places} distinct places, ${summary.counts.events} events`,
  );

  // The app with the synthetic collection in it.
  t = performance.now();
  buildApp(DIST);
  rmSync(join(DIST, 'geodata/collection'), { recursive: true, force: true });
  cpSync(COLLECTION, join(DIST, 'geodata/collection'), { recursive: true });
  for (const id of ids) cpSync(join(ARTICLES, id), join(DIST, 'geodata', id), { recursive: true });
  writeFileSync(join(DIST, 'geodata/index.json'), JSON.stringify({ articles: ids }));
  log(`app built and collection copied in ${ms(performance.now() - t)}`);

  const s = await served(DIST, TMP);
  const views: Record<'atlas' | 'article', FirstView[]> = { atlas: [], article: [] };
  try {
    for (let r = 0; r < RUNS; r++) {
      views.atlas.push(
        await firstView(
          s.browser,
          s.base,
          'atlas.html?lang=en',
          '[data-testid="atlas-map"][data-state="idle"]',
        ),
      );
      views.article.push(
        await firstView(
          s.browser,
          s.base,
          `./?article=${ids[0]}&lang=en`,
          '[data-testid="map"][data-state="idle"]',
        ),
      );
    }
    // Interactions in one atlas page.
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // tsx (esbuild) wraps named functions in `__name(…)`, which the page does not have.
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    await page.goto(new URL('atlas.html?lang=en', s.base).href);
    await page.locator('[data-testid="atlas-map"][data-state="idle"]').waitFor({ timeout: TIMEOUT });
    // Interactions are timed on a loaded page: the events file (the timeline) loads right after
    // the first view, and its parse would otherwise land inside the first clicks.
    await page.locator('[data-testid="atlas-timeline"]').waitFor({ timeout: TIMEOUT });
    const keys = [
      ...new Set(
        await page
          .locator('[data-testid="atlas-list"] button[data-place]')
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.place!)),
      ),
    ].slice(0, 30);
    // Each place's newest report, from its shard as the build wrote it.
    const newestOf = (k: string): string => {
      const shard = JSON.parse(
        readFileSync(join(COLLECTION, `places/${placeShardOf(k, summary.placeShards)}.json`), 'utf8'),
      ) as PlaceShard;
      return shard.find((r) => r[0] === k)![1].items[0]!.a;
    };
    // Cold: a click with nothing fetched before it. Pointed: the pointer rests on the place for
    // 150 ms first (a reader's aim; the card's shard is prefetched on hover).
    const cardCold: number[] = [];
    const cardPointed: number[] = [];
    const cardKeys = keys.slice(0, 30);
    for (const [i, k] of cardKeys.entries()) {
      const btn = page.locator(`[data-testid="atlas-list"] button[data-place="${k}"]`).first();
      const name = await btn.textContent();
      const pointed = i % 2 === 1;
      if (pointed) {
        await btn.hover();
        await page.waitForTimeout(150);
      }
      const v = await timed(page, { kind: 'card', key: k, name: name ?? '', first: newestOf(k) });
      if (v != null) (pointed ? cardPointed : cardCold).push(v);
      await page.locator('[data-testid="atlas-clear-place"]').click();
      await page.locator(`[data-testid="atlas-list"] button[data-place="${keys[0]}"]`).first().waitFor();
      await page.mouse.move(0, 0);
    }
    const card = [...cardCold, ...cardPointed];
    // Search: each query typed once to fetch its shards, then timed from the keystroke.
    const queries = points
      .slice(0, 40)
      .flatMap((p) => [p[5], p[4]])
      .filter((q) => q.length >= 3)
      .slice(0, 20);
    const search: number[] = [];
    const box = page.locator('[data-testid="atlas-search"]');
    for (const q of queries) {
      await box.fill(q);
      await page.waitForFunction(
        () => !document.querySelector('[data-testid="atlas-count"]')?.textContent?.includes('…'),
      );
      await page.waitForTimeout(300);
      const first = await page
        .locator('[data-testid="atlas-list"] > li')
        .first()
        .getAttribute('data-article');
      await box.fill('');
      await page.waitForTimeout(200);
      const v = await timed(page, { kind: 'search', q, first: first ?? '' });
      if (v != null) search.push(v);
    }
    await box.fill('');
    // The time filter (the brush's commit): map points and list recomputed, list drawn. What each
    // range should show comes from the same events file in node (`atlas-brush.ts`).
    const ev = new AtlasEvents(
      JSON.parse(readFileSync(join(COLLECTION, 'events.json'), 'utf8')) as EventsFile,
    );
    const span = summary.span!;
    // The rows file (every list row) arrives with the events after the first view: the list then
    // draws a range's rows from memory (`collection/rows.ts`).
    await page.locator('[data-testid="atlas"][data-rows="memory"]').waitFor({ timeout: TIMEOUT });
    const brush: number[] = [];
    const brushFirst: number[] = [];
    const brushUrl: number[] = [];
    for (const { from, to, count, points: kept, first } of brushSteps(ev, points, span)) {
      const v = await timedParts(page, { kind: 'time', from, to, count, points: kept, first });
      if (v.all != null) brush.push(v.all);
      if (v.first != null) brushFirst.push(v.first);
      if (v.url != null) brushUrl.push(v.url);
    }
    await context.close();

    // The brush's own work in node, over the same events file.
    const pi = ev.placeIndex;
    const work: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = span[0] + ((span[1] - span[0]) * (i % 100)) / 100;
      const t0 = performance.now();
      const flags = ev.inRange(a, a + 90 * 86_400_000).places;
      const pts = points.filter((p) => flags[pi.get(p[0]) ?? -1] === 1).length;
      filterIndices(ev, { search: null, place: null, range: { start: a, end: a + 90 * 86_400_000 } });
      work.push(performance.now() - t0 + pts * 0);
    }

    const med = (k: 'atlas' | 'article', f: (v: FirstView) => number | null) => median(views[k].map(f));
    const idleA = med('atlas', (v) => v.idleMs);
    const idleB = med('article', (v) => v.idleMs);
    const cpuA = med('atlas', (v) => v.cpuMs);
    const cpuB = med('article', (v) => v.cpuMs);
    const each = (k: 'atlas' | 'article') =>
      views[k].map((v) => (v.idleMs == null ? '–' : v.idleMs)).join(' ');
    const rows: [string, string, string, boolean | null][] = [
      [
        'data before the atlas first view (collection, gzip)',
        KB(med('atlas', (v) => v.data)),
        '≤ 60 KB',
        (med('atlas', (v) => v.data) ?? Infinity) <= 60 * 1024,
      ],
      ['  everything before it (code, fonts, tiles, data; gzip)', KB(med('atlas', (v) => v.all)), '', null],
      [
        '  one-article view: article data / everything (gzip)',
        `${KB(med('article', (v) => v.data))} / ${KB(med('article', (v) => v.all))}`,
        '',
        null,
      ],
      [
        'time to map idle: atlas / one-article',
        `${ms(idleA)} / ${ms(idleB)} = ${idleA && idleB ? (idleA / idleB).toFixed(2) : 'n/a'}×`,
        '≤ 1.15×',
        idleA != null && idleB != null ? idleA / idleB <= 1.15 : null,
      ],
      ['  each run, atlas; one-article (ms)', `${each('atlas')}; ${each('article')}`, '', null],
      [
        '  browser CPU to map idle: atlas / one-article (all its processes)',
        `${ms(cpuA)} / ${ms(cpuB)} = ${cpuA && cpuB ? (cpuA / cpuB).toFixed(2) : 'n/a'}×`,
        '',
        null,
      ],
      [
        'place → card with its articles, p50 / p95',
        `${ms(pct(card, 50))} / ${ms(pct(card, 95))} (${card.length})`,
        '≤ 100 ms p95',
        card.length ? pct(card, 95)! <= 100 : null,
      ],
      [
        '  clicked cold / pointed at for 150 ms first, p50 / p95',
        `${ms(pct(cardCold, 50))} / ${ms(pct(cardCold, 95))}; ${ms(pct(cardPointed, 50))} / ${ms(pct(cardPointed, 95))}`,
        '',
        null,
      ],
      [
        'search results after a keystroke (shard fetched), p50 / p95',
        `${ms(pct(search, 50))} / ${ms(pct(search, 95))} (${search.length})`,
        '≤ 50 ms p95',
        search.length ? pct(search, 95)! <= 50 : null,
      ],
      [
        'time filter → map and list drawn (browser), p50 / p95',
        `${ms(pct(brush, 50))} / ${ms(pct(brush, 95))} (${brush.length}; slowest ${[...brush]
          .sort((a, b) => b - a)
          .slice(0, 3)
          .map((v) => Math.round(v))
          .join(', ')}; the first enters the filter: ${ms(brush[0] ?? null)})`,
        '≤ 16 ms p95',
        brush.length ? pct(brush, 95)! <= 16 : null,
      ],
      [
        '  map and list count updated, p50 / p95',
        `${ms(pct(brushFirst, 50))} / ${ms(pct(brushFirst, 95))} (${brushFirst.length})`,
        '',
        null,
      ],
      [
        '  permalink updated after the last change (≤ 1 write / 300 ms), p50 / p95',
        `${ms(pct(brushUrl, 50))} / ${ms(pct(brushUrl, 95))} (${brushUrl.length})`,
        '',
        null,
      ],
      [
        '  loaded after the first view: events / points / rows (gzip)',
        ['events', 'points', 'rows']
          .map((f) => KB(gzipSync(readFileSync(join(COLLECTION, `${f}.json`)), { level: 9 }).length))
          .join(' / '),
        '',
        null,
      ],
      [
        '  brush work: range query + map points + list filter (node), p50 / p95',
        `${ms(pct(work, 50))} / ${ms(pct(work, 95))}`,
        '',
        null,
      ],
      [
        'JS heap at first view: atlas / one-article',
        `${MB(med('atlas', (v) => v.heap))} / ${MB(med('article', (v) => v.heap))}`,
        '≤ 200 MB',
        (med('atlas', (v) => v.heap) ?? Infinity) <= 200 * 1024 * 1024,
      ],
      ['collection build, cold', `${ms(cold.ms)}: ${size.files} files, ${MB(size.bytes)}`, 'printed', null],
      [
        '  one article added (digest cache)',
        `${ms(inc.ms)}: ${inc.read} read, ${inc.written} written, ${inc.unchanged} unchanged`,
        '',
        null,
      ],
      [
        '  that article removed again',
        `${ms(removed.ms)}: ${removed.written} written, ${removed.removed} removed`,
        '',
        null,
      ],
      ['  nothing changed', `${ms(warm.ms)}: ${warm.written} written`, '', null],
    ];
    log('');
    for (const [what, value, goal, met] of rows)
      log(
        `${what.padEnd(66)} ${value.padEnd(34)} ${goal.padEnd(14)} ${met == null ? '' : met ? 'met' : 'NOT met'}`,
      );
    log(
      `\nruns: ${RUNS}; load ${load()}; ${summary.counts.places} distinct places (the gazetteer's ${places.length})`,
    );
    if (idleA == null || idleB == null) failures.push('time to map idle');
    if (!card.length) failures.push('place card');
    if (!search.length) failures.push('search');
    if (!brush.length) failures.push('time filter');
    if (med('atlas', (v) => v.heap) == null) failures.push('memory');
  } finally {
    await s.close();
  }
  if (failures.length) {
    log(`measured nothing for: ${failures.join(', ')}`);
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
