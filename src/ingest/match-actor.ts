/**
 * A statement's subject position that makes a country or capital an actor, not a place on the map
 * («أدانت واشنطن», "Washington said", "the government of Iraq"); split from match-context.ts.
 */
import {
  AR_ACTOR_AFTER,
  AR_ACTOR_BEFORE,
  EN_ACTOR_AFTER,
  EN_ACTOR_BEFORE,
  EN_ACTOR_POSSESSED,
} from './actor-words.ts';
import { adjacent, splits, type Hit } from './match-index.ts';
import type { Normalised, Token } from './normalize.ts';

/** Why the name stands for a government here (the rule), or null. */
export function actorContext(nt: Normalised, toks: Token[], h: Hit, lang: 'ar' | 'en'): string | null {
  const prev = toks[h.t0 - 1];
  const next = toks[h.t1];
  if (lang === 'ar') {
    if (h.clitic && h.clitic !== 'و') return null; // بواشنطن، لأمريكا: a place or a recipient, not a subject
    const bare = (t: Token | undefined) =>
      t
        ? splits(t.n)
            .filter((s) => !s.article && (s.clitic === '' || s.clitic === 'و' || s.clitic === 'ف'))
            .map((s) => s.rest)
        : [];
    if (prev && adjacent(nt.cps, prev.end, h.start) && bare(prev).some((w) => AR_ACTOR_BEFORE.has(w)))
      return `actor:before:${prev.n}`;
    if (next && adjacent(nt.cps, h.end, next.start) && bare(next).some((w) => AR_ACTOR_AFTER.has(w)))
      return `actor:after:${next.n}`;
    return null;
  }
  const possessive = nt.cps[h.end] === "'" || nt.cps[h.end] === '’';
  if (possessive && next && EN_ACTOR_POSSESSED.has(next.n)) return `actor:possessive:${next.n}`;
  if (next && !possessive && adjacent(nt.cps, h.end, next.start) && EN_ACTOR_AFTER.has(next.n))
    return `actor:after:${next.n}`;
  const p2 = toks[h.t0 - 2];
  if (prev && p2 && prev.n === 'the' && EN_ACTOR_BEFORE.has(p2.n)) return `actor:before:${p2.n}`;
  if (prev && p2 && prev.n === 'of' && EN_ACTOR_BEFORE.has(p2.n)) return `actor:before:${p2.n}`;
  const p3 = toks[h.t0 - 3];
  if (prev?.n === 'the' && p2?.n === 'of' && p3 && EN_ACTOR_BEFORE.has(p3.n)) return `actor:before:${p3.n}`;
  return null;
}

/** A relative adjective (nisba) with the article: السورية، الغربي. */
