import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../src/model/validate.ts';
import {
  addMention,
  addTranslationMention,
  checkSpan,
  codePointsBefore,
  findSpans,
  nextEditorId,
  trimSpan,
  unknownPlace,
} from '../../src/review/add-mention.ts';
import type { ReviewFolder, ReviewMention } from '../../src/review/edit.ts';
import { readForReview } from '../../src/review/server.ts';

// An emoji and a supplementary-plane letter before the names: code points ≠ UTF-16 units.
const TEXT = '😀 𝐀 وصل الوفد إلى القامشلي ثم إلى عامودا.\nوقال مسؤول في دهوك إن الطريق مفتوح.';
const cps = Array.from(TEXT);
const at = (s: string) => codePointsBefore(TEXT, TEXT.indexOf(s));
const P1_END = cps.indexOf('\n');
const passages = [
  {
    id: 'p01',
    start: 0,
    end: P1_END,
    translation: { en: { text: 'The delegation reached Qamishli, then Amuda.', by: 'project' as const } },
  },
  {
    id: 'p02',
    start: P1_END + 1,
    end: cps.length,
    translation: { en: { text: '🙂 An official in Duhok said the road is open.', by: 'project' as const } },
  },
];
const qStart = at('القامشلي');
const existing: ReviewMention = {
  id: 'm01',
  placeId: 'qamishli',
  passageId: 'p01',
  role: 'place',
  selector: [
    { type: 'TextPositionSelector', start: qStart, end: qStart + 8 },
    { type: 'TextQuoteSelector', exact: 'القامشلي', prefix: '', suffix: '' },
  ],
};
const folder = (): ReviewFolder => ({
  meta: { language: 'ar' },
  passages,
  mentions: [existing],
  places: { type: 'FeatureCollection', features: [] },
  events: [],
});

describe('codePointsBefore (UTF-16 offset → code points)', () => {
  it.each([
    ['abc', 2, 2],
    ['😀x', 2, 1], // the emoji is two UTF-16 units, one code point
    ['😀x', 3, 2],
    ['😀x', 1, 1], // an offset inside the pair counts the pair whole
    ['𝐀😀ب', 5, 3],
    ['', 0, 0],
  ])('%j at %i → %i', (s, u, n) => expect(codePointsBefore(s, u)).toBe(n));
});

describe('checkSpan', () => {
  const amuda = at('عامودا');
  it('a span in one passage, clear of mentions, is accepted in code points', () => {
    const r = checkSpan(cps, passages, [existing], { start: amuda, end: amuda + 6 });
    expect(r).toEqual({ ok: true, start: amuda, end: amuda + 6, passageId: 'p01' });
    // The UTF-16 index is 3 units further on (the emoji and 𝐀 are two units each): not what is stored.
    expect(TEXT.indexOf('عامودا')).toBe(amuda + 2);
    expect(cps.slice(amuda, amuda + 6).join('')).toBe('عامودا');
  });
  it('spaces and punctuation at the ends are trimmed; a reversed span is ordered', () => {
    expect(checkSpan(cps, passages, [existing], { start: amuda + 7, end: amuda - 1 })).toMatchObject({
      ok: true,
      start: amuda,
      end: amuda + 6,
    });
    expect(trimSpan(Array.from(' «حي» '), { start: 0, end: 6 })).toEqual({ start: 2, end: 4 });
  });
  it('refuses an overlap with a mention, naming it', () => {
    expect(checkSpan(cps, passages, [existing], { start: qStart - 4, end: qStart + 2 })).toEqual({
      ok: false,
      problem: 'overlap',
      mentionId: 'm01',
    });
  });
  it('refuses a span across a passage boundary', () => {
    expect(checkSpan(cps, passages, [], { start: amuda, end: P1_END + 5 })).toMatchObject({
      ok: false,
      problem: 'crossesPassage',
    });
  });
  it('refuses an empty span and one outside every passage', () => {
    expect(checkSpan(cps, passages, [], { start: 1, end: 2 })).toMatchObject({ ok: false, problem: 'empty' });
    expect(checkSpan(cps, [passages[1]!], [], { start: 0, end: 5 })).toMatchObject({
      ok: false,
      problem: 'outsidePassages',
    });
  });
});

describe('findSpans (keyboard marking)', () => {
  it('finds every occurrence, each checked', () => {
    const r = findSpans(cps, passages, [existing], 'إلى');
    expect(r).toHaveLength(2);
    expect(r.every((x) => x.ok)).toBe(true);
    expect(findSpans(cps, passages, [existing], 'القامشلي')).toEqual([
      { ok: false, problem: 'overlap', mentionId: 'm01' },
    ]);
    expect(findSpans(cps, passages, [existing], '  ')).toEqual([]);
  });
});

