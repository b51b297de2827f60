/**
 * First-load benchmark (issue 16.3): how much of the app's own code a reader fetches before the map
 * is first idle. Builds the app into a private temporary directory, serves it with `vite preview`
 * (the real headers, Content-Security-Policy included), opens it in Chromium (1280×800, cold cache),
 * and sums gzip -9 of every same-origin `.js`/`.css` response that finished before the map's
 * container reported `data-state="idle"`, leaving out maplibre-gl (its `maplibre-*` chunk and
 * stylesheet, and the worker). Prints the files, the total against the goal (≤ 80 KiB), and exits
 * non-zero when it measured nothing (no idle, or no file). `npm run bench:first-load`.
 *
 * Env: BENCH_RUNS (default 3: the file list of each run is the same; the figure is their median);
 * BENCH_QUERY (default none, the Arabic `/`; `?lang=en` for English).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchDir, buildApp, load, log, median, RUNS, served } from './browser.ts';
import { benchVerdict } from './verdict.ts';

const GOAL_KIB = 80;
const IDLE_TIMEOUT_MS = 45_000;
const VIEWPORT = { width: 1280, height: 800 };
/** The page's query string: none opens `/` in the default language (Arabic). */
const QUERY = process.env.BENCH_QUERY ?? '';

/** Reports idle through a binding (a string evaluated in the page would break the app's CSP). */
const IDLE_PROBE = `(() => {
  let done = false;
  const obs = new MutationObserver(() => {
    if (done || !document.querySelector('[data-testid="map"][data-state="idle"]')) return;
    done = true;
    obs.disconnect();
    window.__benchIdle(performance.now());
  });
  obs.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

/** maplibre-gl's own files: its chunk, its stylesheet, its worker. */
export const isMaplibre = (file: string): boolean => /^maplibre-/.test(file);

interface Run {
  idle: number | null;
  /** Asset file names (under `assets/`) that finished loading before idle. */
  files: string[];
  /** Same-origin requests of the first view, for the listing. */
  requests: string[];
}

async function measure(browser: import('playwright-core').Browser, base: string): Promise<Run> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'UTC' });
  try {
    const page = await context.newPage();
    const origin = new URL(base).origin;
    const finished: { file: string; at: number }[] = [];
    const requests: string[] = [];
    const t0 = Date.now();
    page.on('requestfinished', (r) => {
      const url = new URL(r.url());
      if (url.origin !== origin) return;
      requests.push(url.pathname);
      const m = /\/assets\/([^/]+\.(?:m?js|css))$/.exec(url.pathname);
      if (m) finished.push({ file: m[1]!, at: Date.now() - t0 });
    });
    let report: (at: number) => void = () => undefined;
    const idle = new Promise<number>((r) => (report = r));
    await context.exposeBinding('__benchIdle', () => report(Date.now() - t0));
    await page.addInitScript({ content: IDLE_PROBE });
    await page.goto(new URL(QUERY, base).href, { waitUntil: 'commit', timeout: IDLE_TIMEOUT_MS });
    let timer: NodeJS.Timeout | undefined;
    const at = await Promise.race([
      idle,
      new Promise<null>((r) => (timer = setTimeout(() => r(null), IDLE_TIMEOUT_MS))),
    ]);
    clearTimeout(timer);
    return {
      idle: at,
      files: [...new Set(finished.filter((f) => at != null && f.at <= at).map((f) => f.file))].sort(),
      requests,
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const tmp = benchDir('first-load');
  const out = join(tmp, 'app');
  log(
    `# First-load benchmark, ${new Date().toISOString()} (node ${process.version}, load ${load()}), page /${QUERY}\n`,
  );
  buildApp(out);
  const s = await served(out, tmp);
  const runs: Run[] = [];
  const sizes = new Map<string, number>();
  try {
    for (let i = 0; i < Math.max(1, RUNS); i++) runs.push(await measure(s.browser, s.base));
    // Weighed before the temporary build goes.
    for (const f of new Set(runs.flatMap((r) => r.files)))
      sizes.set(f, gzipSync(readFileSync(join(out, 'assets', f)), { level: 9 }).length);
  } finally {
    await s.close();
  }
  const gz = (file: string) => sizes.get(file) ?? 0;
  const own = runs.map((r) => (r.idle == null ? null : r.files.filter((f) => !isMaplibre(f))));
  const kib = own.map((fs) => (fs && fs.length ? fs.reduce((a, f) => a + gz(f), 0) / 1024 : null));
  const last = [...runs].reverse().find((r) => r.idle != null);
  if (last) {
    log('Same-origin JS and CSS before the map was idle (gzip -9):');
    for (const f of last.files)
      log(
        `  ${f.padEnd(44)} ${`${(gz(f) / 1024).toFixed(1)} KiB`.padStart(10)}${isMaplibre(f) ? '  (maplibre-gl, not counted)' : ''}`,
      );
    log('');
  }
  runs.forEach((r, i) =>
    log(
      `  run ${i + 1}: ${r.idle == null ? 'TIMEOUT (map never idle)' : `idle ${r.idle} ms`}, app's own JS+CSS ${kib[i] == null ? '—' : `${kib[i]!.toFixed(1)} KiB`}`,
    ),
  );
  const m = median(kib);
  log(
    `\nApp's own JS+CSS before map idle (beyond maplibre-gl), median: ${m == null ? '—' : `${m.toFixed(1)} KiB`}  goal ≤ ${GOAL_KIB} KiB  ${m == null ? '' : m <= GOAL_KIB ? 'ok' : 'OVER'}`,
  );
  const verdict = benchVerdict([{ name: "app's own JS+CSS before idle", values: kib }]);
  if (!verdict.ok) {
    log(`FAILED: ${verdict.message}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
