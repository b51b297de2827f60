/** Later occurrences of a name proposed once (rule `same-name-later`); split from match-context.ts. */
import { organisationAfterEn } from './match-guards.ts';
import { ARTICLE, isUpper, nameTokens, splits, type PlaceMatch } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';
import { COMMON_WORDS } from './stop-words.ts';
import { unknownPlace } from './unknown-place.ts';

/**
 * Every later occurrence, on its own, of a name the tool proposed as unknown ("معبر باب الهوى" …
 * later "باب الهوى"; "Hawija district" … later "Hawija"), or of a world river first read with its
 * cue ("the Sava River" … later "the Sava", `after` set by match.ts): the same proposed place,
 * rule `same-name-later`; in the headline and the dateline also before it. Arabic words may carry their clitics (وباب
 * الهوى). A name that opens an organisation's ("Goma Volcano Observatory") is not linked, nor a name
 * that is one common word («حي السلام» then «السلام», peace; «قرية الأربعاء» then «الأربعاء», Wednesday;
 * round 18): on its own it is the word.
 */
export function laterOccurrences(
  nt: Normalised,
  toks: Token[],
  taken: Uint8Array,
  proposed: readonly PlaceMatch[],
): PlaceMatch[] {
  const out: PlaceMatch[] = [];
  const seen = new Set<string>();
  // The headline (the first line) names what the body introduces: "Nyiragongo lava stops …" before
  // "lava from Mount Nyiragongo".
  const headEnd = headAndDatelineEnd(nt.cps);
  for (const m of proposed) {
    if (!m.after) continue;
    const want = nameTokens(m.after);
    const key = `${m.placeId ?? m.kind}|${want.join(' ')}`;
    if (want.length === 0 || seen.has(key) || (want.length === 1 && COMMON_WORDS.has(want[0]!))) continue;
    seen.add(key);
    for (let i = 0; i + want.length <= toks.length; i++) {
      if (toks[i]!.start < m.end && !(toks[i]!.end <= headEnd && m.start > headEnd)) continue;
      let ok = true;
      for (let j = 0; j < want.length; j++) if (taken[i + j]) ok = false;
      if (!ok) continue;
      const first = splits(toks[i]!.n).find(
        (sp) => sp.rest === want[0] || (sp.article && `${ARTICLE}${sp.rest}` === want[0]),
      );
      if (!first) continue;
      for (let j = 1; j < want.length; j++) if (toks[i + j]!.n !== want[j]) ok = false;
      if (!ok) continue;
      const start = nt.map[toks[i]!.ni + first.skip]!;
      const end = toks[i + want.length - 1]!.end;
      // "SEYNE-LES-ALPES —": a dateline's name joined by a hyphen to more words is a longer name.
      const joined = /^-\p{L}/u.test(nt.cps.slice(end, end + 2).join('')) || nt.cps[start - 1] === '-';
      if (start < m.start && joined) continue;
      // "north of Napier" is no later "North Island": a capitalised name stays capitalised (round 16).
      if (isUpper(m.after[0]) && /[a-z]/u.test(nt.cps[start]!)) continue;
      // "Goma Volcano Observatory": the name opens an organisation's, it is not the place again.
      if (organisationAfterEn(nt, toks, i + want.length, end)) continue;
      for (let j = 0; j < want.length; j++) taken[i + j] = 1;
      out.push(
        m.placeId === null
          ? unknownPlace({
              start,
              end,
              rule: 'same-name-later',
              kind: m.kind!,
              name: m.name!,
              after: m.after,
              note: `the same name as "${m.name}" earlier in the text`,
            })
          : {
              start,
              end,
              placeId: m.placeId,
              role: 'place',
              rule: 'same-name-later',
              candidates: [m.placeId],
              note: `the same river as "${nt.cps.slice(m.start, m.end).join('')}" earlier in the text`,
            },
      );
    }
  }
  return out;
}

/** A dateline's dash lies this far into the first line of the body, at most (a credit may come first). */
const DATELINE_CHARS = 160;

/**
 * Where the headline (the first line) ends, or the dateline after it ("لاريسا (…) —", round 30): the
 * first words of the body, up to a dash, name where the story is before the text introduces it.
 */
export function headAndDatelineEnd(cps: readonly string[]): number {
  const nl = cps.indexOf('\n');
  if (nl < 0) return 0;
  let s = nl;
  while (s < cps.length && /\s/u.test(cps[s]!)) s++;
  for (let i = s; i < Math.min(cps.length, s + DATELINE_CHARS); i++) {
    if (cps[i] === '\n') break;
    if (cps[i] === '—' || cps[i] === '–') return i;
  }
  return nl;
}
