/**
 * Arabic idioms that hold a place's name: «مسقط رأسه» ("his birthplace", literally "where his head
 * fell") is no Muscat; «مسقط» followed by «رأس» with or without a possessive suffix (رأسه، رأسها،
 * رأسهم) is the idiom, whatever place follows it («في مسقط رأسه في كسلا»). «إلى مسقط» stays the city.
 * Round 29: «لا سيما» ("especially", «ولا سيما من جزيرة أنجوان») is no Sima (a town of the Comoros);
 * «سيما» after any other word stays a name.
 */
import { norm, type Token } from './normalize.ts';

const HEAD = norm('رأس');
const MUSCAT = norm('مسقط');
const SIMA = norm('سيما');
const NOT = new Set(['لا', 'ولا'].map(norm));

/** Whether the one-word name at tokens `t0`–`t1` (end excluded) is «مسقط» of «مسقط رأسه» or «سيما» of «لا سيما». */
export function idiomName(toks: readonly Token[], t0: number, t1: number): boolean {
  if (t1 - t0 !== 1) return false;
  const w = toks[t0]!.n;
  if (w === SIMA) return NOT.has(toks[t0 - 1]?.n ?? '');
  if (w !== MUSCAT && !(w.length === MUSCAT.length + 1 && w.endsWith(MUSCAT))) return false;
  const next = toks[t1]?.n;
  return !!next && next.startsWith(HEAD) && next.length <= HEAD.length + 2;
}
