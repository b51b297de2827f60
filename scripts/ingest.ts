/**
 * Writes a draft article folder from a text:
 *
 *   npm run ingest -- <article.txt> --id <id> [--lang ar|en] [--published YYYY-MM-DD]
 *                     [--outlet NAME] [--url URL] [--translation en.txt] [--out DIR] [--force]
 *                     [--synthetic-demo] [--no-world]
 *
 * The folder `<out>/<id>/` (default `geodata/<id>/`) gets the text byte-identical with its sha256,
 * passages, proposed mentions, places and events (see src/ingest/pipeline.ts). With `--force` over
 * an existing folder, reviewed items are kept and the previous version is kept in
 * `.review-previous/<id>/` (outside the shipped geodata/; `<out>/.previous/<id>/` with --out).
 * The gazetteer is `geodata/gazetteer.json` plus the world's populated places from GeoNames
 * (scripts/gazetteer/geonames.ts, ~68,000 entries built in memory at start); `--no-world` leaves
 * the latter out. `--synthetic-demo` marks a text the project wrote itself: article.json gets a reader notice (both
 * languages) that the app shows above the article.
 * Bad input (not UTF-8, empty, an existing id without --force, an unknown language, a bad id or
 * date) prints a clear message and exits 2 with nothing written.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseGazetteer, withWorld } from '../src/ingest/gazetteer.ts';
import { worldEntries } from './gazetteer/geonames.ts';
import { geometryResolver } from '../src/ingest/geometry.ts';
import { buildIndex, type MatchIndex } from '../src/ingest/match.ts';
import { ingest, SYNTHETIC_DEMO_NOTICE, type DraftFolder } from '../src/ingest/pipeline.ts';
import { isValidId } from '../src/model/ids.ts';

const ROOT = resolve(import.meta.dirname, '..');

class InputError extends Error {}

const indexes = new Map<string, MatchIndex>();
/**
 * The match index of a gazetteer file, with the world's populated places (GeoNames, built in memory
 * at start, never committed) unless `--no-world`; kept for later runs in the same process.
 */
function indexOf(file: string, world: boolean): MatchIndex {
  const key = `${world ? 1 : 0}|${file}|${statSync(file).mtimeMs}`;
  let index = indexes.get(key);
  if (!index) {
    const gazetteer = parseGazetteer(JSON.parse(readFileSync(file, 'utf8')));
    const entries = world ? withWorld(gazetteer.entries, worldEntries()) : gazetteer.entries;
    index = buildIndex(entries, gazetteer.organisations);
    indexes.set(key, index);
  }
  return index;
}

