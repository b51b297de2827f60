/**
 * Timeline brush benchmark (node): per brush move, the range filter (RangeIndex over sorted typed
 * arrays) plus re-binning the events in range into one bin per pixel column, at 10k and 100k
 * synthetic events, against a naive baseline measured in the same run (Array.filter over event
 * objects, then the same binning). Prints figures; asserts nothing.
 *
 *   npx tsx bench/timeline-brush.ts
 */
import { binActive } from '../src/timeline/bins.ts';
import { RangeIndex } from '../src/timeline/filter.ts';
import { DAY } from '../src/model/time.ts';
import { syntheticEvents, toColumns, type SyntheticEvent } from '../src/timeline/synthetic.ts';

const MOVES = 500;
const BINS = 1200; // a wide desktop timeline: one bin per pixel column
const FROM = Date.UTC(2019, 0, 1);
const TO = Date.UTC(2024, 0, 1);

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** 500 brush positions: a 60-day window dragged across the five years, then resized back and forth. */
function brushMoves(): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < MOVES; i++) {
    const f = i / (MOVES - 1);
    const width = (i < MOVES / 2 ? 60 : 5 + Math.abs(Math.sin(i / 20)) * 400) * DAY;
    const a = FROM + f * (TO - FROM - width);
    out.push([a, a + width]);
  }
  return out;
}

function time(
  fn: (a: number, b: number) => number,
  moves: [number, number][],
): { ms: number[]; check: number } {
  const ms: number[] = [];
  let check = 0;
  for (const [a, b] of moves) {
    const t0 = performance.now();
    check += fn(a, b);
    ms.push(performance.now() - t0);
  }
  ms.sort((x, y) => x - y);
  return { ms, check };
}

function run(n: number): void {
  const events: SyntheticEvent[] = syntheticEvents(n, { seed: 2022 });
  const cols = toColumns(events);
  const index = new RangeIndex(cols.starts, cols.ends);
  const domain: [number, number] = [FROM, TO];
  const bins = new Int32Array(BINS + 1);
  let idx: Uint32Array = new Uint32Array(1024);
  const moves = brushMoves();

  const engine = (a: number, b: number) => {
    const r = index.indices(a, b, idx);
    idx = r.out;
    binActive(cols.starts, cols.ends, domain, BINS, bins, idx, r.n);
    return r.n;
  };

  const naiveBins = new Int32Array(BINS + 1);
  const baseline = (a: number, b: number) => {
    const hit = events.filter((e) => e.start < b && e.end > a);
    const s = Float64Array.from(hit, (e) => e.start);
    const en = Float64Array.from(hit, (e) => e.end);
    binActive(s, en, domain, BINS, naiveBins);
    return hit.length;
  };

  // Warm up both, then measure.
  time(engine, moves.slice(0, 50));
  time(baseline, moves.slice(0, 50));
  const e = time(engine, moves);
  const b = time(baseline, moves);
  if (e.check !== b.check) console.log(`  !! engine and baseline disagree: ${e.check} vs ${b.check}`);
  const fmt = (x: number) => x.toFixed(3).padStart(8);
  const row = (name: string, ms: number[]) =>
    `  ${name.padEnd(34)} p50 ${fmt(quantile(ms, 0.5))} ms   p95 ${fmt(quantile(ms, 0.95))} ms   max ${fmt(ms[ms.length - 1]!)} ms`;
  console.log(
    `${n.toLocaleString('en')} events, ${MOVES} brush moves, ${BINS} bins (avg ${Math.round(e.check / MOVES).toLocaleString('en')} events in range)`,
  );
  console.log(row('RangeIndex + binActive (engine)', e.ms));
  console.log(row('Array.filter + binActive (baseline)', b.ms));
  const ratio = (q: number) => (quantile(b.ms, q) / Math.max(1e-6, quantile(e.ms, q))).toFixed(1);
  console.log(`  baseline / engine: p50 ×${ratio(0.5)}, p95 ×${ratio(0.95)}`);
}

console.log(`node ${process.version}`);
for (const n of [10_000, 100_000]) run(n);

/**
 * `--browser`: the same engine under a real d3 brush in headless Chromium (bench/timeline.html via
 * the Vite dev server), 500 mouse moves at 100k events; prints the per-move work (filter + bins +
 * canvas redraw) and the rAF frame intervals while dragging.
 */
async function browser(): Promise<void> {
  const { createServer } = await import('vite');
  const { chromium } = await import('playwright-core');
  const server = await createServer({ server: { port: 0, strictPort: false }, logLevel: 'error' });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('../tests/e2e/chromium.ts');
  const b = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const n of [10_000, 100_000]) {
      const page = await b.newPage({ viewport: { width: 1280, height: 400 } });
      await page.goto(`${url}bench/timeline.html?n=${n}`);
      await page.waitForFunction(
        () =>
          'ready' in document.getElementById('status')!.dataset ||
          /ready/.test(document.getElementById('status')!.textContent!),
        null,
        { timeout: 60_000 },
      );
      await page.evaluate(() => (window as unknown as { __bench: { start(): void } }).__bench.start());
      const y = 40 + 70;
      await page.mouse.move(100, y);
      await page.mouse.down();
      for (let i = 0; i < MOVES; i++) {
        await page.mouse.move(100 + ((i * 7) % 1000), y);
      }
      await page.mouse.up();
      const r = await page.evaluate(() =>
        (window as unknown as { __bench: { stop(): { work: number[]; frames: number[] } } }).__bench.stop(),
      );
      const w = r.work.sort((x, y2) => x - y2);
      const f = r.frames.sort((x, y2) => x - y2);
      const fmt = (x: number) => x.toFixed(2).padStart(7);
      console.log(`browser, ${n.toLocaleString('en')} events, ${w.length} brush events`);
      console.log(
        `  work per move (filter + bins + canvas) p50 ${fmt(quantile(w, 0.5))} ms  p95 ${fmt(quantile(w, 0.95))} ms  max ${fmt(w[w.length - 1]!)} ms`,
      );
      console.log(
        `  frame interval while dragging (${f.length} frames) p50 ${fmt(quantile(f, 0.5))} ms  p95 ${fmt(quantile(f, 0.95))} ms`,
      );
      await page.close();
    }
  } finally {
    await b.close();
    await server.close();
  }
}

if (process.argv.includes('--browser')) await browser();
