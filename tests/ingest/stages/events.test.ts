import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../../src/ingest/match.ts';
import { ingest } from '../../../src/ingest/pipeline.ts';
import { ENTRIES, ORGS } from '../gazetteer-fixture.ts';

const index = buildIndex(ENTRIES, ORGS);
const run = (text: string, published?: string) =>
  ingest({
    text,
    id: 't',
    lang: 'en',
    ...(published ? { published } : {}),
    index,
    geometryOf: () => ({ geometry: null }),
    sha256: '0'.repeat(64),
    today: '2026-12-01',
  }).folder;

describe('the events stage: a date it cannot resolve is a review warning, never the ingest day', () => {
  const text = 'Aid arrives\n\nThe convoy reached the border on Thursday 12 March, officials said.\n';

  test('no publication date: the weekday date stays unresolved and is listed on the draft', () => {
    const f = run(text);
    expect(f.events.map((e) => e.date)).not.toContain('2026-03-12');
    expect(f.events.filter((e) => e.date.startsWith('2026'))).toEqual([]);
    expect(f.meta.draft?.unresolvedDates).toEqual([
      expect.stringMatching(/^"Thursday 12 March" \(p\d+\): no year in the text and no publication date/u),
    ]);
  });

  test('with the year in the narrative, it is an event of that year', () => {
    const f = run(text.replace('said.', 'said. The crisis began in January 2020.'));
    expect(f.events.map((e) => e.date)).toContain('2020-03-12');
    expect(f.meta.draft?.unresolvedDates).toBeUndefined();
  });
});

describe('a rerun resolves dates against the publication date the reviewer wrote', () => {
  const text = 'Aid arrives\n\nThe convoy reached the border yesterday, officials said.\n';

  test('the placeholder (the ingest day) is never used; the reviewed date is', () => {
    const first = run(text);
    expect(first.events.map((e) => e.date)).toEqual([]);
    const reviewed = {
      ...first,
      meta: {
        ...first.meta,
        published: {
          date: '2020-03-13',
          precision: 'day' as const,
          certainty: 'high' as const,
          inferred: false,
          reasoning: 'Publication date entered by the reviewer from the outlet.',
          sources: [{ title: 'the outlet' }],
        },
      },
    };
    const again = ingest({
      text,
      id: 't',
      lang: 'en',
      index,
      geometryOf: () => ({ geometry: null }),
      previous: { folder: reviewed, text },
      sha256: '0'.repeat(64),
      today: '2026-12-01',
    }).folder;
    expect(again.events.map((e) => e.date)).toContain('2020-03-12');
  });
});
