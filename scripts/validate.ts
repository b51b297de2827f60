/**
 * Validates article folders: every folder of `geodata/` holding an `article.json`, or the folders
 * given as arguments. Prints `<article-id>/<path>: <message>` per issue (warnings prefixed
 * `warning:`) and a summary per article; exits 1 when any error was found.
 *
 *   npm run validate [-- <folder>...]
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { articleIds } from '../geodata.plugin.ts';
import { readArticleFromDisk } from '../src/model/read-node.ts';
import type { ValidationIssue } from '../src/model/types.ts';
import { shippedLand } from '../src/model/land-node.ts';
import { validateBundleAsync } from '../src/model/validate.ts';

const GEODATA = resolve(import.meta.dirname, '..', 'geodata');
/** The article folders the app serves (the same list as `geodata/index.json`). */
const articleDirs = (): string[] => articleIds(GEODATA).map((d) => join(GEODATA, d));

async function validateDir(dir: string): Promise<ValidationIssue[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return [{ path: '', message: 'not a folder', severity: 'error' }];
  const { bundle, issues } = readArticleFromDisk(dir);
  return bundle ? validateBundleAsync(bundle, { expectedId: basename(dir), land: shippedLand() }) : issues;
}

const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : articleDirs();
if (dirs.length === 0) console.log('no article folders found');
let failed = false;
for (const dir of dirs) {
  const id = basename(dir);
  const issues = await validateDir(dir);
  const errors = issues.filter((i) => i.severity === 'error').length;
  for (const i of issues)
    console.log(`${i.severity === 'warning' ? 'warning: ' : ''}${id}/${i.path}: ${i.message}`);
  console.log(`${id}: ${errors} error(s), ${issues.length - errors} warning(s)${errors ? '' : ' - ok'}`);
  failed ||= errors > 0;
}
// Not `process.exit`: it would end the process with writes to a pipe still pending (output lost).
process.exitCode = failed ? 1 : 0;
