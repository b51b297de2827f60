/**
 * Text from a file is shown as text, never parsed as HTML (issue 8.2). So that a payload cannot reach a
 * place that might parse it (a library control, an export, a host page), every string in the JSON
 * files is checked for markup: anything an HTML parser would read as the start of a tag, comment,
 * doctype or processing instruction (`<` then a letter, `/`, `!` or `?`: one rule, so no
 * filter-evasion form such as `<img/src=x onerror=…>` or `<svg/onload=…>` slips through; issue 19.6),
 * or a script URL. The verbatim article text and the selectors quoting it are exempt from the markup
 * rule (they must equal the delivered text, which is shown as text), as are geometries (numbers).
 *
 * Every string, the article text included, is also checked for characters no export can carry
 * (issue 19.2): C0 controls other than tab and the newlines (LF, CR), DEL, lone surrogates and the
 * noncharacters U+FFFE/U+FFFF (not XML characters: an SVG holding one does not parse; PNG text
 * chunks and PDF metadata garble them). The message names the character as `U+000B` and where it is.
 *
 * The walk is iterative with a depth cap, so a deeply nested file gives one clear issue instead of a
 * stack overflow.
 */
import { type Checker, isObj, show } from './checker.ts';
import { isHttpsUrl } from './common.ts';

/** Deeper than any shape of the contract (a MultiPolygon position is 7 levels below `places`). */
export const MAX_DEPTH = 32;

/** A tag start as an HTML tokenizer sees it, with what follows up to its `>` (for the message). */
const TAG = /<[a-z/!?][^<>]{0,60}>?/i;
/**
 * Characters refused in every string: C0 controls but tab, LF and CR (an XML character; a CRLF
 * text stays byte-identical), DEL, a lone surrogate
 * (the `u` flag matches only an unpaired one), U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this rule is about
const BAD_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ud800-\udfff\ufffe\uffff]/u;
const SCRIPT_URL = /\b(?:java|vb)script\s*:|\bdata\s*:\s*text\/html/i;
/** Subtrees the walk skips: numeric geometry. (Selectors quote the text: no markup rule there.) */
const SKIP = new Set(['geometry']);

/** The markup found in `s`, or null. */
export function findMarkup(s: string): string | null {
  return TAG.exec(s)?.[0] ?? SCRIPT_URL.exec(s)?.[0] ?? null;
}

const escapeUnit = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `U+000B`: a code point as a message shows it. */
export const codePointName = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character of `s` no export can carry, as `{ index, name }` (index in UTF-16 units), or
 * null. The regex scans without copying, so a 50 MB text costs no extra heap.
 */
export function findBadChar(s: string): { index: number; name: string } | null {
  const m = BAD_CHAR.exec(s);
  return m ? { index: m.index, name: codePointName(m[0].codePointAt(0)!) } : null;
}

/** The issue message for a bad character in `s`: its name, position and a little escaped context. */
export function badCharMessage(s: string, bad: { index: number; name: string }): string {
  // JSON escapes C0 controls and lone surrogates; DEL and U+FFFE/U+FFFF are escaped here.
  const around = JSON.stringify(s.slice(Math.max(0, bad.index - 12), bad.index + 13)).replace(
    /[\u007f\ufffe\uffff]/g,
    escapeUnit,
  );
  let at = bad.index;
  for (let i = 0; i < bad.index; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u < 0xdc00 && i + 1 < bad.index) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        at--;
        i++;
      }
    }
  }
  return `character ${bad.name} at code point ${at} (in ${around}): text may hold tab and newline but no other control character, lone surrogate or U+FFFE/U+FFFF`;
}

/** Checks every string under each root; reports markup and nesting deeper than {@link MAX_DEPTH}. */
export function checkTextSafety(c: Checker, roots: readonly [string, unknown][]): void {
  const stack: [string, unknown, number][] = roots.map(([p, v]) => [p, v, 0]);
  while (stack.length) {
    const [path, v, depth] = stack.pop()!;
    // A `url` that is not https is already reported by the url rule (one fault, one issue).
    if (typeof v === 'string' && path.endsWith('.url') && !isHttpsUrl(v)) continue;
    if (typeof v === 'string') {
      const bad = findBadChar(v);
      if (bad) c.add(path, badCharMessage(v, bad));
      const found = path.includes('.selector') ? null : findMarkup(v);
      if (found !== null)
        c.add(path, `${show(found)} looks like markup: text fields are shown as text, never as HTML`);
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_DEPTH) {
      c.add(path, `nested deeper than ${MAX_DEPTH} levels: not part of the data contract`);
      continue;
    }
    const entries: [string, unknown][] = Array.isArray(v)
      ? v.map((x, i) => [`${path}[${i}]`, x])
      : isObj(v)
        ? Object.keys(v)
            .filter((k) => !SKIP.has(k))
            .map((k) => [`${path}.${k}`, (v as Record<string, unknown>)[k]])
        : [];
    for (let i = entries.length - 1; i >= 0; i--) stack.push([...entries[i]!, depth + 1]);
  }
}
