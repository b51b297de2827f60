import { describe, expect, it } from 'vitest';
import { validateTranslationMentions } from '../../src/model/validate-translation.ts';

const text = 'He met them in Geneva, then Syria.';
const sel = (start: number, end: number, t = text) => [
  { type: 'TextPositionSelector', start, end },
  { type: 'TextQuoteSelector', exact: Array.from(t).slice(start, end).join(''), prefix: '', suffix: '' },
];
const mention = (over: Record<string, unknown> = {}) => ({
  id: 'tm1',
  placeId: 'geneva',
  role: 'place',
  selector: sel(15, 21),
  ...over,
});
const note = (over: Record<string, unknown> = {}) => ({
  id: 'n1',
  selector: sel(3, 11),
  text: { en: { text: 'A note.', by: 'project' }, ar: { text: 'ملاحظة.', by: 'project' } },
  sources: [{ title: 'A source', url: 'https://example.org/' }],
  ...over,
});
const run = (en: Record<string, unknown>, mentionIds = new Map<string, string>()) =>
  validateTranslationMentions({
    passages: [{ id: 'p1', start: 0, end: 1, translation: { en: { text, by: 'project', ...en } } }],
    placeIds: new Map([
      ['geneva', 'places.features[0]'],
      ['syria', 'places.features[1]'],
    ]),
    mentionIds,
  }).map((i) => `${i.severity} ${i.path}: ${i.message}`);

describe('validateTranslationMentions', () => {
  it('accepts good mentions and notes', () => {
    expect(
      run({
        mentions: [mention(), mention({ id: 'tm2', placeId: 'syria', selector: sel(28, 33) })],
        notes: [note()],
      }),
    ).toEqual([]);
  });

  const faults: [string, Record<string, unknown>, RegExp][] = [
    [
      'unknown place',
      { mentions: [mention({ placeId: 'atlantis' })] },
      /mentions\[0\]\.placeId: no place with id "atlantis"/,
    ],
    ['bad role', { mentions: [mention({ role: 'hero' })] }, /mentions\[0\]\.role/],
    [
      'quote does not match',
      {
        mentions: [
          {
            ...mention(),
            selector: [sel(15, 21)[0], { ...sel(15, 21)[1], exact: 'Paris!' }],
          },
        ],
      },
      /exact: "Paris!" does not match/,
    ],
    [
      'out of the text',
      {
        mentions: [
          mention({ selector: [{ type: 'TextPositionSelector', start: 30, end: 99 }, sel(30, 34)[1]] }),
        ],
      },
      /selector\[0\]/,
    ],
    [
      'overlap',
      { mentions: [mention(), mention({ id: 'tm2', selector: sel(18, 25) })] },
      /overlaps translation mention "tm1"/,
    ],
    [
      'unknown key',
      { mentions: [mention({ colour: 'red' })] },
      /warning .*mentions\[0\]\.colour: unknown property/,
    ],
    [
      'note without sources',
      { notes: [note({ sources: [] })] },
      /notes\[0\]\.sources: expected at least one source/,
    ],
    [
      'note text not the project',
      { notes: [note({ text: { en: { text: 'x', by: 'outlet' }, ar: { text: 'y', by: 'project' } } })] },
      /notes\[0\]\.text\.en\.by/,
    ],
    [
      'note ending inside a mention',
      { mentions: [mention()], notes: [note({ selector: sel(3, 17) })] },
      /inside translation mention "tm1"/,
    ],
    [
      'proposal is a warning',
      { mentions: [mention({ status: 'proposed', proposal: { rule: 'name' } })] },
      /^warning /,
    ],
  ];
  it.each(faults)('%s', (_, en, expected) => {
    const issues = run(en);
    expect(
      issues.some((i) => expected.test(i)),
      issues.join('\n'),
    ).toBe(true);
  });

  it('a translation mention may not reuse an article mention id', () => {
    expect(run({ mentions: [mention({ id: 'm01' })] }, new Map([['m01', 'mentions[0]']])).join('\n')).toMatch(
      /duplicate id "m01"/,
    );
  });
});
