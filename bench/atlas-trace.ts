/**
 * The atlas's time filter, traced (issue 20): on a build kept by `BENCH_KEEP=1 npm run bench:atlas`
 * (`TRACE_DIR`, the kept `aa-bench-atlas-…` dir), times the bench's 30 commits of the date fields
 * (`atlas-brush.ts`, 60-day ranges), and for each one when each of the four updates the bench waits for (the
 * URL, the count, the first row, the map's `data-cluster-points`) first held; with a Chromium trace
 * over them, what the page's main thread did between the change and the last update (tasks, animation
 * frames, GC, layout) and how long it waited, with the V8 samples by function. Prints a table; not
 * part of `npm test`. The window of a step ends when count, row and map are updated (the permalink is
 * written at most every 300 ms after the commit: its own column).
 *
 * `TRACE_REBUILD=1` builds the app from this worktree into the kept dist first (the collection and the
 * articles stay). `TRACE_OUT=file.json` keeps the raw trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventsFile, PointsFile, Summary } from '../src/collection/format.ts';
import { AtlasEvents } from '../src/atlas/time-filter.ts';
import { brushSteps } from './atlas-brush.ts';
import { buildApp, load, log, served } from './browser.ts';

const TMP = process.env.TRACE_DIR;
if (!TMP) throw new Error('TRACE_DIR: the dir BENCH_KEEP=1 npm run bench:atlas kept');
const DIST = join(TMP, 'dist');
const COLLECTION = join(TMP, 'collection');
process.env.BENCH_KEEP = '1'; // never remove the kept dir

interface Ev {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

async function main(): Promise<void> {
  if (process.env.TRACE_REBUILD) {
    const app = join(TMP!, 'app');
    if (process.env.TRACE_NOMINIFY) {
      // Function names kept for the profile (the same code, not minified).
      const r = spawnSync(
        'npx',
        ['vite', 'build', '--outDir', app, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'],
        { encoding: 'utf8' },
      );
      if (r.status !== 0) throw new Error(r.stderr);
    } else buildApp(app);
    for (const e of readdirSync(app))
      if (e !== 'geodata') cpSync(join(app, e), join(DIST, e), { recursive: true });
    rmSync(app, { recursive: true, force: true });
  }
  log(`atlas trace, load ${load()}`);
  const summary = JSON.parse(readFileSync(join(COLLECTION, 'summary.json'), 'utf8')) as Summary;
  const points = JSON.parse(readFileSync(join(COLLECTION, 'points.json'), 'utf8')) as PointsFile;
  const ev = new AtlasEvents(JSON.parse(readFileSync(join(COLLECTION, 'events.json'), 'utf8')) as EventsFile);
  const s = await served(DIST, TMP!);
  try {
    const context = await s.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    await page.goto(new URL('atlas.html?lang=en', s.base).href);
    await page.locator('[data-testid="atlas-map"][data-state="idle"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="atlas"][data-rows="memory"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    await s.browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-devtools.timeline.frame',
        'blink.user_timing',
        'toplevel',
        'v8',
        'cc',
        'gpu',
        'viz',
        'disabled-by-default-v8.cpu_profiler',
      ],
    });
    const span = summary.span!;
    const rows: Record<string, number | null>[] = [];
    for (const step of brushSteps(ev, points, span)) {
      rows.push(
        await page.evaluate(
          (step) =>
            new Promise<Record<string, number | null>>((resolve) => {
              const $ = (sel: string) => document.querySelector(sel);
              const at: Record<string, number | null> = { url: null, count: null, row: null, map: null };
              const checks: Record<string, () => boolean> = {
                url: () => location.search.includes(`time=${step.from}`),
                count: () =>
                  ($('[data-testid="atlas-count"]')?.textContent ?? '').replace(/\D/g, '') === step.count,
                row: () =>
                  ($('[data-testid="atlas-list"] > li')?.getAttribute('data-article') ?? null) === step.first,
                map: () =>
                  ($('[data-testid="atlas-map"]') as HTMLElement | null)?.dataset.clusterPoints ===
                  String(step.points),
              };
              const t0 = performance.now();
              let done = false;
              let shown: number | null = null;
              let how0 = '';
              const poll = setInterval(() => look('poll'), 5);
              const look = (how: string) => {
                if (done) return;
                const t = performance.now() - t0;
                for (const k of Object.keys(checks)) if (at[k] == null && checks[k]!()) at[k] = t;
                // The window ends when what the reader sees (count, row, map) is updated; the
                // permalink (written at most every 300 ms) is waited for, timed on its own.
                if (shown == null && at.count != null && at.row != null && at.map != null) {
                  shown = t;
                  how0 = how;
                  performance.mark(`step-${step.i}-end`);
                }
                if (shown != null && at.url != null) {
                  done = true;
                  obs.disconnect();
                  clearInterval(poll);
                  resolve({ ...at, all: shown, [`by_${how0}`]: 1 });
                }
              };
              const obs = new MutationObserver(() => look('mutation'));
              const frame = () => {
                look('raf');
                if (!done) requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
              setTimeout(() => {
                if (!done) resolve({ ...at, all: null });
                done = true;
              }, 5000);
              obs.observe(document.body, {
                subtree: true,
                childList: true,
                characterData: true,
                attributes: true,
              });
              performance.mark(`step-${step.i}-start`);
              for (const [sel, v] of [
                ['[data-testid="atlas-from"]', step.from],
                ['[data-testid="atlas-to"]', step.to],
              ] as const) {
                const el = $(sel) as HTMLInputElement;
                el.value = v;
                el.dispatchEvent(new Event('change', { bubbles: true }));
              }
              look('sync');
            }),
          step,
        ),
      );
    }
    const buf = await s.browser.stopTracing();
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, buf);
    await context.close();
    const trace = (JSON.parse(buf.toString('utf8')) as { traceEvents: Ev[] }).traceEvents;
    analyse(trace, rows);
  } finally {
    await s.close();
  }
}

function analyse(trace: Ev[], rows: Record<string, number | null>[]): void {
  const marks = new Map<string, number>();
  let pid = 0;
  let tid = 0;
  for (const e of trace)
    if (e.cat.includes('blink.user_timing') && e.name.startsWith('step-')) {
      if (!marks.has(e.name)) marks.set(e.name, e.ts);
      pid = e.pid;
      tid = e.tid;
    }
  const main = trace.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const gpuTids = new Set(trace.filter((e) => e.name === 'thread_name').map((e) => `${e.pid}:${e.tid}`));
  void gpuTids;
  const tops = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const names = [
    'FireAnimationFrame',
    'FunctionCall',
    'EventDispatch',
    'UpdateLayoutTree',
    'Layout',
    'Paint',
    'PrePaint',
    'Layerize',
    'MinorGC',
    'MajorGC',
    'V8.GC_SCAVENGER',
    'V8.GC_MARK_COMPACTOR',
    'BeginMainThreadFrame',
    'Commit',
    'TimerFire',
    'HandlePostMessage',
    'RunMicrotasks',
    'ProxyMain::BeginMainFrame::commit',
  ];
  log(
    '\nstep | url / count / row / map / all (ms after the change) | by | main-thread tasks in the window: start+dur ms [what]',
  );
  const summary: Record<string, number[]> = { busy: [], wait: [] };
  for (const [i, r] of rows.entries()) {
    const a = marks.get(`step-${i}-start`);
    const b = marks.get(`step-${i}-end`);
    const head = `${i} | ${['url', 'count', 'row', 'map', 'all'].map((k) => (r[k] == null ? '–' : r[k]!.toFixed(1))).join(' / ')} | ${
      Object.keys(r)
        .find((k) => k.startsWith('by_'))
        ?.slice(3) ?? '?'
    }`;
    if (a == null || b == null) {
      log(head);
      continue;
    }
    const inWin = tops.filter((t) => t.ts + (t.dur ?? 0) >= a && t.ts <= b);
    let busy = 0;
    const parts = inWin.map((t) => {
      const s0 = Math.max(t.ts, a);
      const e0 = Math.min(t.ts + (t.dur ?? 0), b);
      busy += Math.max(0, e0 - s0);
      const kids = main.filter(
        (e) =>
          e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) && names.includes(e.name),
      );
      const agg = new Map<string, number>();
      for (const k of kids) agg.set(k.name, (agg.get(k.name) ?? 0) + (k.dur ?? 0));
      const what = [...agg]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 4)
        .map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`)
        .join(', ');
      return `${((t.ts - a) / 1000).toFixed(1)}+${((t.dur ?? 0) / 1000).toFixed(1)} [${what}]`;
    });
    summary.busy!.push(busy / 1000);
    summary.wait!.push((b - a - busy) / 1000);
    log(
      `${head} | busy ${(busy / 1000).toFixed(1)} idle ${((b - a - busy) / 1000).toFixed(1)} | ${parts.join('; ')}`,
    );
  }
  profile(
    trace,
    pid,
    tid,
    rows.map((_, i) => [marks.get(`step-${i}-start`) ?? 0, marks.get(`step-${i}-end`) ?? 0]),
  );
  const p = (xs: number[], q: number) => [...xs].sort((x, y) => x - y)[Math.ceil((q / 100) * xs.length) - 1];
  const all = rows.map((r) => r.all).filter((v): v is number => v != null);
  log(`\nall: p50 ${p(all, 50)?.toFixed(1)} p95 ${p(all, 95)?.toFixed(1)} ms (${all.length})`);
  for (const k of ['url', 'count', 'row', 'map']) {
    const xs = rows.map((r) => r[k]).filter((v): v is number => v != null);
    log(`${k}: p50 ${p(xs, 50)?.toFixed(1)} p95 ${p(xs, 95)?.toFixed(1)} ms`);
  }
  log(
    `main thread busy in window: p50 ${p(summary.busy!, 50)?.toFixed(1)} p95 ${p(summary.busy!, 95)?.toFixed(1)}; idle (waiting): p50 ${p(summary.wait!, 50)?.toFixed(1)} p95 ${p(summary.wait!, 95)?.toFixed(1)}`,
  );
}

interface Node {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string };
}

/** The V8 samples of the page's main thread in each step's window: self and inclusive time by function. */
function profile(trace: Ev[], pid: number, tid: number, wins: [number, number][]): void {
  const head = trace.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!head) return log('no profile');
  const id = (head as unknown as { id: string }).id;
  const nodes = new Map<number, Node>();
  let t = (head.args!.data as { startTime: number }).startTime;
  const samples: [number, number][] = [];
  for (const e of trace) {
    if (e.name !== 'ProfileChunk' || (e as unknown as { id: string }).id !== id) continue;
    const d = e.args!.data as { cpuProfile: { nodes?: Node[]; samples?: number[] }; timeDeltas?: number[] };
    for (const n of d.cpuProfile.nodes ?? []) nodes.set(n.id, n);
    const ss = d.cpuProfile.samples ?? [];
    for (const [i, s] of ss.entries()) {
      t += d.timeDeltas![i]!;
      samples.push([t, s]);
    }
  }
  samples.sort((a, b) => a[0] - b[0]);
  const name = (n: Node) => {
    const f = n.callFrame;
    return `${f.functionName || '(anon)'} ${
      (f.url ?? '')
        .split('/')
        .pop()
        ?.replace(/-[\w-]{8}\.js$/, '') ?? ''
    }`.trim();
  };
  const per: { self: Map<string, number>; incl: Map<string, number> }[] = wins.map(() => ({
    self: new Map(),
    incl: new Map(),
  }));
  for (let k = 0; k < samples.length; k++) {
    const [ts, sid] = samples[k]!;
    const dt = (samples[k + 1]?.[0] ?? ts) - ts;
    const w = wins.findIndex(([a, b]) => ts >= a && ts < b);
    if (w < 0) continue;
    let n = nodes.get(sid);
    if (!n) continue;
    const sn = name(n);
    per[w]!.self.set(sn, (per[w]!.self.get(sn) ?? 0) + dt);
    const seen = new Set<string>();
    while (n) {
      const nm = name(n);
      if (!seen.has(nm)) per[w]!.incl.set(nm, (per[w]!.incl.get(nm) ?? 0) + dt);
      seen.add(nm);
      n =
        nodes.get((n as Node & { parent?: number }).parent ?? -1) ??
        [...nodes.values()].find((m) => (m as unknown as { children?: number[] }).children?.includes(n!.id));
    }
  }
  const fmt = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([nm, d]) => `${nm} ${(d / 1000).toFixed(1)}`)
      .join('; ');
  const sum = { self: new Map<string, number>(), incl: new Map<string, number>() };
  for (const x of per)
    for (const key of ['self', 'incl'] as const)
      for (const [nm, d] of x[key]) sum[key].set(nm, (sum[key].get(nm) ?? 0) + d / wins.length);
  log(`\nprofile, ms a commit (mean of ${wins.length}), self: ${fmt(sum.self, 14)}`);
  log(`inclusive: ${fmt(sum.incl, 30)}`);
  const slow = wins
    .map(([a, b], i) => [b - a, i] as const)
    .sort((x, y) => y[0] - x[0])
    .slice(0, 3);
  for (const [d, i] of slow)
    log(`slow step ${i} (${(d / 1000).toFixed(1)} ms), self: ${fmt(per[i]!.self, 10)}`);
}

await main();
