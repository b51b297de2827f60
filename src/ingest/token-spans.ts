/** Spans of tokens as the English name rules read them (`match-bare-names.ts`, `match-locative.ts`). */
import type { Normalised, Token } from './normalize.ts';

/** Tokens `[t0, t1)`: one name's words. */
export interface Span {
  t0: number;
  t1: number;
}

/** A span's normalised words joined by a space: one key for every mention of a name. */
export const spanKey = (toks: readonly Token[], s: Span): string =>
  toks
    .slice(s.t0, s.t1)
    .map((t) => t.n)
    .join(' ');

/** The text between token `t - 1` and token `t` (", ", " ", "-"). */
export const gapBefore = (nt: Normalised, toks: readonly Token[], t: number): string =>
  nt.cps.slice(toks[t - 1]!.end, toks[t]!.start).join('');
