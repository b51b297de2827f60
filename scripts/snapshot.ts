/**
 * Batch export: drives the built app (`dist/`, served by `vite preview` on a free port) in headless
 * Chromium and calls the same export code as the interface's dialog (`window.articleAtlas`).
 *
 *   npm run snapshot -- --article <id> [--place <id>] [--event <id>] [--time A/B] [--lang ar|en]
 *     [--theme light|dark] [--size a4-300|a3-300|social|WxH|…] [--format png|svg|pdf|geojson|csv]
 *     [--no-quote] [--no-legend] [--timeline] [--viewport WxH] [--renderer page|map] --out FILE
 *   npm run snapshot -- --views views.json [--out-dir DIR]   (a JSON array of views with the same keys; one browser)
 *
 * Outputs (issue 19.5): an existing file is never overwritten without `--force`; two views may not
 * write the same file; a views file's `out` is a relative path kept under `--out-dir` (default: the
 * current folder; absolute paths and `..` that leave it are refused). Each file is written aside
 * and renamed into place, so a failed view leaves no half-written file.
 *
 * Permalinks in the files point at `--public-url URL`, else `ATLAS_PUBLIC_URL` (as the build's); with
 * neither, a file carries no permalink (the CLI's own server is gone once it exits) and says so.
 *
 * Exit 2 with a message for bad arguments; exit 1 when any view failed (the others are written).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { isValidId } from '../src/model/ids.ts';
import { parseSizeArg, resolveSize, type SizeRequest } from '../src/export/sizes.ts';
import { parseUrlState } from '../src/state/url-state.ts';
import { t } from '../src/i18n.ts';
import type { CliResult, ExportFormat } from '../src/export/api.ts';
import { setPdfInfo, subsetSvgFonts, svgToPdf } from '../src/export/node-pdf.ts';
import { publicBase } from '../embed-data.plugin.ts';

const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf', 'geojson', 'csv'];

/** One view to export, as given on the command line or in views.json. */
export interface View {
  article?: string;
  place?: string;
  event?: string;
  time?: string;
  lang?: 'ar' | 'en';
  theme?: 'light' | 'dark';
  size?: string;
  format?: ExportFormat;
  quote?: boolean;
  legend?: boolean;
  /** Draw the timeline strip (`--timeline`). */
  timeline?: boolean;
  /** Only what the time filter keeps (data formats). */
  filtered?: boolean;
  viewport?: string;
  /** PNG renderer: the vector page rasterised (default when it can draw the view) or the map engine. */
  renderer?: 'page' | 'map';
  /** Tile limit (tests force tiling with a small one). */
  tileLimit?: number;
  out: string;
}

class UsageError extends Error {}

const USAGE =
  'usage: npm run snapshot -- --article <id> [--place <id>] [--event <id>] [--time YYYY-MM-DD/YYYY-MM-DD] ' +
  '[--lang ar|en] [--theme light|dark] [--size a4-300|a3-300|social|WxH] [--format png|svg|pdf|geojson|csv] ' +
  '[--no-quote] [--no-legend] [--timeline] [--viewport WxH] [--renderer page|map] [--public-url URL] [--force] --out FILE\n' +
  '       npm run snapshot -- --views views.json [--out-dir DIR] [--public-url URL] [--force]';

/** The keys of a view that hold text; each is also a `--flag` of the same name. */
const STRING_KEYS = [
  'article',
  'place',
  'event',
  'time',
  'lang',
  'theme',
  'size',
  'format',
  'viewport',
  'renderer',
  'out',
] as const;
/** The keys the app reads from its URL (the rest are export options). */
const URL_KEYS = ['article', 'place', 'event', 'time', 'lang', 'theme'] as const;
/** The true/false keys of a view and the flag that sets each (`--no-quote` → `quote: false`). */
const BOOL_KEYS = {
  quote: 'no-quote',
  legend: 'no-legend',
  timeline: 'timeline',
  filtered: 'filtered',
} as const;
const VIEW_KEYS = new Set<string>([...STRING_KEYS, ...Object.keys(BOOL_KEYS), 'tileLimit']);
const VALUE_FLAGS = new Set<string>([...STRING_KEYS, 'views', 'tile-limit', 'dist', 'out-dir', 'public-url']);
const BOOL_FLAGS = new Set<string>([...Object.values(BOOL_KEYS), 'force']);
/** Options that apply to the whole run, allowed beside `--views`. */
const RUN_FLAGS = new Set(['views', 'dist', 'force', 'out-dir', 'public-url']);

/**
 * Parses argv into views; throws {@link UsageError} with the reason. `publicUrl` is the base URL
 * permalinks point at (`--public-url`, else `env.ATLAS_PUBLIC_URL`), or null: no permalink.
 */
