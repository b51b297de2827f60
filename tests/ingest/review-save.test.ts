import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readForReview, saveReviewed, serverOnlyIssues, type ReviewPaths } from '../../src/review/server.ts';

const FIRST_ID = 'hasakah-prison-us-statement-2022';
const FIRST = resolve(import.meta.dirname, '../../geodata', FIRST_ID);
let root: string;
let paths: ReviewPaths;
const file = (f: string) => readFileSync(join(paths.geodata, FIRST_ID, f), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'aa-review-'));
  paths = { geodata: join(root, 'geodata'), previous: join(root, '.review-previous') };
  cpSync(FIRST, join(paths.geodata, FIRST_ID), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The folder as the page sends it: the five saved files (not the text or version it read). */
function edited() {
  const a: Record<string, unknown> = { ...readForReview(paths, FIRST_ID)! };
  delete a.text;
  delete a.version;
  const mentions = a.mentions as { role: string }[];
  mentions[0]!.role = 'place';
  (a.events as { title: { en: { text: string } } }[])[0]!.title.en.text = 'Edited in review';
  return a;
}

describe('the review save endpoint', () => {
  test('a valid save is written and the previous version kept', async () => {
    const before = file('events.json');
    const r = await saveReviewed(paths, FIRST_ID, edited());
    expect(r.ok).toBe(true);
    expect(JSON.parse(file('events.json'))[0].title.en.text).toBe('Edited in review');
    expect(readFileSync(join(paths.previous, FIRST_ID, 'events.json'), 'utf8')).toBe(before);
    // The text and notes are untouched; no temporary folder is left behind.
    expect(file('article.txt')).toBe(readFileSync(join(FIRST, 'article.txt'), 'utf8'));
    expect(existsSync(join(paths.geodata, FIRST_ID, 'NOTES.md'))).toBe(true);
    expect(readdirSync(paths.geodata)).toEqual([FIRST_ID]);
  });

  test('an invalid save is refused with its issues and nothing is written', async () => {
    const before = file('mentions.json');
    const a = edited();
    (a.mentions as { placeId: string }[])[0]!.placeId = 'nowhere';
    const r = await saveReviewed(paths, FIRST_ID, a);
    expect(r).toMatchObject({ ok: false, status: 422 });
    expect(r.issues.some((i) => i.path === 'mentions[0].placeId' && i.severity === 'error')).toBe(true);
    expect(file('mentions.json')).toBe(before);
    expect(existsSync(paths.previous)).toBe(false);
  });

  test.each(['staged'] as const)(
    'a save that fails %s (before its journal) leaves the previous version intact',
    async (failAt) => {
      const names = readdirSync(join(paths.geodata, FIRST_ID)).sort();
      const before = names.map((n) => file(n));
      const hook = (step: string) => {
        if (step === failAt) throw new Error(`interrupted (test) after ${step}`);
      };
      const r = await saveReviewed(paths, FIRST_ID, edited(), { hook });
      expect(r).toMatchObject({ ok: false, status: 500 });
      expect(readdirSync(join(paths.geodata, FIRST_ID)).sort()).toEqual(names);
      expect(names.map((n) => file(n))).toEqual(before);
      expect(readdirSync(paths.geodata)).toEqual([FIRST_ID]);
    },
  );

  test.each([['../etc'], ['__proto__'], ['missing']])('refuses the id %s', async (id) => {
    const r = await saveReviewed(paths, id, edited());
    expect(r.ok).toBe(false);
    expect(readForReview(paths, id)).toBeNull();
  });

  test('serverOnlyIssues: nothing for the shipped article; a point moved into the sea is reported', () => {
    const a = readForReview(paths, FIRST_ID)!;
    expect(serverOnlyIssues(paths, FIRST_ID, a)).toEqual([]);
    const places = a.places as { features: { geometry: { type: string; coordinates: unknown } | null }[] };
    const i = places.features.findIndex((f) => f.geometry?.type === 'Point');
    places.features[i]!.geometry!.coordinates = [34, 34];
    expect(serverOnlyIssues(paths, FIRST_ID, a).map((x) => [x.severity, x.path])).toEqual([
      ['warning', `places.features[${i}].geometry.coordinates`],
    ]);
  });
});
