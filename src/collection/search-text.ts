/**
 * Search normalisation of the atlas, the ingest tool's own (`ingest/normalize.ts`: alef forms, ta
 * marbuta, alef maqsura, diacritics, digits, case; `ingest/clitics.ts` `splits`: the clitics
 * و ف ب ل ك and the article ال), so a query matches the way the tool matches names. A word is
 * indexed under every reading (the bare word and each clitic/article-less rest of two letters or
 * more); a query word matches a term it is a prefix of, under any of its own readings.
 */
import { normalise, tokens } from '../ingest/normalize.ts';
import { ARTICLE, splits } from '../ingest/clitics.ts';

/** Shortest term (and query reading) the index holds. */
export const MIN_TERM = 2;

/**
 * Every reading of every word of `text`, normalised. A word with the article is indexed without
 * it only (a query's own readings drop it too), so no shard holds every word that starts with ال.
 */
export function indexTerms(text: string, out = new Set<string>()): Set<string> {
  for (const t of tokens(normalise(text))) {
    const readings = splits(t.n);
    const article = readings.some((s) => s.article);
    for (const s of readings)
      if (Array.from(s.rest).length >= MIN_TERM && !(article && s.rest.startsWith(ARTICLE))) out.add(s.rest);
  }
  return out;
}

/** The words of a query, each as its list of readings (words with no reading of two letters are left out). */
export function queryForms(query: string): string[][] {
  const out: string[][] = [];
  for (const t of tokens(normalise(query))) {
    const forms = [...new Set(splits(t.n).map((s) => s.rest))].filter(
      (f) => Array.from(f).length >= MIN_TERM,
    );
    if (forms.length) out.push(forms);
  }
  return out;
}

/** The shard a term (or a query reading) lives in: its first two characters. */
export function shardOf(term: string): string {
  return Array.from(term).slice(0, MIN_TERM).join('');
}

/** A shard's file name: its characters as hex code points (any script, safe on every file system). */
export function shardFile(prefix: string): string {
  return Array.from(prefix, (c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('-');
}
