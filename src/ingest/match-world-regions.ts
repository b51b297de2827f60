/**
 * World regions and continents (issue 18, round 12): "Europe", «أوروبا», "Latin America", «غرب
 * أفريقيا», "the Caribbean", by their Unicode CLDR names in both languages (the runtime's, through
 * `Intl.DisplayNames` with UN M.49 region codes). No source gives them a shape the tool could draw,
 * so each is proposed as a region without geometry, for the editor to place (never a made-up point).
 * English also reads the short directional form news uses for CLDR's "Western Africa", "Southern
 * Asia" ("West Africa", "South Asia") unless that is another place's name (South Africa). A region at
 * the end of an organisation's name is no mention («منظمة الأمن والتعاون في أوروبا», "the Council of
 * Europe").
 */
import { ARTICLE, isUpper, nameTokens, splits, type MatchIndex, type PlaceMatch } from './match-index.ts';
import { norm, type Normalised, type Token } from './normalize.ts';
import { unknownPlace } from './unknown-place.ts';

/** UN M.49 codes of continents and sub-regions (not 001, "World", a common word). */
const M49 = (
  '002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 061 142 143 145 150 151 ' +
  '154 155 202 419'
).split(' ');

const DIRECTIONS: [RegExp, string][] = [
  [/^Western /u, 'West '],
  [/^Eastern /u, 'East '],
  [/^Southern /u, 'South '],
  [/^Northern /u, 'North '],
];

function regionNames(lang: 'ar' | 'en'): string[] {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const out: string[] = [];
  for (const code of M49) {
    const n = names.of(code);
    if (!n) continue;
    out.push(n);
    if (lang === 'en') for (const [re, short] of DIRECTIONS) if (re.test(n)) out.push(n.replace(re, short));
  }
  return out;
}

const NAMES = { ar: regionNames('ar').map(nameTokens), en: regionNames('en').map(nameTokens) };

/**
 * Words that head an organisation's name ending "… in/of X" («منظمة … في أوروبا», «المجموعة الاقتصادية
 * لدول غرب أفريقيا», «وكالة تونس أفريقيا للأنباء», "Council of Europe").
 */
const ORG_HEADS = new Set(
  [
    'منظمة',
    'حركة',
    'بعثة',
    'اتحاد',
    'الاتحاد',
    'مجلس',
    'لجنة',
    'بنك',
    'جماعة',
    'تنظيم',
    'هيئة',
    'كأس',
    'مجموعة',
    'وكالة',
    'صحيفة',
    'جريدة',
    'بطولة',
    'صندوق',
    'مصرف',
    'organization',
    'organisation',
    'council',
    'bank',
    'union',
    'commission',
    'cup',
    'cooperation',
    'co-operation',
    'movement',
    'committee',
    'court',
    'championship',
    'league',
    'forum',
  ].map(norm),
);

function organisationBefore(nt: Normalised, toks: readonly Token[], i: number): boolean {
  for (let t = i - 1; t >= 0 && t >= i - 7; t--) {
    const gap = nt.cps.slice(toks[t]!.end, toks[t + 1]!.start).join('');
    if (!/^[\s-]*$/u.test(gap)) return false;
    if (splits(toks[t]!.n).some((sp) => ORG_HEADS.has(sp.rest)) || ORG_HEADS.has(toks[t]!.n)) return true;
  }
  return false;
}

/**
 * Oceans and seas news names by their adjective alone after "the" ("across the Pacific, from Peru",
 * "down the river to the Atlantic."): a region without geometry, as a world region. Only before
 * punctuation or a small word, so "the Pacific coast" stays the coast and "the Pacific Ocean" its cue.
 */
const OCEANS = new Set(['pacific', 'atlantic', 'arctic', 'antarctic', 'mediterranean']);
const AFTER_OCEAN = new Set([
  'and',
  'or',
  'from',
  'to',
  'in',
  'on',
  'off',
  'near',
  'into',
  'at',
  'by',
  'for',
]);

/** Words between "the" and an ocean that leave it the ocean ("in the open Atlantic", round 27). */
const OCEAN_ADJECTIVES = new Set(['open', 'north', 'south', 'western', 'eastern', 'tropical', 'equatorial']);

function oceanAt(nt: Normalised, toks: readonly Token[], taken: Uint8Array, i: number): boolean {
  return !taken[i] && oceanWordAt(nt, toks, i);
}

/**
 * Token `i` is an ocean named by its adjective alone: after "the" (or "the open", "the north"…),
 * before punctuation or a small word. Read here and, over a town read on the word first ("across the
 * Atlantic": not Atlantic, Iowa), by `match-ocean-town.ts` (round 27).
 */
export function oceanWordAt(nt: Normalised, toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const before = OCEAN_ADJECTIVES.has(toks[i - 1]?.n ?? '') ? toks[i - 2] : toks[i - 1];
  if (!OCEANS.has(t.n) || !isUpper(nt.cps[t.start]) || before?.n !== 'the') return false;
  const next = toks[i + 1];
  if (!next) return true;
  const gap = nt.cps.slice(t.end, next.start).join('');
  return /[,.;:!?)]/u.test(gap) || (/^\s+$/u.test(gap) && AFTER_OCEAN.has(next.n));
}

export function worldRegions(
  nt: Normalised,
  toks: readonly Token[],
  taken: Uint8Array,
  lang: 'ar' | 'en',
  index: MatchIndex,
): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    if (lang === 'en' && oceanAt(nt, toks, taken, i)) {
      taken[i] = 1;
      out.push(
        region(nt.cps.slice(toks[i]!.start, toks[i]!.end).join(''), toks[i]!.start, toks[i]!.end, 'ocean'),
      );
      continue;
    }
    for (const want of NAMES[lang]) {
      if (i + want.length > toks.length) continue;
      const first = splits(toks[i]!.n).find(
        (sp) => sp.rest === want[0] || (sp.article && `${ARTICLE}${sp.rest}` === want[0]),
      );
      if (!first) continue;
      let ok = true;
      for (let j = 0; j < want.length; j++)
        if (taken[i + j] || (j > 0 && toks[i + j]!.n !== want[j])) ok = false;
      if (!ok) continue;
      const e = i + want.length;
      if (lang === 'en') {
        // Capitalised, and not the start of a longer capitalised name ("Asia Pacific", "South Africa").
        if (!isUpper(nt.cps[toks[i]!.start])) continue;
        const next = toks[e];
        if (
          next &&
          /^\s+$/u.test(nt.cps.slice(toks[e - 1]!.end, next.start).join('')) &&
          isUpper(nt.cps[next.start])
        )
          continue;
        if (want.length > 1 && index.byFirst.get(want[0]!)?.some((p) => p.toks.join(' ') === want.join(' ')))
          continue;
      }
      if (organisationBefore(nt, toks, i)) continue;
      const start = nt.map[toks[i]!.ni + first.skip]!;
      const end = toks[e - 1]!.end;
      const name = nt.cps.slice(start, end).join('');
      for (let t = i; t < e; t++) taken[t] = 1;
      out.push(region(name, start, end, 'world-region'));
      break;
    }
  }
  return out;
}

export function region(name: string, start: number, end: number, rule: 'world-region' | 'ocean'): PlaceMatch {
  return unknownPlace({
    start,
    end,
    rule,
    kind: 'region',
    name,
    after: name,
    note:
      rule === 'ocean'
        ? 'an ocean or sea (no source gives its shape): place it on the map if it matters'
        : 'a continent or world region (CLDR names it; no source gives its shape): place it on the map if it matters',
  });
}
