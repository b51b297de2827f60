import { describe, expect, it } from 'vitest';
import { compatible, findAnaphors, type Antecedent } from '../../src/ingest/anaphora.ts';
import type { PlaceKind } from '../../src/ingest/types.ts';

/** Code-point offset of the first `needle` in `text`. */
const at = (text: string, needle: string) => Array.from(text.slice(0, text.indexOf(needle))).length;
const slice = (text: string, s: number, e: number) => Array.from(text).slice(s, e).join('');
/** Passages: one per line. */
function passages(text: string) {
  const out: { start: number; end: number }[] = [];
  let s = 0;
  for (const line of text.split('\n')) {
    const n = Array.from(line).length;
    out.push({ start: s, end: s + n });
    s += n + 1;
  }
  return out;
}
const ante = (text: string, name: string, placeId: string, kind: PlaceKind): Antecedent => {
  const start = at(text, name);
  return {
    placeId,
    kind,
    start,
    passage: passages(text).findIndex((p) => p.start <= start && start < p.end),
  };
};
function run(text: string, lang: 'ar' | 'en', antecedents: Antecedent[]) {
  const taken = antecedents.map((a) => ({ start: a.start, end: a.start + 3 }));
  return findAnaphors(text, lang, antecedents, passages(text), taken).map((m) => ({
    exact: slice(text, m.start, m.end),
    placeId: m.placeId,
    rule: m.rule,
    candidates: m.candidates,
  }));
}

describe('findAnaphors', () => {
  const semalka = 'أعلن معبر سيمالكا فتح أبوابه.';
  it.each([
    ['هذا + noun', `${semalka}\nواعتبر أن إغلاق هذا المعبر يضر.`, 'هذا المعبر', 'anaphor:demonstrative'],
    [
      'هذه + noun (feminine)',
      'وصلوا إلى مدينة القامشلي.\nوقالت هذه المدينة.',
      'هذه المدينة',
      'anaphor:demonstrative',
    ],
    ['definite noun', `${semalka}\nأغلق المعبر أمس.`, 'المعبر', 'anaphor:definite'],
    [
      'و + definite: the span leaves out the clitic',
      `${semalka}\nوالمعبر مغلق.`,
      'المعبر',
      'anaphor:definite',
    ],
    ['ب + definite', `${semalka}\nمروا بالمعبر.`, 'المعبر', 'anaphor:definite'],
    [
      'ل + definite (للمعبر): the span starts after the ل',
      `${semalka}\nوصلوا للمعبر.`,
      'لمعبر',
      'anaphor:definite',
    ],
    ['diacritics on the noun', `${semalka}\nأُغلِقَ المَعْبَرُ.`, 'المَعْبَرُ', 'anaphor:definite'],
  ])('%s', (_, text, exact, rule) => {
    const name = text.includes('القامشلي') ? 'القامشلي' : 'سيمالكا';
    const id = name === 'القامشلي' ? 'qamishli' : 'semalka_crossing';
    const kind = name === 'القامشلي' ? 'city' : 'crossing';
    expect(run(text, 'ar', [ante(text, name, id, kind)])).toEqual([
      { exact, placeId: id, rule, candidates: [id] },
    ]);
  });

  it.each([
    ['no earlier place of that kind', 'أغلق المعبر أمس.\nثم ذكر معبر سيمالكا.', 'سيمالكا', 'crossing'],
    ['an incompatible kind (a crossing is not a city)', `${semalka}\nوقالت المدينة.`, 'سيمالكا', 'crossing'],
    [
      'a generic kind (city) two passages after the city',
      'وصلوا إلى مدينة القامشلي.\nوقالوا شيئاً.\nثم عادت المدينة.',
      'القامشلي',
      'city',
    ],
    ['a word that only starts like the noun (المعبرون)', `${semalka}\nقال المعبرون.`, 'سيمالكا', 'crossing'],
  ] as const)('nothing: %s', (_, text, name, kind) => {
    expect(run(text, 'ar', [ante(text, name, 'x', kind)])).toEqual([]);
  });

  it('a crossing far back is still what "the crossing" means', () => {
    const text = `${semalka}\nسطر.\nسطر آخر.\nأغلق المعبر.`;
    expect(run(text, 'ar', [ante(text, 'سيمالكا', 'semalka_crossing', 'crossing')])).toHaveLength(1);
  });

  it('the most recent earlier place of the kind wins; the others are candidates, most recent first', () => {
    const text = 'معبر سيمالكا ومعبر فيشخابور.\nأغلق هذا المعبر.';
    const got = run(text, 'ar', [
      ante(text, 'سيمالكا', 'semalka_crossing', 'crossing'),
      ante(text, 'فيشخابور', 'faysh_khabur', 'crossing'),
    ]);
    expect(got).toEqual([
      {
        exact: 'هذا المعبر',
        placeId: 'faysh_khabur',
        rule: 'anaphor:demonstrative',
        candidates: ['faysh_khabur', 'semalka_crossing'],
      },
    ]);
  });

  it('a range already claimed by a mention is not a reference', () => {
    const text = `${semalka}\nأغلق المعبر.`;
    const a = ante(text, 'سيمالكا', 'semalka_crossing', 'crossing');
    const s = at(text, 'المعبر');
    expect(findAnaphors(text, 'ar', [a], passages(text), [{ start: s, end: s + 6 }])).toEqual([]);
  });

  it('offsets are code points: an emoji before the reference counts as one', () => {
    const text = `${semalka}\n😀 أغلق المعبر.`;
    const [m] = findAnaphors(text, 'ar', [ante(text, 'سيمالكا', 's', 'crossing')], passages(text), []);
    expect(slice(text, m!.start, m!.end)).toBe('المعبر');
  });

  it.each([
    [
      'this crossing',
      'Semalka crossing opened.\nClosing this crossing hurts.',
      'this crossing',
      'anaphor:demonstrative',
    ],
    [
      'This crossing (case)',
      'Semalka crossing opened.\nThis crossing matters.',
      'This crossing',
      'anaphor:demonstrative',
    ],
    ['the crossing', 'Semalka crossing opened.\nThe crossing closed.', 'The crossing', 'anaphor:definite'],
  ])('English: %s', (_, text, exact, rule) => {
    expect(run(text, 'en', [ante(text, 'Semalka', 'semalka_crossing', 'crossing')])).toEqual([
      { exact, placeId: 'semalka_crossing', rule, candidates: ['semalka_crossing'] },
    ]);
  });

  it.each([
    ['the city of X (a cue, not a reference)', 'In Qamishli city.\nThe city of Erbil.'],
    ['the crossing point (a compound)', 'Semalka crossing opened.\nThe crossing point closed.'],
  ])('English, nothing: %s', (_, text) => {
    expect(
      run(text, 'en', [
        ante(
          text,
          text.includes('Qamishli') ? 'Qamishli' : 'Semalka',
          'x',
          text.includes('Qamishli') ? 'city' : 'crossing',
        ),
      ]),
    ).toEqual([]);
  });
});

describe('compatible kinds', () => {
  it.each([
    ['city', 'city', true],
    ['city', 'town', true],
    ['town', 'city', true],
    ['crossing', 'town', false],
    ['facility', 'crossing', false],
    ['river', 'river', true],
  ] as const)('%s ~ %s: %s', (noun, place, want) => expect(compatible(noun, place)).toBe(want));
});
