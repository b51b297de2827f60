/** The snapshot CLI's argument parser: views from flags or a file; every refusal names its reason. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputPaths, parseArgs } from '../../scripts/snapshot.ts';

describe('parseArgs', () => {
  it('reads one view from flags, the format from the file name', () => {
    const { views } = parseArgs([
      '--article',
      'a1',
      '--place',
      'p1',
      '--size',
      'a3-300',
      '--lang',
      'en',
      '--out',
      'x.csv',
    ]);
    expect(views).toEqual([
      expect.objectContaining({
        article: 'a1',
        place: 'p1',
        size: 'a3-300',
        lang: 'en',
        format: 'csv',
        out: 'x.csv',
        quote: true,
      }),
    ]);
  });

  it('draws the timeline strip only with --timeline (or "timeline": true in a views file)', () => {
    expect(parseArgs(['--out', 'x.png']).views[0]!.timeline).toBe(false);
    expect(parseArgs(['--timeline', '--out', 'x.svg']).views[0]!.timeline).toBe(true);
    const file = JSON.stringify([{ out: 'a.pdf', timeline: true }, { out: 'b.png' }]);
    expect(parseArgs(['--views', 'v.json'], () => file).views.map((v) => v.timeline)).toEqual([
      true,
      undefined,
    ]);
    expect(() => parseArgs(['--views', 'v.json'], () => '[{"out":"a.png","timeline":"yes"}]')).toThrow(
      /timeline must be true or false/,
    );
  });

  it('takes the PNG renderer from --renderer or the views file', () => {
    expect(parseArgs(['--renderer', 'map', '--out', 'x.png']).views[0]!.renderer).toBe('map');
    const file = JSON.stringify([{ out: 'a.png', renderer: 'page' }]);
    expect(parseArgs(['--views', 'v.json'], () => file).views[0]!.renderer).toBe('page');
  });

  it('takes --format with a matching extension or none', () => {
    expect(parseArgs(['--format', 'geojson', '--out', 'x.json']).views[0]!.format).toBe('geojson');
    expect(parseArgs(['--format', 'pdf', '--out', 'x.PDF']).views[0]!.format).toBe('pdf');
    expect(parseArgs(['--format', 'svg', '--out', 'out/map']).views[0]!.format).toBe('svg');
  });

  it("takes the permalinks' public address from --public-url, else ATLAS_PUBLIC_URL, else none", () => {
    const env = { ATLAS_PUBLIC_URL: 'https://atlas.example/maps' };
    expect(parseArgs(['--out', 'x.png'], undefined, {}).publicUrl).toBeNull();
    expect(parseArgs(['--out', 'x.png'], undefined, env).publicUrl).toBe('https://atlas.example/maps/');
    expect(
      parseArgs(['--public-url', 'https://news.example/atlas/', '--out', 'x.png'], undefined, env).publicUrl,
    ).toBe('https://news.example/atlas/');
    expect(
      parseArgs(['--views', 'v.json', '--public-url', 'https://a.example/'], () => '[{"out":"a.png"}]', {})
        .publicUrl,
    ).toBe('https://a.example/');
    expect(() => parseArgs(['--public-url', 'ftp://x.example/', '--out', 'x.png'], undefined, {})).toThrow(
      /--public-url must be http\(s\)/,
    );
    expect(() => parseArgs(['--public-url', 'atlas', '--out', 'x.png'], undefined, {})).toThrow(
      /--public-url must be an absolute http\(s\) URL/,
    );
  });

  it('reads many views from a file', () => {
    const file = JSON.stringify([{ out: 'a.png' }, { out: 'b.geojson', filtered: true }]);
    const { views } = parseArgs(['--views', 'v.json'], () => file);
    expect(views.map((v) => v.format)).toEqual(['png', 'geojson']);
  });

  it.each([
    [['--size', 'huge', '--out', 'x.png'], /--size "huge"/],
    [['--size', '99999x100', '--out', 'x.png'], /at most/],
    [['--format', 'gif', '--out', 'x.gif'], /--format must be one of/],
    [['--lang', 'fr', '--out', 'x.png'], /--lang must be ar or en/],
    [['--theme', 'blue', '--out', 'x.png'], /--theme/],
    [['--renderer', 'webgl', '--out', 'x.png'], /--renderer must be page or map/],
    [['--time', '2022-02-01/2022-01-01', '--out', 'x.png'], /end must be after/],
    [['--time', 'yesterday', '--out', 'x.png'], /time must be/],
    [['--place', '__proto__', '--out', 'x.png'], /not a valid id/],
    [['--bogus'], /unknown option --bogus/],
    [['stray'], /unexpected argument/],
    [['--out'], /needs a value/],
    [['--article', 'a1'], /--out FILE is required/],
    [['--views', 'v.json', '--lang', 'en'], /no other options/],
    [['--format', 'png', '--out', 'x.svg'], /ends in \.svg but --format is png: name it \.png/],
    [['--format', 'csv', '--out', 'x.geojson'], /ends in \.geojson but --format is csv/],
  ])('refuses %j', (args, why) => {
    expect(() => parseArgs(args, () => '[{"out":"a.png"}]')).toThrow(why);
  });

  it.each([
    ['not json', /not JSON/],
    ['[]', /non-empty JSON array/],
    ['[{"out":"a.png","colour":"red"}]', /unknown key "colour"/],
    ['[{"out":"a.png"},{"out":"b.png","lang":"fr"}]', /view 2: --lang/],
  ])('refuses a views file holding %s', (text, why) => {
    expect(() => parseArgs(['--views', 'v.json'], () => text)).toThrow(why);
  });
});

describe('outputs (issue 19.5)', () => {
  const views = (...outs: string[]) => outs.map((out) => ({ out }));
  const none = () => false;
  it('one view from the command line: the path as typed', () => {
    expect(outputPaths(views('../x.png'), { force: false, outDir: undefined, exists: none })).toEqual([
      resolve('../x.png'),
    ]);
  });
  it('a views file: every output under the output folder', () => {
    expect(
      outputPaths(views('a.png', 'sub/b.svg'), { force: false, outDir: '/tmp/o', exists: none }),
    ).toEqual(['/tmp/o/a.png', '/tmp/o/sub/b.svg']);
  });
  it.each([
    ['../escape.png', /leaves the output folder/],
    ['sub/../../escape.png', /leaves the output folder/],
    ['/etc/x.png', /must be a path relative/],
    ['.', /leaves the output folder/],
  ])('refuses %s', (out, message) => {
    expect(() => outputPaths(views('ok.png', out), { force: false, outDir: '/tmp/o', exists: none })).toThrow(
      message,
    );
  });
  it('refuses two views with one output (however spelled)', () => {
    expect(() =>
      outputPaths(views('a.png', './sub/../a.png'), { force: false, outDir: '/tmp/o', exists: none }),
    ).toThrow('view 2: out "./sub/../a.png" is also the output of view 1');
  });
  it('refuses to overwrite an existing file without --force', () => {
    const exists = (p: string) => p === '/tmp/o/b.png';
    expect(() => outputPaths(views('a.png', 'b.png'), { force: false, outDir: '/tmp/o', exists })).toThrow(
      'view 2: /tmp/o/b.png exists: use --force to overwrite it',
    );
    expect(outputPaths(views('a.png', 'b.png'), { force: true, outDir: '/tmp/o', exists })).toHaveLength(2);
  });
  it('parses --force and --out-dir (with --views only)', () => {
    const file = JSON.stringify([{ out: 'a.png' }]);
    expect(parseArgs(['--views', 'v.json', '--force', '--out-dir', 'o'], () => file)).toMatchObject({
      force: true,
      outDir: 'o',
    });
    expect(parseArgs(['--views', 'v.json'], () => file).outDir).toBe('.');
    expect(parseArgs(['--out', 'x.png']).outDir).toBeUndefined();
    expect(() => parseArgs(['--out', 'x.png', '--out-dir', 'o'])).toThrow('--out-dir goes with --views');
  });
  it('the command exits 2 and writes nothing when an output exists', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-snap-'));
    try {
      writeFileSync(join(dir, 'x.csv'), 'keep');
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          resolve(import.meta.dirname, '../../scripts/snapshot.ts'),
          '--out',
          join(dir, 'x.csv'),
        ],
        { encoding: 'utf8' },
      );
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('exists: use --force');
      expect(readFileSync(join(dir, 'x.csv'), 'utf8')).toBe('keep');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