export function parseArgs(
  argv: readonly string[],
  readViews = (p: string) => readFileSync(p, 'utf8'),
  env: Readonly<Record<string, string | undefined>> = process.env,
): { views: View[]; dist: string; publicUrl: string | null; force: boolean; outDir: string | undefined } {
  const opts = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`unexpected argument "${arg}"`);
    const [, name, inline] = m as unknown as [string, string, string | undefined];
    if (BOOL_FLAGS.has(name)) {
      opts.set(name, true);
      continue;
    }
    if (!VALUE_FLAGS.has(name)) throw new UsageError(`unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value == null || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    opts.set(name, value);
  }
  const dist = String(opts.get('dist') ?? 'dist');
  const given = opts.get('public-url') as string | undefined;
  let publicUrl: string | null;
  try {
    const base = given != null ? publicBase(given, '--public-url') : publicBase(env['ATLAS_PUBLIC_URL']);
    publicUrl = base === './' ? null : base;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  let raw: unknown[];
  if (opts.has('views')) {
    if ([...opts.keys()].some((k) => !RUN_FLAGS.has(k)))
      throw new UsageError('--views takes no other options (put them in the file)');
    let text: string;
    try {
      text = readViews(String(opts.get('views')));
    } catch (e) {
      throw new UsageError(`cannot read ${String(opts.get('views'))}: ${(e as Error).message}`);
    }
    try {
      raw = JSON.parse(text) as unknown[];
    } catch (e) {
      throw new UsageError(`${String(opts.get('views'))} is not JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(raw) || raw.length === 0)
      throw new UsageError('the views file must hold a non-empty JSON array');
  } else {
    const g = (k: string) => (opts.get(k) as string | undefined) ?? undefined;
    const view: Record<string, unknown> = Object.fromEntries(STRING_KEYS.map((k) => [k, g(k)]));
    if (g('tile-limit') != null) view.tileLimit = Number(g('tile-limit'));
    for (const [k, flag] of Object.entries(BOOL_KEYS))
      view[k] = flag.startsWith('no-') ? !opts.has(flag) : opts.has(flag);
    raw = [view];
  }
  if (opts.has('out-dir') && !opts.has('views')) throw new UsageError('--out-dir goes with --views');
  return {
    views: raw.map((v, i) => checkView(v, raw.length > 1 ? `view ${i + 1}: ` : '')),
    dist,
    publicUrl,
    force: opts.has('force'),
    outDir: opts.has('out-dir') ? String(opts.get('out-dir')) : opts.has('views') ? '.' : undefined,
  };
}

/**
 * The absolute path of each view's output, or the reason to refuse the run: a views file's output
 * outside `outDir` (absolute, or `..` leaving it), two views writing one file, or a file that exists
 * without `force`. `outDir` undefined: one view from the command line, its path as typed.
 */
export function outputPaths(
  views: readonly View[],
  opts: { force: boolean; outDir: string | undefined; exists?: (p: string) => boolean },
): string[] {
  const exists = opts.exists ?? existsSync;
  const where = (i: number) => (views.length > 1 ? `view ${i + 1}: ` : '');
  const seen = new Map<string, number>();
  return views.map((v, i) => {
    let path: string;
    if (opts.outDir === undefined) path = resolve(v.out);
    else {
      const root = resolve(opts.outDir);
      if (isAbsolute(v.out))
        throw new UsageError(
          `${where(i)}out "${v.out}" must be a path relative to the output folder ${root}`,
        );
      path = resolve(root, v.out);
      const rel = relative(root, path);
      if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
        throw new UsageError(`${where(i)}out "${v.out}" leaves the output folder ${root}`);
    }
    const first = seen.get(path);
    if (first !== undefined)
      throw new UsageError(`${where(i)}out "${v.out}" is also the output of view ${first + 1}`);
    seen.set(path, i);
    if (!opts.force && exists(path))
      throw new UsageError(`${where(i)}${path} exists: use --force to overwrite it`);
    return path;
  });
}

