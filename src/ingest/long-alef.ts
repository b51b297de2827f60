import { ARABIC, ARTICLE } from './clitics.ts';
import { normalise, tokens } from './normalize.ts';

/**
 * Arabic spellings of a foreign name without one inner alef (from a word's third letter to its
 * third-last): جاكرتا for GeoNames' جاكارتا; round 29: «بورت أو برنس» for «بورت أو برانس», a word of
 * five letters in a name of several. Never with the article, and a one-word name keeps five letters
 * or more (سامراء does not become سمراء, "brown"). A matching key, never a name shown or stored.
 */
export function withoutLongAlef(name: string): string[] {
  const toks = tokens(normalise(name)).map((t) => t.n);
  if (!toks.length || toks.some((w) => !ARABIC.test(w) || w.startsWith(ARTICLE))) return [];
  const out: string[] = [];
  toks.forEach((w, k) => {
    for (let i = 2; i <= w.length - 3 && w.length >= (toks.length > 1 ? 5 : 6); i++)
      if (w[i] === 'ا')
        out.push([...toks.slice(0, k), w.slice(0, i) + w.slice(i + 1), ...toks.slice(k + 1)].join(' '));
  });
  return out;
}
