/**
 * The hits of a text (split from match.ts): every place of the index whose name's words stand at a
 * token, bare or after a clitic, with the guards on the form of the words (the Arabic article, a
 * conjunction with a particle, English capitals), and Latin names written with a hyphen where the
 * gazetteer writes one word. `matchPlaces` claims them longest first.
 */
import { AR_ADJECTIVES, AR_STOP } from './cues.ts';
import { articleOptional, lowerStart } from './match-guards.ts';
import { ARABIC, isUpper, splits, type Hit, type MatchIndex, type Pattern } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

const sameToks = (a: Pattern, b: Pattern) =>
  a.toks.length === b.toks.length && a.toks.every((t, i) => t === b.toks[i]);

export function collectHits(nt: Normalised, toks: Token[], index: MatchIndex, lang: 'ar' | 'en'): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    for (const sp of splits(tok.n)) {
      const list = index.byFirst.get(sp.rest);
      if (!list) continue;
      for (const p of list) {
        if (p.toks.length > 1) {
          if (i + p.toks.length > toks.length) continue;
          let ok = true;
          for (let j = 1; j < p.toks.length; j++) if (toks[i + j]!.n !== p.toks[j]) ok = false;
          if (!ok) continue;
        }
        // A name written with the article is not read from a clitic-less bare word that lacks it
        // unless the name itself has no article.
        if (p.article && !sp.article) continue;
        // A name without the article is not read inside a word that has one: السورية is "the
        // Syrian" (an adjective), not سورية.
        // … except a town's name that sources write without it (إسكندرونة, خرطوم): الإسكندرونة is
        // the town when the word is no adjective (nisba) and the name has no country among its readings.
        if (sp.article && !p.article && !articleOptional(p, sp.rest, index)) continue;
        // … and not when another name is written exactly so, with the article: «الحديدة» is the
        // city of that name (Hodeidah), not the village «حديدة» read with the article.
        if (sp.article && !p.article && list.some((q) => q.article && !q.org && sameToks(q, p))) continue;
        if (sp.clitic === '' && conjunctionWithParticle(nt, tok)) continue;
        // A word that is itself a common word is not split («كبرى», "the largest", is no ك + برى).
        if (sp.clitic && (AR_STOP.has(tok.n) || AR_ADJECTIVES.has(tok.n))) continue;
        const last = toks[i + p.toks.length - 1]!;
        const start = nt.map[tok.ni + sp.skip]!;
        if (lang === 'en' || !ARABIC.test(tok.n)) {
          // English: some word of the name capitalised as written (not "turkey", "china").
          const words = toks.slice(i, i + p.toks.length);
          if (!p.org && !words.some((w) => isUpper(nt.cps[w.start]))) continue;
          // A world name of two words or more starts with a capital unless its first word is a particle
          // (al-, de, la): "north-western Australia" is the country, not the state Western Australia.
          // Curated names («northeast Syria») and rivers ("river Wanda") are read as written.
          if (!p.org && words.length > 1 && lowerStart(nt, words[0]!, p, index)) continue;
        }
        hits.push({ t0: i, t1: i + p.toks.length, start, end: last.end, pattern: p, clitic: sp.clitic });
      }
    }
    hits.push(...hyphenJoined(nt, toks, i, index));
  }
  return hits;
}

/**
 * A Latin name written with a hyphen where the gazetteer writes one word: "Pétion-Ville" for
 * Pétionville. The two words joined are looked up as one (the name's later words must follow).
 */
function hyphenJoined(nt: Normalised, toks: readonly Token[], i: number, index: MatchIndex): Hit[] {
  const a = toks[i]!;
  const b = toks[i + 1];
  if (!b || ARABIC.test(a.n) || nt.cps.slice(a.end, b.start).join('') !== '-') return [];
  if (!isUpper(nt.cps[a.start])) return [];
  const out: Hit[] = [];
  for (const p of index.byFirst.get(a.n + b.n) ?? []) {
    if (p.org || i + p.toks.length + 1 > toks.length) continue;
    if (p.toks.slice(1).some((t, j) => toks[i + 2 + j]!.n !== t)) continue;
    const t1 = i + p.toks.length + 1;
    out.push({ t0: i, t1, start: a.start, end: toks[t1 - 1]!.end, pattern: p, clitic: '' });
  }
  return out;
}

/**
 * و or ف, then a particle written with its hamza («وإن»، «فأن»، «وإلى»): "and that", "so to". The
 * hamza the writer put on the alef says the first letter is the conjunction, so the word is not a
 * name written with a bare alef (وان, Van).
 */
function conjunctionWithParticle(nt: Normalised, tok: Token): boolean {
  const first = nt.cps[tok.start];
  const second = nt.cps[tok.start + 1];
  if ((first !== 'و' && first !== 'ف') || (second !== 'أ' && second !== 'إ')) return false;
  return AR_STOP.has(tok.n.slice(1));
}
