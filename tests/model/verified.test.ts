import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticle, loadArticleIndex } from '../../src/model/load.ts';
import { matchesVerified, readVerified, type VerifiedArticle } from '../../src/model/verified.ts';
import { verifyArticle, verifyArticles } from '../../src/model/verify-node.ts';
import { VALID_DIR } from '../fixtures/fixtures.ts';

const FILES = [
  'article.json',
  'article.txt',
  'passages.json',
  'mentions.json',
  'places.geojson',
  'events.json',
];
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const BASE = 'https://atlas.test/';

/** The valid fixture copied to a folder named `valid` (its `meta.id`) in a fresh tmp root. */
function copyValid(): string {
  const root = mkdtempSync(join(tmpdir(), 'aa-verified-'));
  cpSync(VALID_DIR, join(root, 'valid'), { recursive: true });
  return root;
}

/** A fetch serving `dir`'s six files as article `valid` (with `override` bodies); records what it served. */
function serve(dir: string, override: Record<string, string> = {}) {
  return (async (input: RequestInfo | URL) => {
    const f = String(input).split('/').pop()!;
    const body = override[f] ?? readFileSync(join(dir, f));
    return new Response(body, { status: 200 });
  }) as typeof fetch;
}

describe('verifyArticle (the build side)', () => {
  it('records the sha256 of each file exactly as on disk, and the warnings found', async () => {
    const entry = await verifyArticle(VALID_DIR, 'valid');
    expect(entry).not.toBeNull();
    expect(Object.keys(entry!.files).sort()).toEqual([...FILES].sort());
    for (const f of FILES) expect(entry!.files[f]).toBe(sha(readFileSync(join(VALID_DIR, f))));
    expect(entry!.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('records nothing for a folder with an error: a wrong id, a bad file, a missing file', async () => {
    expect(await verifyArticle(VALID_DIR, 'another-id')).toBeNull();
    const root = copyValid();
    writeFileSync(join(root, 'valid', 'places.geojson'), '{"type":"FeatureCollection"');
    expect(await verifyArticle(join(root, 'valid'), 'valid')).toBeNull();
    expect(await verifyArticle(join(root, 'nothing-here'), 'nothing-here')).toBeNull();
    const ok = copyValid();
    expect(Object.keys(await verifyArticles(ok, ['valid', 'missing']))).toEqual(['valid']);
  });
});

describe('readVerified (index.json)', () => {
  const files = Object.fromEntries(FILES.map((f) => [f, 'a'.repeat(64)]));
  it('keeps well-formed entries and drops anything else', () => {
    expect(readVerified(undefined)).toEqual({});
    expect(readVerified([1])).toEqual({});
    const out = readVerified({
      good: { files, issues: [{ path: 'x', message: 'm', severity: 'warning' }] },
      shortHash: { files: { ...files, 'article.txt': 'abc' }, issues: [] },
      noIssues: { files },
      withError: { files, issues: [{ path: 'x', message: 'm', severity: 'error' }] },
      notObject: 'x',
    });
    expect(Object.keys(out)).toEqual(['good']);
  });

  it('loadArticleIndex returns the verified entries, or none', async () => {
    const index = (body: unknown) =>
      (async () => new Response(JSON.stringify(body), { status: 200 })) as typeof fetch;
    const withV = await loadArticleIndex(
      BASE,
      index({ articles: ['valid'], verified: { valid: { files, issues: [] } } }),
    );
    expect(withV.verified.valid?.files).toEqual(files);
    expect((await loadArticleIndex(BASE, index({ articles: ['valid'] }))).verified).toEqual({});
  });
});

describe('matchesVerified and loadArticle (the app side)', () => {
  it('matches only when every file has its digest', async () => {
    const entry = (await verifyArticle(VALID_DIR, 'valid'))!;
    const bytes = Object.fromEntries(FILES.map((f) => [f, new Uint8Array(readFileSync(join(VALID_DIR, f)))]));
    expect(await matchesVerified(entry, bytes)).toBe(true);
    expect(await matchesVerified(undefined, bytes)).toBe(false);
    const edited = { ...bytes, 'article.txt': new Uint8Array([...bytes['article.txt']!, 32]) };
    expect(await matchesVerified(entry, edited)).toBe(false);
    const fewer = { ...bytes };
    delete fewer['events.json'];
    expect(await matchesVerified(entry, fewer)).toBe(false);
  });

  it('trusts matching files: the build’s issues are reported, the validator is not run', async () => {
    const entry = (await verifyArticle(VALID_DIR, 'valid'))!;
    // A recorded warning the validator would never produce shows which path was taken.
    const marked: VerifiedArticle = {
      ...entry,
      issues: [{ path: 'x', message: 'from the build', severity: 'warning' }],
    };
    const { model, issues } = await loadArticle(BASE, 'valid', serve(VALID_DIR), { verified: marked });
    expect(model?.meta.id).toBe('valid');
    expect(issues).toEqual(marked.issues);
  });

  it('validates a file edited after the build, and refuses it with its error', async () => {
    const entry = (await verifyArticle(VALID_DIR, 'valid'))!;
    const marked: VerifiedArticle = {
      ...entry,
      issues: [{ path: 'x', message: 'from the build', severity: 'warning' }],
    };
    const meta = JSON.parse(readFileSync(join(VALID_DIR, 'article.json'), 'utf8')) as Record<string, unknown>;
    const edited = JSON.stringify({ ...meta, id: 'Not An Id' });
    const { model, issues } = await loadArticle(BASE, 'valid', serve(VALID_DIR, { 'article.json': edited }), {
      verified: marked,
    });
    expect(model).toBeNull();
    expect(issues.some((i) => i.path === 'meta.id' && i.severity === 'error')).toBe(true);
    expect(issues).not.toContainEqual(marked.issues[0]);
  });

  it('validates without Web Crypto (not a secure context)', async () => {
    const entry = (await verifyArticle(VALID_DIR, 'valid'))!;
    const marked: VerifiedArticle = {
      ...entry,
      issues: [{ path: 'x', message: 'from the build', severity: 'warning' }],
    };
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle');
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const { model, issues } = await loadArticle(BASE, 'valid', serve(VALID_DIR), { verified: marked });
      expect(model?.meta.id).toBe('valid');
      expect(issues.map((i) => i.path)).toContain('meta.textSha256');
    } finally {
      if (subtle) Object.defineProperty(globalThis.crypto, 'subtle', subtle);
      else delete (globalThis.crypto as { subtle?: unknown }).subtle;
    }
    expect(globalThis.crypto.subtle).toBeDefined();
  });
});
