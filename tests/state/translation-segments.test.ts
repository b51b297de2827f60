import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { translationSegments } from '../../src/state/selectors.ts';

const model = buildModel(readArticleFromDisk('geodata/hasakah-prison-us-statement-2022').bundle!);

describe('translationSegments', () => {
  it('rebuilds every translation exactly from its segments', () => {
    for (const p of model.passages) {
      const text = translationSegments(model, p.id)
        .map((s) => (s.kind === 'note' ? '' : s.text))
        .join('');
      expect(text).toBe(p.translation.en.text);
    }
  });

  it('splits out the mentions, the anaphor and a note marker after its span', () => {
    const p18 = translationSegments(model, 'p18').filter((s) => s.kind === 'mention');
    expect(p18.map((s) => s.kind === 'mention' && [s.text, s.placeId, s.role])).toEqual([
      ['this crossing', 'semalka_crossing', 'anaphor'],
      ['northeast Syria', 'northeast_syria', 'place'],
    ]);
    const p08 = translationSegments(model, 'p08');
    const i = p08.findIndex((s) => s.kind === 'note');
    expect(p08[i - 1]).toMatchObject({ kind: 'text' });
    expect((p08[i - 1] as { text: string }).text.endsWith('re-try')).toBe(true);
  });

  it('an unknown passage has no segments', () => {
    expect(translationSegments(model, 'nope')).toEqual([]);
  });
});
