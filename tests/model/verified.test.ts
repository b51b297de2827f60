import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ARTICLE_FILES, loadArticle } from '../../src/model/load.ts';
import { matchesVerified, readVerified, type VerifiedArticle } from '../../src/model/verified.ts';
import { verifyArticle, writeVerified } from '../../src/model/verify-node.ts';
import { VALID_DIR } from '../fixtures/fixtures.ts';
import { anchor, isArea } from '../../src/carto/geometry.ts';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';

const FILES = Object.keys(ARTICLE_FILES);
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const BASE = 'https://atlas.test/';

/** The valid fixture copied to a folder named `valid` (its `meta.id`) in a fresh tmp root. */
function copyValid(): string {
  const root = mkdtempSync(join(tmpdir(), 'aa-verified-'));
  cpSync(VALID_DIR, join(root, 'valid'), { recursive: true });
  return root;
}

/**
 * A fetch serving the valid fixture as article `valid`, with `manifest` as its `verified.json` (404
 * without) and `override` bodies.
 */
function serve(manifest: VerifiedArticle | undefined, override: Record<string, string> = {}) {
  return (async (input: RequestInfo | URL) => {
    const f = String(input).split('/').pop()!;
    if (f === 'verified.json')
      return manifest ? new Response(JSON.stringify(manifest)) : new Response('', { status: 404 });
    return new Response(override[f] ?? readFileSync(join(VALID_DIR, f)), { status: 200 });
  }) as typeof fetch;
}

/** The build's manifest of the fixture, with a warning the validator never gives (shows which path ran). */
async function marked(): Promise<VerifiedArticle> {
  const entry = (await verifyArticle(VALID_DIR, 'valid'))!;
  return { ...entry, issues: [{ path: 'x', message: 'from the build', severity: 'warning' }] };
}

