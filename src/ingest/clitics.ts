/**
 * Arabic proclitics and the article (split from match-index.ts so that the atlas search and the
 * review's place search read them without the matcher's word tables): و ف ب ل ك and their
 * combinations, and ال, on a word in matching form (see normalize.ts).
 */
export const ARABIC = /[\u0600-\u06ff]/u;
export const ARTICLE = 'ال';

export interface Split {
  /** Normalised characters of clitics before the span start. */
  skip: number;
  rest: string;
  /** The text's word had the article (as written or merged into لل). */
  article: boolean;
  clitic: string;
}

const C1 = ['', 'و', 'ف'];
const C2 = ['', 'ب', 'ل', 'ك'];

/** Every reading of a word as clitics + (article) + rest; the bare word first. */
export function splits(word: string): Split[] {
  const out: Split[] = [{ skip: 0, rest: word, article: false, clitic: '' }];
  if (!ARABIC.test(word)) return out;
  for (const c1 of C1)
    for (const c2 of C2) {
      const c = c1 + c2;
      if (!word.startsWith(c)) continue;
      const after = word.slice(c.length);
      if (c && after.length >= 2) out.push({ skip: c.length, rest: after, article: false, clitic: c });
      if (after.startsWith(ARTICLE) && after.length > 3)
        out.push({ skip: c.length, rest: after.slice(2), article: true, clitic: c });
      // ل + ال is written لل: the article's alef is not written.
      if (c2 === 'ل' && after.startsWith('ل') && after.length > 2)
        out.push({ skip: c.length, rest: after.slice(1), article: true, clitic: c });
    }
  return out;
}