function checkView(v: unknown, where: string): View {
  if (typeof v !== 'object' || v == null || Array.isArray(v))
    throw new UsageError(`${where}a view must be an object`);
  const o = v as Record<string, unknown>;

  for (const k of Object.keys(o)) if (!VIEW_KEYS.has(k)) throw new UsageError(`${where}unknown key "${k}"`);
  const str = (k: string) => {
    if (o[k] != null && typeof o[k] !== 'string') throw new UsageError(`${where}${k} must be a string`);
    return o[k] as string | undefined;
  };
  if (!str('out')) throw new UsageError(`${where}--out FILE is required`);
  for (const k of ['article', 'place', 'event'])
    if (str(k) != null && !isValidId(o[k]))
      throw new UsageError(`${where}--${k} "${String(o[k])}" is not a valid id`);
  if (str('lang') != null && o.lang !== 'ar' && o.lang !== 'en')
    throw new UsageError(`${where}--lang must be ar or en`);
  if (str('theme') != null && o.theme !== 'light' && o.theme !== 'dark')
    throw new UsageError(`${where}--theme must be light or dark`);
  if (str('time') != null) {
    const { notices } = parseUrlState(`?time=${encodeURIComponent(o.time as string)}`);
    if (notices.length) {
      const n = notices[0]!;
      throw new UsageError(`${where}--time: ${t('en', n.reason, n.vars)}`);
    }
  }
  const format = (str('format') ?? inferFormat(o.out as string)) as ExportFormat;
  if (!FORMATS.includes(format))
    throw new UsageError(`${where}--format must be one of ${FORMATS.join(', ')}`);
  const ext = extensionOf(o.out as string);
  if (ext != null && !EXTENSIONS[format].includes(ext))
    throw new UsageError(
      `${where}--out "${String(o.out)}" ends in .${ext} but --format is ${format}: name it .${EXTENSIONS[format][0]} or drop --format`,
    );
  if (str('size') != null) {
    const req = parseSizeArg(o.size as string);
    if (!req)
      throw new UsageError(`${where}--size "${String(o.size)}" is not a preset, WxH, WxHmm@DPI or screen@N`);
    const r = resolveSize(req, { width: 1280, height: 800 });
    if ('error' in r) throw new UsageError(`${where}--size: ${r.error}`);
  }
  if (str('viewport') != null && !/^\d{3,4}x\d{3,4}$/.test(o.viewport as string))
    throw new UsageError(`${where}--viewport must be WxH (e.g. 1280x800)`);
  if (str('renderer') != null && o.renderer !== 'page' && o.renderer !== 'map')
    throw new UsageError(`${where}--renderer must be page or map`);
  if (o.tileLimit != null && !(Number.isInteger(o.tileLimit) && (o.tileLimit as number) >= 512))
    throw new UsageError(`${where}tileLimit must be an integer ≥ 512`);
  for (const k of Object.keys(BOOL_KEYS))
    if (o[k] != null && typeof o[k] !== 'boolean') throw new UsageError(`${where}${k} must be true or false`);
  return { ...(o as unknown as View), format };
}

/** The file name endings each format may be written to (the first is the one to suggest). */
const EXTENSIONS: Record<ExportFormat, readonly string[]> = {
  png: ['png'],
  svg: ['svg'],
  pdf: ['pdf'],
  geojson: ['geojson', 'json'],
  csv: ['csv'],
};

/** The lower-case extension of a file name, or null when it has none. */
function extensionOf(out: string): string | null {
  return /\.([a-z0-9]+)$/i.exec(out)?.[1]?.toLowerCase() ?? null;
}

/** The format a file name asks for (no extension: PNG). */
function inferFormat(out: string): string {
  const ext = extensionOf(out);
  return ext === 'json' ? 'geojson' : (ext ?? 'png');
}

/** Ids the built data holds, for clear errors before a browser starts. */
function checkIds(dist: string, v: View, articles: string[]): string | null {
  const article = v.article ?? articles[0];
  if (!article || !articles.includes(article))
    return `no article "${v.article}" (have: ${articles.join(', ')})`;
  const dir = resolve(dist, 'geodata', article);
  if (v.place) {
    const places = JSON.parse(readFileSync(resolve(dir, 'places.geojson'), 'utf8')) as {
      features: { id: string }[];
    };
    if (!places.features.some((f) => f.id === v.place)) return `no place "${v.place}" in ${article}`;
  }
  if (v.event) {
    const events = JSON.parse(readFileSync(resolve(dir, 'events.json'), 'utf8')) as { id: string }[];
    if (!events.some((e) => e.id === v.event)) return `no event "${v.event}" in ${article}`;
  }
  return null;
}