describe('verifyArticle and writeVerified (the build side)', () => {
  it('records the sha256 of each file exactly as on disk, and the warnings found', async () => {
    const entry = await verifyArticle(VALID_DIR, 'valid');
    expect(entry).not.toBeNull();
    expect(Object.keys(entry!.files).sort()).toEqual([...FILES].sort());
    for (const f of FILES) expect(entry!.files[f]).toBe(sha(readFileSync(join(VALID_DIR, f))));
    expect(entry!.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('records nothing for a folder with an error: a wrong id, a bad file, a missing folder', async () => {
    expect(await verifyArticle(VALID_DIR, 'another-id')).toBeNull();
    const root = copyValid();
    writeFileSync(join(root, 'valid', 'places.geojson'), '{"type":"FeatureCollection"');
    expect(await verifyArticle(join(root, 'valid'), 'valid')).toBeNull();
    expect(await writeVerified(root, ['valid'])).toEqual([]);
    expect(existsSync(join(root, 'valid', 'verified.json'))).toBe(false);
    expect(await verifyArticle(join(root, 'nothing-here'), 'nothing-here')).toBeNull();
  });

  it('writes verified.json into each valid folder', async () => {
    const root = copyValid();
    expect(await writeVerified(root, ['valid', 'missing'])).toEqual(['valid']);
    const written = JSON.parse(readFileSync(join(root, 'valid', 'verified.json'), 'utf8')) as unknown;
    expect(written).toEqual(await verifyArticle(VALID_DIR, 'valid'));
    expect(readVerified(written)).toEqual(written);
  });
});

describe("the areas' anchors recorded by the build", () => {
  it.each(['hasakah-prison-us-statement-2022', 'semalka-reopening-demo'])(
    '%s: one per area, each equal to anchor()',
    async (id) => {
      const dir = join('geodata', id);
      const entry = (await verifyArticle(dir, id))!;
      const model = buildModel(readArticleFromDisk(dir).bundle!);
      const areas = model.places.filter(isArea);
      expect(areas.length).toBeGreaterThan(0);
      expect(Object.keys(entry.anchors!).sort()).toEqual(areas.map((p) => p.id).sort());
      for (const p of areas) expect(entry.anchors![p.id]).toEqual(anchor(p));
      // And they survive the manifest's JSON exactly.
      expect(readVerified(JSON.parse(JSON.stringify(entry)))!.anchors).toEqual(entry.anchors);
    },
  );

  it('lets a trusted article draw its areas without the area code; anything else loads it', async () => {
    vi.resetModules();
    const geometry = await import('../../src/carto/geometry.ts');
    const load = await import('../../src/model/load.ts');
    const entry = (await verifyArticle(VALID_DIR, 'valid'))!;
    const { model } = await load.loadArticle(BASE, 'valid', serve(entry));
    const tuv = model!.places.find((p) => p.id === 'tuv')!;
    expect(geometry.anchor(tuv)).toEqual(entry.anchors!.tuv);
    // A copy of the area (not recorded) cannot be anchored until the area code loads.
    const copy = { ...tuv, geometry: structuredClone(tuv.geometry) };
    expect(() => geometry.anchor(copy)).toThrow(/not loaded/);
    // An older manifest without anchors: the loader loads the area code before handing out the model.
    const { model: older } = await load.loadArticle(BASE, 'valid', serve({ ...entry, anchors: undefined }));
    expect(geometry.anchor(older!.places.find((p) => p.id === 'tuv')!)).toEqual(entry.anchors!.tuv);
    expect(geometry.anchor(copy)).toEqual(entry.anchors!.tuv);
  });
});

describe('readVerified', () => {
  const files = Object.fromEntries(FILES.map((f) => [f, 'a'.repeat(64)]));
  it('keeps a well-formed manifest and drops anything else', () => {
    const good = { files, issues: [{ path: 'x', message: 'm', severity: 'warning' }] };
    expect(readVerified(good)).toEqual(good);
    expect(readVerified(undefined)).toBeUndefined();
    expect(readVerified([1])).toBeUndefined();
    expect(readVerified({ files: { ...files, 'article.txt': 'abc' }, issues: [] })).toBeUndefined();
    expect(readVerified({ files })).toBeUndefined();
    expect(readVerified({ files, issues: [{ path: 'x', message: 'm', severity: 'error' }] })).toBeUndefined();
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
    const m = await marked();
    const { model, issues } = await loadArticle(BASE, 'valid', serve(m));
    expect(model?.meta.id).toBe('valid');
    expect(issues).toEqual(m.issues);
  });

  it('validates without a manifest, or with a broken one', async () => {
    expect(await loadArticle(BASE, 'valid', serve(undefined))).toMatchObject({ issues: [] });
    const broken = { files: { 'article.json': 'x' }, issues: [] } as unknown as VerifiedArticle;
    const { model, issues } = await loadArticle(BASE, 'valid', serve(broken));
    expect(model?.meta.id).toBe('valid');
    expect(issues).toEqual([]);
  });

  it('validates a file edited after the build, and refuses it with its error', async () => {
    const m = await marked();
    const meta = JSON.parse(readFileSync(join(VALID_DIR, 'article.json'), 'utf8')) as Record<string, unknown>;
    const edited = JSON.stringify({ ...meta, id: 'Not An Id' });
    const { model, issues } = await loadArticle(BASE, 'valid', serve(m, { 'article.json': edited }));
    expect(model).toBeNull();
    expect(issues.some((i) => i.path === 'meta.id' && i.severity === 'error')).toBe(true);
    expect(issues).not.toContainEqual(m.issues[0]);
  });

  it('validates without Web Crypto (not a secure context)', async () => {
    const m = await marked();
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle');
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const { model, issues } = await loadArticle(BASE, 'valid', serve(m));
      expect(model?.meta.id).toBe('valid');
      expect(issues.map((i) => i.path)).toContain('meta.textSha256');
    } finally {
      if (subtle) Object.defineProperty(globalThis.crypto, 'subtle', subtle);
      else delete (globalThis.crypto as { subtle?: unknown }).subtle;
    }
    expect(globalThis.crypto.subtle).toBeDefined();
  });
});
