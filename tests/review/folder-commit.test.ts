/**
 * A crash mid-save never makes an article vanish (issue 19.3): a child process saves through the
 * review save and is killed (SIGKILL) after each step of folder-commit.ts; at every step the article
 * folder is still there, and after recoverFolders (what the review server and ingest run on start)
 * it holds exactly the old files or exactly the new ones, with no hidden folder left.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitFolder, commitSteps, recoverFolders } from '../../src/review/folder-commit.ts';
import { SAVED_FILES } from '../../src/review/server.ts';

const ID = 'hasakah-prison-us-statement-2022';
const SHIPPED = resolve(import.meta.dirname, '../../geodata', ID);
const KILLER = join(import.meta.dirname, 'kill-save.ts');
const STEPS = commitSteps(Object.values(SAVED_FILES));
let root: string;

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'aa-kill-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a save killed at every step', () => {
  const OLD = snapshot(SHIPPED);
  const outcomes = new Map<string, Promise<{ signal: string | null; dir: string; previous: string }>>();
  /** One child per step, all started at once (each takes a second or so to start tsx). */
  function killedAt(step: string) {
    if (!outcomes.has(step)) {
      const base = join(root, step.replace(/[^a-z.]/gi, '_'));
      const geodata = join(base, 'geodata');
      const previous = join(base, 'previous');
      cpSync(SHIPPED, join(geodata, ID), { recursive: true });
      outcomes.set(
        step,
        promisify(execFile)(process.execPath, ['--import', 'tsx', KILLER, geodata, previous, ID, step], {
          cwd: resolve(import.meta.dirname, '../..'),
        }).then(
          () => ({ signal: null, dir: geodata, previous }),
          (e: { signal?: string }) => ({ signal: e.signal ?? null, dir: geodata, previous }),
        ),
      );
    }
    return outcomes.get(step)!;
  }
  beforeAll(() => {
    for (const s of STEPS) void killedAt(s);
  });

  it('has a step for every write of the protocol', () =>
    expect(STEPS).toEqual([
      'staged',
      'journal',
      'replaced:article.json',
      'replaced:passages.json',
      'replaced:mentions.json',
      'replaced:places.geojson',
      'replaced:events.json',
      'kept-previous',
      'journal-removed',
    ]));

  it.each(STEPS)(
    'killed after %s: the folder is there; after recovery it is all old or all new, nothing hidden left',
    async (step) => {
      const { signal, dir, previous } = await killedAt(step);
      expect(signal).toBe('SIGKILL');
      expect(existsSync(join(dir, ID, 'article.json'))).toBe(true);
      const said = recoverFolders(dir);
      expect(said.length).toBeGreaterThan(0);
      expect(readdirSync(dir)).toEqual([ID]);
      const now = snapshot(join(dir, ID));
      const committed = step !== 'staged';
      if (!committed) {
        expect(now).toEqual(OLD);
        expect(said.join('\n')).toMatch(/rolled back/);
      } else {
        // Every saved file holds the new version; the others (text, notes) are untouched.
        for (const [f, old] of Object.entries(OLD)) {
          if (!Object.values(SAVED_FILES).includes(f as 'events.json')) {
            expect(now[f]).toBe(old);
            continue;
          }
          const want = JSON.parse(old);
          if (f === 'events.json') want[0].title.en.text = 'Edited, then killed';
          expect(JSON.parse(now[f]!)).toEqual(want);
        }
        expect(Object.keys(now)).toEqual(Object.keys(OLD));
        // The previous version is the old folder, whole.
        expect(snapshot(join(previous, ID))).toEqual(OLD);
      }
      expect(recoverFolders(dir)).toEqual([]);
    },
    30_000,
  );
});

describe('recoverFolders', () => {
  it('puts back a folder the former two-rename save had moved aside, and drops its staging folder', () => {
    const dir = join(root, 'legacy');
    cpSync(SHIPPED, join(dir, `.${ID}.old-123-456`), { recursive: true });
    cpSync(SHIPPED, join(dir, `.${ID}.review-123-456`), { recursive: true });
    const said = recoverFolders(dir);
    expect(said).toHaveLength(2);
    expect(said.join('\n')).toMatch(/restored/);
    expect(readdirSync(dir)).toEqual([ID]);
    expect(snapshot(join(dir, ID))).toEqual(OLD_OF());
  });

  it('drops a hidden old folder when the article folder is whole', () => {
    const dir = join(root, 'legacy2');
    cpSync(SHIPPED, join(dir, ID), { recursive: true });
    mkdirSync(join(dir, `.${ID}.old-1-2`));
    expect(recoverFolders(dir)).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([ID]);
  });

  it('a save that throws before its journal leaves nothing behind; a new folder appears whole', () => {
    const dir = join(root, 'throws');
    cpSync(SHIPPED, join(dir, ID), { recursive: true });
    expect(() =>
      commitFolder(
        dir,
        ID,
        { 'events.json': '[]\n' },
        {
          hook: (s) => {
            if (s === 'staged') throw new Error('disk full');
          },
        },
      ),
    ).toThrow('disk full');
    expect(readdirSync(dir)).toEqual([ID]);
    expect(snapshot(join(dir, ID))).toEqual(OLD_OF());
    commitFolder(dir, 'fresh', { 'a.json': '1\n' });
    expect(readdirSync(dir).sort()).toEqual(['fresh', ID]);
  });
});

function OLD_OF() {
  return snapshot(SHIPPED);
}
