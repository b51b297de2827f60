/**
 * Data files under fuzz (issue 8): a payload in every string field of the valid fixture, special ids,
 * truncated and deeply nested JSON. The validator never throws, and rejects every hostile case with
 * an issue naming the field or the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { ARTICLE_FILES, parseArticleFiles, type ArticleFile, type FileRead } from '../../src/model/load.ts';
import type { RawArticleBundle } from '../../src/model/types.ts';
import { hasErrors, validateBundle } from '../../src/model/validate.ts';
import { validBundle, VALID_DIR } from '../fixtures/fixtures.ts';
import { MARKUP_PAYLOADS } from './generators.ts';

type Json = unknown;

/** Every string in the bundle's JSON (not the article text), as [path segments, value]. */
function stringFields(v: Json, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof v === 'string') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringFields(x, [...path, i]));
  if (typeof v === 'object' && v !== null)
    return Object.entries(v).flatMap(([k, x]) => stringFields(x, [...path, k]));
  return [];
}

function setAt(root: Json, path: (string | number)[], value: unknown): void {
  let o = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path.at(-1)!] = value;
}

const VALID = validBundle();
const fresh = (): RawArticleBundle => structuredClone(VALID);
const json = (b: RawArticleBundle) => ({ ...b, text: undefined });
const FIELDS = stringFields(json(VALID));

describe('a payload in every text field', () => {
  it(
    `${FIELDS.length} fields × ${MARKUP_PAYLOADS.length} payloads: each rejected with an error at that field`,
    { timeout: 60_000 },
    () => {
      let cases = 0;
      for (const [path] of FIELDS) {
        for (const payload of MARKUP_PAYLOADS) {
          const bundle = fresh();
          setAt(bundle, path, payload);
          const issues = validateBundle(bundle);
          const dotted = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
          const at = dotted.slice(1);
          const errorsHere = issues.filter((i) => i.severity === 'error');
          expect(errorsHere.length, `${at} = ${payload}`).toBeGreaterThan(0);
          // Ids, enums and quotes fail their own rule; every other text field fails the markup rule there.
          expect(
            errorsHere.some((i) => i.path === at || i.path.startsWith(`${at}`) || at.includes('selector')),
            `${at} = ${payload}: ${JSON.stringify(errorsHere)}`,
          ).toBe(true);
          cases++;
        }
      }
      expect(cases).toBe(FIELDS.length * MARKUP_PAYLOADS.length);
    },
  );
});

/** Every id field with the references to it, renamed consistently across the bundle. */
function renameId(bundle: RawArticleBundle, from: string, to: string): RawArticleBundle {
  const walk = (v: Json): Json =>
    v === from
      ? to
      : Array.isArray(v)
        ? v.map(walk)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
          : v;
  return { ...(walk({ ...bundle, text: '' }) as RawArticleBundle), text: bundle.text };
}

const IDS = { meta: 'valid', place: 'tuv', passage: 'p2', mention: 'm2', event: 'e-opening' };
const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const INVALID_IDS = [
  '__proto__',
  '__defineGetter__',
  '../x',
  'a b',
  'a.b',
  '-a',
  '',
  'a'.repeat(81),
  'مكان',
  'x\u0000',
  '<b>',
];

describe('special ids for every id kind', () => {
  it.each(Object.entries(IDS))(
    '%s ids: prototype names are ordinary ids; invalid ids are errors',
    (_, id) => {
      for (const name of PROTOTYPE_NAMES) {
        const bundle = renameId(fresh(), id, name);
        expect(validateBundle(bundle), name).toEqual([]);
        buildModel(bundle);
      }
      for (const bad of INVALID_IDS) {
        const issues = validateBundle(renameId(fresh(), id, bad));
        expect(hasErrors(issues), JSON.stringify(bad)).toBe(true);
      }
      expect(({} as Record<string, unknown>).selected).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
    },
  );
});

const FILES = Object.keys(ARTICLE_FILES) as ArticleFile[];
const readAll = (): Record<ArticleFile, FileRead> =>
  Object.fromEntries(
    FILES.map((f) => [f, { ok: true, text: readFileSync(join(VALID_DIR, f), 'utf8') }]),
  ) as Record<ArticleFile, FileRead>;

/** Cut points per JSON file. */
const CUTS = 40;

describe('truncated JSON', () => {
  it.each(FILES.filter((f) => f !== 'article.txt'))(`%s cut at ${CUTS} points: the file is named`, (file) => {
    const reads = readAll();
    const full = (reads[file] as { text: string }).text.trimEnd();
    for (let k = 0; k < CUTS; k++) {
      const at = Math.floor((full.length * k) / CUTS);
      const { bundle, issues } = parseArticleFiles({
        ...reads,
        [file]: { ok: true, text: full.slice(0, at) },
      });
      expect(bundle).toBeNull();
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toBe(file);
      expect(issues[0]!.message).toMatch(/^not valid JSON \(/);
    }
  });
});

describe('deeply nested JSON', () => {
  const DEPTHS = [100, 10_000, 200_000];
  it.each(FILES.filter((f) => f !== 'article.txt'))(
    '%s as nested arrays: issues, no stack overflow',
    (file) => {
      for (const depth of DEPTHS) {
        const reads = readAll();
        const deep = '['.repeat(depth) + ']'.repeat(depth);
        const { bundle, issues } = parseArticleFiles({ ...reads, [file]: { ok: true, text: deep } });
        const found = bundle ? validateBundle(bundle) : issues;
        expect(hasErrors(found), `${file} at depth ${depth}`).toBe(true);
        expect(found.every((i) => !/validator failed unexpectedly/.test(i.message))).toBe(true);
      }
    },
  );

  it('a deep value inside a valid record is named with its path', () => {
    const bundle = validBundle();
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    (bundle.events as Record<string, unknown>[])[0]!.note = deep;
    const issues = validateBundle(bundle);
    expect(issues[0]).toMatchObject({ path: 'events[0].note', severity: 'error' });
    expect(issues.some((i) => /nested deeper than 32 levels/.test(i.message))).toBe(true);
  });
});