function fail(message: string): never {
  throw new InputError(message);
}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        lang: { type: 'string' },
        published: { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        translation: { type: 'string' },
        out: { type: 'string' },
        gazetteer: { type: 'string' },
        'no-world': { type: 'boolean' },
        force: { type: 'boolean', default: false },
        'synthetic-demo': { type: 'boolean', default: false },
        today: { type: 'string' },
      },
    });
  } catch (e) {
    fail((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    fail('give exactly one article text file: npm run ingest -- <article.txt> --id <id>');
  if (!values.id) fail('--id <id> is required');
  if (!isValidId(values.id))
    fail(
      `--id ${JSON.stringify(values.id)} is not a valid id (letters, digits, _ and -, up to 80, starting with a letter or digit)`,
    );
  if (values.lang !== undefined && values.lang !== 'ar' && values.lang !== 'en')
    fail(`--lang ${JSON.stringify(values.lang)}: unknown language (use ar or en)`);
  if (
    values.published !== undefined &&
    (!/^\d{4}-\d{2}-\d{2}$/u.test(values.published) || Number.isNaN(Date.parse(values.published)))
  )
    fail(`--published ${JSON.stringify(values.published)}: expected a date YYYY-MM-DD`);
  if (values.url !== undefined && !/^https?:\/\/\S+$/u.test(values.url))
    fail(`--url ${JSON.stringify(values.url)}: expected an http(s) URL`);
  return { file: positionals[0]!, ...values, id: values.id };
}

function readUtf8(path: string, what: string): { bytes: Buffer; text: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fail(`${what} ${path} could not be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${what} ${path} is not UTF-8 text`);
  }
  return { bytes, text };
}

/** Arabic when most letters are Arabic. */
function detectLang(text: string): 'ar' | 'en' {
  const ar = (text.match(/[\u0600-\u06ff]/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/gu) ?? []).length;
  return ar >= latin ? 'ar' : 'en';
}

function readFolder(dir: string): { folder: DraftFolder; text: string } {
  const j = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return {
    folder: {
      meta: j('article.json'),
      passages: j('passages.json'),
      mentions: j('mentions.json'),
      places: j('places.geojson'),
      events: j('events.json'),
    },
    text: readFileSync(join(dir, 'article.txt'), 'utf8'),
  };
}

/** Where the previous version of a re-ingested article is kept (never inside the shipped geodata/). */
function previousDir(outRoot: string, id: string): string {
  return outRoot === join(ROOT, 'geodata')
    ? join(ROOT, '.review-previous', id)
    : join(outRoot, '.previous', id);
}

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

/** Runs the command; returns the exit code. Never leaves a partial folder. */
export function main(
  argv: string[],
  log: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
): number {
  try {
    const args = parse(argv);
    const { bytes, text } = readUtf8(args.file, 'the article text');
    if (text.trim() === '') fail(`the article text ${args.file} is empty`);
    const lang = (args.lang as 'ar' | 'en' | undefined) ?? detectLang(text);
    const outRoot = resolve(args.out ?? join(ROOT, 'geodata'));
    const dir = join(outRoot, args.id);
    const exists = existsSync(dir);
    if (exists && !args.force)
      fail(`geodata folder ${dir} already exists: use --force to re-ingest (reviewed items are kept)`);
    const translations = args.translation
      ? readUtf8(args.translation, 'the translation')
          .text.split(/\r?\n/u)
          .filter((l) => l.trim() !== '')
      : undefined;
    let previous: { folder: DraftFolder; text: string } | undefined;
    if (exists) {
      try {
        previous = readFolder(dir);
      } catch (e) {
        fail(`the existing folder ${dir} could not be read (${(e as Error).message}); move it away first`);
      }
    }
    const gazetteerPath = args.gazetteer ?? join(ROOT, 'geodata', 'gazetteer.json');
    const index = indexOf(gazetteerPath, !args['no-world']);
    const { folder, report } = ingest({
      text,
      id: args.id,
      lang,
      ...(args.published ? { published: args.published } : {}),
      ...(args.outlet ? { outlet: args.outlet } : {}),
      ...(args.url ? { url: args.url } : {}),
      ...(args['synthetic-demo'] ? { notice: SYNTHETIC_DEMO_NOTICE } : {}),
      ...(translations ? { translations } : {}),
      index,
      geometryOf: geometryResolver(ROOT),
      ...(previous ? { previous } : {}),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      today: args.today ?? new Date().toISOString().slice(0, 10),
    });
    // Write everything into a temporary folder, then swap it in: a crash leaves the old folder whole.
    mkdirSync(outRoot, { recursive: true });
    const tmp = join(outRoot, `.${args.id}.ingest-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp);
    writeFileSync(join(tmp, 'article.txt'), bytes);
    writeFileSync(join(tmp, 'article.json'), json(folder.meta));
    writeFileSync(join(tmp, 'passages.json'), json(folder.passages));
    writeFileSync(join(tmp, 'mentions.json'), json(folder.mentions));
    writeFileSync(join(tmp, 'places.geojson'), json(folder.places));
    writeFileSync(join(tmp, 'events.json'), json(folder.events));
    if (exists) {
      if (existsSync(join(dir, 'NOTES.md'))) cpSync(join(dir, 'NOTES.md'), join(tmp, 'NOTES.md'));
      const old = join(outRoot, `.${args.id}.old-${process.pid}`);
      renameSync(dir, old);
      renameSync(tmp, dir);
      // The previous version is kept outside geodata/ (which is shipped): .review-previous/<id>/.
      const keep = previousDir(outRoot, args.id);
      rmSync(keep, { recursive: true, force: true });
      mkdirSync(dirname(keep), { recursive: true });
      renameSync(old, keep);
    } else renameSync(tmp, dir);

    log(`${args.id}: wrote ${dir}`);
    log(
      `  ${report.passages} passages; proposed: ${report.proposedMentions} mentions, ${report.proposedTranslationMentions} translation mentions, ${report.proposedPlaces} places from the gazetteer, ${report.unknownPlaces} unknown places to place, ${report.proposedEvents} events`,
    );
    if (previous)
      log(
        `  kept (reviewed): ${report.kept.mentions} mentions, ${report.kept.places} places, ${report.kept.events} events, ${report.kept.translations} translations; previous version in ${previousDir(outRoot, args.id)}`,
      );
    for (const m of report.moved) log(`  moved: ${m}`);
    for (const m of report.lost) log(`  LOST: ${m}`);
    for (const d of report.unresolvedDates) log(`  unresolved date: ${d}`);
    // The review page reads geodata/ unless told otherwise: with --out, say how to point it there.
    const env = outRoot === join(ROOT, 'geodata') ? '' : `AA_REVIEW_GEODATA=${outRoot} `;
    log(`  next: ${env}npm run review -- ${args.id}`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      err(`ingest: ${e.message}`);
      return 2;
    }
    err(`ingest: ${(e as Error).stack ?? e}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  process.exit(main(process.argv.slice(2)));
