/**
 * A shipped place named by one common word, far from everything an article names, is the word (issue
 * 18, round 22; `match-stray-word.ts`): al-Sina'a prison in al-Hasakah is «الصناعة» ("the industry")
 * for short in the article that names it, and «لصناعة» ("for the industry of") in a report from
 * Brazil or Bangladesh is no prison in Syria. The sentences are made up; the foreign points are rough.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseGazetteer, withWorld } from '../../src/ingest/gazetteer.ts';
import { buildIndex } from '../../src/ingest/match.ts';
import { w } from './entry-builders.ts';
import { foundIn } from './found.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('a shipped facility named by a common word, far from the article', () => {
  const g = parseGazetteer(JSON.parse(readFileSync(resolve(ROOT, 'geodata/gazetteer.json'), 'utf8')));
  const world = [
    w('g-saopaulo', ['ساو باولو'], ['São Paulo'], 'city', [-46.63, -23.55], 'BR', 12_000_000),
    w('g-santos', ['سانتوس'], ['Santos'], 'city', [-46.33, -23.96], 'BR', 430_000),
    w('g-dhaka', ['دكا'], ['Dhaka'], 'city', [90.41, 23.81], 'BD', 10_000_000),
    w('g-gazipur', ['غازيبور'], ['Gazipur'], 'city', [90.42, 24.0], 'BD', 1_000_000),
  ];
  const found = foundIn(buildIndex(withWorld(g.entries, world), g.organisations, [], []));

  test.each([
    'أغلقت مصانع في ساو باولو وسانتوس، وقال اتحاد لصناعة السيارات إن الإنتاج توقف.',
    'تضررت مصانع في دكا وغازيبور، وقالت رابطة الصناعة إن العمال عادوا.',
  ])('%s: no prison in al-Hasakah', (text) => {
    expect(found(text, 'ar').map((m) => m.id)).not.toContain('sinaa_prison');
  });

  test('an article from al-Hasakah keeps it', () => {
    expect(
      found('هاجم مسلحون سجن الصناعة في حي غويران بالحسكة، وتواصلت الاشتباكات قرب الصناعة.', 'ar'),
    ).toContainEqual({
      text: 'الصناعة',
      id: 'sinaa_prison',
    });
  });
});