describe('addMention', () => {
  it('adds a reviewed mention with both selectors in code points, 32 code points of context, in text order', () => {
    const f = folder();
    const place = unknownPlace(f, 'عامودا', 'ar', 'Amuda', 'town');
    const amuda = at('عامودا');
    const next = addMention(
      f,
      cps,
      { start: amuda, end: amuda + 6, passageId: 'p01' },
      place.id,
      'place',
      place,
    );
    const m = next.mentions.find((x) => x.id === 'ed01')!;
    expect(m.status).toBeUndefined();
    expect(m.selector[0]).toEqual({ type: 'TextPositionSelector', start: amuda, end: amuda + 6 });
    expect(m.selector[1].exact).toBe('عامودا');
    expect(m.selector[1].prefix).toBe(cps.slice(Math.max(0, amuda - 32), amuda).join(''));
    expect(Array.from(m.selector[1].prefix)).toHaveLength(32);
    expect(m.selector[1].suffix).toBe(cps.slice(amuda + 6, amuda + 38).join(''));
    expect(next.mentions.map((x) => x.id)).toEqual(['m01', 'ed01']);
    expect(next.places.features.map((p) => p.id)).toEqual(['new_town_ed1']);
    expect(next.places.features[0]!.properties).toMatchObject({
      name_ar: 'عامودا',
      name_en: 'Amuda',
      status: 'proposed',
      proposal: { rule: 'editor:added' },
    });
    expect(next.places.features[0]!.geometry).toBeNull();
    expect(f.mentions).toHaveLength(1); // no mutation
  });
  it('near the start the prefix is what precedes, emoji included, in code points', () => {
    const s = at('الوفد');
    const next = addMention(folder(), cps, { start: s, end: s + 5, passageId: 'p01' }, 'x', 'place');
    const m = next.mentions.find((x) => x.id === 'ed01')!;
    expect(m.selector[0].start).toBe(TEXT.indexOf('الوفد') - 2);
    expect(m.selector[1].prefix).toBe('😀 𝐀 وصل ');
  });
  it('ids are unique across mentions and translation mentions', () => {
    const f = folder();
    const g = {
      ...f,
      passages: [
        {
          ...passages[0]!,
          translation: { en: { ...passages[0]!.translation.en, mentions: [{ ...existing, id: 'ed01' }] } },
        },
        passages[1]!,
      ],
    };
    expect(nextEditorId(g)).toBe('ed02');
  });
});

describe('addTranslationMention', () => {
  it('selects in the translation text in code points (an emoji first), refuses an overlap', () => {
    const f = folder();
    const tt = passages[1]!.translation.en.text;
    const s = codePointsBefore(tt, tt.indexOf('Duhok'));
    expect(s).toBe(tt.indexOf('Duhok') - 1);
    const r = addTranslationMention(f, 'p02', { start: s, end: s + 5 }, 'duhok', 'place');
    if (!('folder' in r)) throw new Error(r.problem);
    const tm = r.folder.passages[1]!.translation.en.mentions![0]!;
    expect(tm).toMatchObject({ id: 'ed01', placeId: 'duhok', role: 'place' });
    expect(tm.selector[1]).toMatchObject({ exact: 'Duhok', prefix: Array.from(tt).slice(0, s).join('') });
    expect(addTranslationMention(r.folder, 'p02', { start: s + 1, end: s + 3 }, 'duhok', 'place')).toEqual({
      problem: 'overlap',
      mentionId: 'ed01',
    });
  });
});

describe('on a shipped article', () => {
  it('a mention removed and added back by hand gives the same selectors, and the folder validates', () => {
    const a = readForReview(
      { geodata: resolve(import.meta.dirname, '../../geodata'), previous: '/nonexistent' },
      'hasakah-prison-us-statement-2022',
    )!;
    const f = { ...a } as unknown as ReviewFolder & { text: string };
    const tcps = Array.from(a.text);
    const gone = f.mentions[3]!;
    const without = { ...f, mentions: f.mentions.filter((m) => m !== gone) };
    const [pos] = gone.selector;
    const check = checkSpan(tcps, without.passages, without.mentions, pos);
    expect(check).toEqual({ ok: true, start: pos.start, end: pos.end, passageId: gone.passageId });
    const back = addMention(
      without,
      tcps,
      { start: pos.start, end: pos.end, passageId: gone.passageId },
      gone.placeId,
      gone.role,
    );
    const added = back.mentions.find((m) => m.id.startsWith('ed'))!;
    expect(added.selector).toEqual(gone.selector);
    const issues = validateBundle({ ...back, text: a.text });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