async function exportView(
  browser: Browser,
  base: string,
  v: View,
  publicUrl: string | null,
): Promise<{ bytes: Buffer; result: CliResult & { ok: true } }> {
  const [vw, vh] = (v.viewport ?? '1280x800').split('x').map(Number) as [number, number];
  const context = await browser.newContext({
    viewport: { width: vw, height: vh },
    reducedMotion: 'reduce',
    timezoneId: 'UTC',
    locale: v.lang === 'en' ? 'en-GB' : 'ar',
  });
  const origin = new URL(base).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')
      ? route.continue()
      : route.abort();
  });
  try {
    const page = await context.newPage();
    const q = new URLSearchParams();
    for (const k of URL_KEYS) if (v[k]) q.set(k, v[k]!);
    await page.goto(`${base}?${q}`);
    await page.waitForFunction(() => window.articleAtlas != null, null, { timeout: 30_000 });
    // Settled: the map is loaded, not moving, with its tiles, twice in a row.
    await page.waitForFunction(
      () => {
        const el = document.querySelector('[data-testid="map"]') as
          (HTMLElement & { maplibre?: import('maplibre-gl').Map }) | null;
        const m = el?.maplibre;
        const w = window as unknown as { __aaSettled?: number };
        const ok = !!m && m.loaded() && !m.isMoving() && m.areTilesLoaded();
        w.__aaSettled = ok ? (w.__aaSettled ?? 0) + 1 : 0;
        return w.__aaSettled >= 3;
      },
      null,
      { timeout: 30_000, polling: 150 },
    );
    const size: SizeRequest | undefined = v.size ? parseSizeArg(v.size)! : undefined;
    const result = await page.evaluate(
      (req) =>
        window.articleAtlas!.export(req as Parameters<NonNullable<Window['articleAtlas']>['export']>[0]),
      {
        // A PDF is Chromium's print of the SVG page.
        format: v.format === 'pdf' ? 'svg' : v.format!,
        size,
        withQuote: v.quote ?? true,
        withLegend: v.legend ?? true,
        withTimeline: v.timeline ?? false,
        filtered: v.filtered,
        tileLimit: v.tileLimit,
        renderer: v.renderer,
        publicBase: publicUrl,
      },
    );
    if (!result.ok) throw new Error(result.error);
    if (result.svg) {
      const svg = await subsetSvgFonts(Buffer.from(result.base64, 'base64').toString('utf8'));
      if (v.format === 'svg') return { bytes: Buffer.from(svg, 'utf8'), result };
      const pdf = await setPdfInfo(
        await svgToPdf(context, svg, result.svg),
        result.svg.metadata,
        v.lang ?? 'ar',
      );
      return { bytes: Buffer.from(pdf), result: { ...result, format: 'pdf' } };
    }
    return { bytes: Buffer.from(result.base64, 'base64'), result };
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`snapshot: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  const { views, dist, publicUrl } = parsed;
  if (!publicUrl)
    console.warn('snapshot: no --public-url or ATLAS_PUBLIC_URL: the files carry no permalink (and say so)');
  let outs: string[];
  try {
    outs = outputPaths(views, parsed);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`snapshot: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const index = resolve(dist, 'geodata', 'index.json');
  if (!existsSync(resolve(dist, 'index.html')) || !existsSync(index)) {
    console.error(`snapshot: no built app in ${dist}/ (run npm run build first)`);
    return 2;
  }
  const articles = (JSON.parse(readFileSync(index, 'utf8')) as { articles: string[] }).articles;
  const problems = views.map((v) => checkIds(dist, v, articles));
  if (views.length === 1 && problems[0]) {
    console.error(`snapshot: ${problems[0]}`);
    return 2;
  }

  const server = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    build: { outDir: dist },
    logLevel: 'error',
  });
  const base = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let failed = 0;
  try {
    for (const [i, v] of views.entries()) {
      const tag = `[${i + 1}/${views.length}] ${v.out}`;
      const t0 = performance.now();
      try {
        if (problems[i]) throw new Error(problems[i]!);
        if (!base) throw new Error('vite preview did not report a URL');
        const { bytes, result } = await exportView(browser, base, v, publicUrl);
        const out = outs[i]!;
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(`${out}.part-${process.pid}`, bytes);
        renameSync(`${out}.part-${process.pid}`, out);
        const what = result.png
          ? `${result.png.width}×${result.png.height} png (${result.png.renderer === 'page' ? 'vector page' : `map engine, ${result.png.tiles} tile(s)`})`
          : result.svg
            ? `${result.svg.mm ? `${result.svg.mm.join('×')} mm` : `${Math.round(result.svg.width)}×${Math.round(result.svg.height)} px`} ${v.format}`
            : v.format;
        console.log(
          `${tag}: ${what}, ${(bytes.length / 1024).toFixed(0)} KiB, ${((performance.now() - t0) / 1000).toFixed(1)} s${result.png ? ` (export ${(result.png.ms / 1000).toFixed(1)} s: ${JSON.stringify(result.png.timings)})` : ''}`,
        );
      } catch (e) {
        failed++;
        console.error(`${tag}: FAILED: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
  if (failed) console.error(`snapshot: ${failed} of ${views.length} view(s) failed`);
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error('snapshot:', e);
      process.exit(1);
    },
  );
}
