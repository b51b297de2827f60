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
 * Bad input (not UTF-8, empty, an existing id without --force, an unknown language, a bad id,
 * a date that is not a calendar day such as 2022-02-30, markup or control characters in --outlet, a
 * --url that is not https) prints a clear message and exits 2 with nothing written.
 *
 * What it writes is validated first (issue 19.4): a folder the validator would reject is never
 * written (exit 2, its errors printed). A text with a byte-order mark or control characters (Word's
 * U+000B line break…) is cleaned first and each change said (src/ingest/clean-text.ts). The folder is
 * written crash-safely (src/review/folder-commit.ts), and an interrupted earlier run is finished or
 * rolled back first, and said.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../src/ingest/clean-text.ts';
import { parseGazetteer, withWorld } from '../src/ingest/gazetteer.ts';
import { worldParts } from './gazetteer/geonames.ts';
import { subdivisionNames } from './gazetteer/subdivisions.ts';
import { geometryResolver } from '../src/ingest/geometry.ts';
import { buildIndex, type MatchIndex } from '../src/ingest/match.ts';
import { splitText } from '../src/ingest/passages.ts';
import { ingest, SYNTHETIC_DEMO_NOTICE, type DraftFolder } from '../src/ingest/pipeline.ts';
import { isValidId } from '../src/model/ids.ts';
import { parseIsoSpan } from '../src/model/time.ts';
import { validateBundle } from '../src/model/validate.ts';
import { isHttpsUrl } from '../src/model/validate/common.ts';
import { badCharMessage, findBadChar, findMarkup } from '../src/model/validate/safety.ts';
import { commitFolder, recoverFolders } from '../src/review/folder-commit.ts';

const ROOT = resolve(import.meta.dirname, '..');

class InputError extends Error {}

const indexes = new Map<string, MatchIndex>();
/**
 * The match index of a gazetteer file, with the world's populated places (GeoNames, built in memory
 * at start, never committed) and the CLDR subdivision names unless `--no-world`; kept for later runs in the same process.
 */
function indexOf(file: string, world: boolean): MatchIndex {
  const key = `${world ? 1 : 0}|${file}|${statSync(file).mtimeMs}`;
  let index = indexes.get(key);
  if (!index) {
    const gazetteer = parseGazetteer(JSON.parse(readFileSync(file, 'utf8')));
    const parts = world ? worldParts() : undefined;
    const entries = parts ? withWorld(gazetteer.entries, parts.entries) : gazetteer.entries;
    index = buildIndex(entries, gazetteer.organisations, parts?.villages, world ? subdivisionNames() : []);
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
    (!/^\d{4}-\d{2}-\d{2}$/u.test(values.published) || parseIsoSpan(values.published, 'day') === null)
  )
    fail(`--published ${JSON.stringify(values.published)}: expected a calendar date YYYY-MM-DD`);
  if (values.url !== undefined && !isHttpsUrl(values.url))
    fail(`--url ${JSON.stringify(values.url)}: expected an https URL`);
  for (const key of ['outlet', 'url'] as const) {
    const v = values[key];
    if (v === undefined) continue;
    const bad = findBadChar(v);
    if (bad) fail(`--${key} ${JSON.stringify(v)}: ${badCharMessage(v, bad)}`);
    const markup = findMarkup(v);
    if (markup)
      fail(
        `--${key} ${JSON.stringify(v)}: ${JSON.stringify(markup)} looks like markup (text is shown as text)`,
      );
  }
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
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
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
    const delivered = readUtf8(args.file, 'the article text');
    const cleaned = cleanText(delivered.text);
    const text = cleaned.text;
    const bytes = cleaned.changes.length ? Buffer.from(text, 'utf8') : delivered.bytes;
    if (text.trim() === '') fail(`the article text ${args.file} is empty`);
    const lang = (args.lang as 'ar' | 'en' | undefined) ?? detectLang(text);
    const outRoot = resolve(args.out ?? join(ROOT, 'geodata'));
    const dir = join(outRoot, args.id);
    const exists = existsSync(dir);
    if (exists && !args.force)
      fail(`geodata folder ${dir} already exists: use --force to re-ingest (reviewed items are kept)`);
    const translated = args.translation
      ? cleanText(readUtf8(args.translation, 'the translation').text)
      : null;
    const translations = translated?.text.split(/\r?\n/u).filter((l) => l.trim() !== '');
    if (translations) {
      // One line per body passage, or the headline's translation first: anything else would shift
      // every passage's translation by a line.
      const split = splitText(text, args.outlet);
      const body = split.lines.filter((l) => l.role === 'body').length;
      const title = split.lines.some((l) => l.role === 'title');
      if (translations.length !== body && !(title && translations.length === body + 1))
        fail(
          `the translation has ${translations.length} non-empty lines but the article has ${body} body passages${title ? ' and a headline' : ''}: give one line per passage${title ? ` (${body}, or ${body + 1} with the headline's first)` : ''}`,
        );
    }
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
    // Never write what the validator rejects (a folder in geodata/ that fails stops the build).
    const textSha256 = createHash('sha256').update(bytes).digest('hex');
    // Validated as written: through JSON (a key whose value is undefined is not written).
    const written = {
      'article.json': json(folder.meta),
      'passages.json': json(folder.passages),
      'mentions.json': json(folder.mentions),
      'places.geojson': json(folder.places),
      'events.json': json(folder.events),
    };
    const read = (f: keyof typeof written) => JSON.parse(written[f]) as unknown;
    const errors = validateBundle(
      {
        meta: read('article.json'),
        text,
        passages: read('passages.json'),
        mentions: read('mentions.json'),
        places: read('places.geojson'),
        events: read('events.json'),
      },
      { textSha256, expectedId: args.id },
    ).filter((i) => i.severity === 'error');
    if (errors.length)
      fail(
        `not written: the draft would not validate (${errors.length} error${errors.length > 1 ? 's' : ''}):\n` +
          errors
            .slice(0, 10)
            .map((i) => `  ${i.path}: ${i.message}`)
            .join('\n'),
      );
    for (const line of recoverFolders(outRoot)) log(`ingest: ${line}`);
    commitFolder(
      outRoot,
      args.id,
      { 'article.txt': bytes, ...written },
      // The previous version is kept outside geodata/ (which is shipped): .review-previous/<id>/.
      exists ? { previous: previousDir(outRoot, args.id) } : {},
    );
    for (const c of cleaned.changes) log(`  cleaned the text: ${c} (article.txt is the cleaned text)`);
    for (const c of translated?.changes ?? []) log(`  cleaned the translation: ${c}`);
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
