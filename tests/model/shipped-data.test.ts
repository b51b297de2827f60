/** The shipped data passes the shipped validator, so the contract cannot drift from the code. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { validateBundleAsync } from '../../src/model/validate.ts';

const GEODATA = resolve(import.meta.dirname, '..', '..', 'geodata');
const NOT_ARTICLES = new Set(['sources', 'basemap']);
const ARTICLE_TEXT_SHA256 = '49f3aca75aef43017f84e0b6d6ecf2a20fb5bb358897c35b463d6622d4434607';

/** Article folders, as the app and the CLI see them: folders of `geodata/` holding an `article.json`. */
const folders = readdirSync(GEODATA)
  .filter((d) => !NOT_ARTICLES.has(d) && existsSync(join(GEODATA, d, 'article.json')))
  .sort();

describe('geodata/', () => {
  it('holds at least one article', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it('holds the delivered article text unchanged', () => {
    const text = readFileSync(join(GEODATA, 'hasakah-prison-us-statement-2022', 'article.txt'));
    expect(createHash('sha256').update(text).digest('hex')).toBe(ARTICLE_TEXT_SHA256);
  });

  it.each(folders)('%s validates with no errors', async (id) => {
    const { bundle, issues } = readArticleFromDisk(join(GEODATA, id));
    const found = bundle ? await validateBundleAsync(bundle, { expectedId: id }) : issues;
    expect(found.filter((i) => i.severity === 'error').map((i) => `${i.path}: ${i.message}`)).toEqual([]);
  });
});
