/**
 * Text from a file is shown as text, never parsed as HTML (issue 8.2). So that a payload cannot reach a
 * place that might parse it (a library control, an export, a host page), every string in the JSON
 * files is checked for markup: an HTML tag or comment, or a script URL. The verbatim article text and
 * the selectors quoting it are exempt (they must equal the delivered text, which is shown as text),
 * as are geometries (numbers). The walk is iterative with a depth cap, so a deeply nested file gives
 * one clear issue instead of a stack overflow.
 */
import { type Checker, isObj, show } from './checker.ts';
import { isHttpsUrl } from './common.ts';

/** Deeper than any shape of the contract (a MultiPolygon position is 7 levels below `places`). */
export const MAX_DEPTH = 32;

const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!/i;
const SCRIPT_URL = /\b(?:java|vb)script\s*:|\bdata\s*:\s*text\/html/i;
/** Subtrees the walk skips: quotes of the verbatim text, and numeric geometry. */
const SKIP = new Set(['selector', 'geometry']);

/** The markup found in `s`, or null. */
export function findMarkup(s: string): string | null {
  return TAG.exec(s)?.[0] ?? SCRIPT_URL.exec(s)?.[0] ?? null;
}

/** Checks every string under each root; reports markup and nesting deeper than {@link MAX_DEPTH}. */
export function checkTextSafety(c: Checker, roots: readonly [string, unknown][]): void {
  const stack: [string, unknown, number][] = roots.map(([p, v]) => [p, v, 0]);
  while (stack.length) {
    const [path, v, depth] = stack.pop()!;
    // A `url` that is not https is already reported by the url rule (one fault, one issue).
    if (typeof v === 'string' && path.endsWith('.url') && !isHttpsUrl(v)) continue;
    if (typeof v === 'string') {
      const found = findMarkup(v);
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
