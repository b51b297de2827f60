/**
 * What the browser benchmarks share: the app built into a private temporary directory (never
 * `dist/`), served by `vite preview` on 127.0.0.1, and one Debian Chromium with the test flags.
 * Also the figures' small helpers (median, load average). Benchmarks print; they never assert.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';

export const REPO = resolve(import.meta.dirname, '..');
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
export const ARTICLE = 'hasakah-prison-us-statement-2022';
export const log = (...a: unknown[]): void => console.log(...a);

/** The load average, 1/5/15 min. */
export const load = (sep = ' / '): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(sep);

/** The median of the numbers given (nulls left out); null when there are none. */
export function median(xs: readonly (number | null)[]): number | null {
  const s = xs.filter((x): x is number => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * CPU time (ms, user + system) used so far by every process this one started (the browser, its
 * GPU process, renderers and their threads), from `/proc`; null where there is no `/proc`. On a
 * shared machine CPU time varies far less than wall time: a second figure beside it.
 */
export function childCpuMs(): Map<number, number> | null {
  if (!existsSync('/proc/self/stat')) return null;
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(f[1]));
      ticks.set(Number(d), (Number(f[11]) + Number(f[12])) * 10); // USER_HZ 100
    } catch {
      // the process ended while read
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = parent.get(pid), i = 0; p != null && p > 1 && i < 32; p = parent.get(p), i++)
      if (p === process.pid) return true;
    return false;
  };
  return new Map([...ticks].filter(([pid]) => ours(pid)));
}

/** CPU ms the processes this one started used since `before` ({@link childCpuMs}); null without `/proc`. */
export function cpuSince(before: Map<number, number> | null): number | null {
  const now = childCpuMs();
  if (!before || !now) return null;
  let ms = 0;
  for (const [pid, t] of now) ms += t - (before.get(pid) ?? 0);
  return ms;
}

/** A private temporary directory for one benchmark's builds; removed by {@link served}'s close. */
export function benchDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `aa-bench-${name}-`));
}

/** `vite build` of the app into `outDir`. */
export function buildApp(outDir: string, timeout = 240_000): void {
  const r = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout,
  });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stderr}`);
}

export interface Served {
  /** The preview server's root URL, ending in `/`. */
  base: string;
  browser: Browser;
  /** Closes the browser and the server, and removes `tmp` unless BENCH_KEEP=1. */
  close(): Promise<void>;
}

/** Serves the build in `outDir` and launches one Chromium. */
export async function served(outDir: string, tmp: string): Promise<Served> {
  const server = await preview({
    root: REPO,
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir },
    logLevel: 'error',
  });
  const base = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
      if (!process.env.BENCH_KEEP) rmSync(tmp, { recursive: true, force: true });
    },
  };
}
