/** The shipped data passes the shipped validator, so the contract cannot drift from the code. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIds } from '../../geodata.plugin.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { shippedLand } from '../../src/model/land-node.ts';
import { validateBundleAsync } from '../../src/model/validate.ts';
import { DELIVERED } from '../fixtures/delivery.ts';

const GEODATA = resolve(import.meta.dirname, '..', '..', 'geodata');

/** Article folders, as the app and the CLI see them: folders of `geodata/` holding an `article.json`. */
const folders = articleIds(GEODATA);

describe('geodata/', () => {
  it('holds at least one article', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it.each([...DELIVERED])('%s holds the text exactly as delivered', (id, delivered) => {
    const bytes = readFileSync(join(GEODATA, id, 'article.txt'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(delivered.sha256);
    const text = bytes.toString('utf8');
    expect([...text].length).toBe(delivered.codePoints);
    expect(text.split('\n').length).toBe(delivered.lines);
    const meta = JSON.parse(readFileSync(join(GEODATA, id, 'article.json'), 'utf8')) as {
      textSha256?: unknown;
    };
    expect(meta.textSha256).toBe(delivered.sha256);
  });

  // The README promises "zero errors and zero warnings": every issue of any severity fails this test.
  it.each(folders)('%s validates with zero errors and zero warnings', async (id) => {
    const { bundle, issues } = readArticleFromDisk(join(GEODATA, id));
    const found = bundle
      ? await validateBundleAsync(bundle, { expectedId: id, land: shippedLand() })
      : issues;
    expect(found.map((i) => `${i.severity} ${i.path}: ${i.message}`)).toEqual([]);
  });
});
