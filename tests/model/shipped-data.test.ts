/** The shipped data passes the shipped validator, so the contract cannot drift from the code. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIds } from '../../geodata.plugin.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { validateBundleAsync } from '../../src/model/validate.ts';

const GEODATA = resolve(import.meta.dirname, '..', '..', 'geodata');

/** The delivery's own record of the text (`../shared/article/README.md`), read rather than copied. */
const SHARED_README = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'article', 'README.md');
const ARTICLE_TEXT_SHA256 = /sha256 `([0-9a-f]{64})`/.exec(readFileSync(SHARED_README, 'utf8'))?.[1];

/** Article folders, as the app and the CLI see them: folders of `geodata/` holding an `article.json`. */
const folders = articleIds(GEODATA);

describe('geodata/', () => {
  it('holds at least one article', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it('holds the delivered article text unchanged (sha256 from the delivery README)', () => {
    expect(ARTICLE_TEXT_SHA256).toMatch(/^[0-9a-f]{64}$/);
    const text = readFileSync(join(GEODATA, 'hasakah-prison-us-statement-2022', 'article.txt'));
    expect(createHash('sha256').update(text).digest('hex')).toBe(ARTICLE_TEXT_SHA256);
  });

  it.each(folders)('%s validates with no errors', async (id) => {
    const { bundle, issues } = readArticleFromDisk(join(GEODATA, id));
    const found = bundle ? await validateBundleAsync(bundle, { expectedId: id }) : issues;
    expect(found.filter((i) => i.severity === 'error').map((i) => `${i.path}: ${i.message}`)).toEqual([]);
  });
});
